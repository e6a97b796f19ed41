"""The canonical JSON form of the model, through one cattrs converter.

Dates are ISO 8601 (``2022-01-18``), times ``HH:MM``, enums their values, tuples
lists; keys keep the model's field order so the JSON is stable byte for byte. An item's
``numbered`` is written only where it is false (an item the minutes give no number), and
``adjusted_immediately`` only where it is true.
The key names are a public contract: the acceptance checker and other programs read them.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import Any

import cattrs
from cattrs.gen import make_dict_unstructure_fn, override

from .model import AgendaItem, Minutes

__all__ = ["dumps", "loads", "make_converter", "structure", "unstructure"]


def _time_to_str(value: dt.time) -> str:
    return value.strftime("%H:%M")


def _str_to_time(value: Any, _type: object) -> dt.time:
    if isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(value)


def _str_to_date(value: Any, _type: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def make_converter() -> cattrs.Converter:
    """A fresh converter for the canonical form (exporters may extend their own copy)."""
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(dt.date, _str_to_date)
    converter.register_unstructure_hook(dt.time, _time_to_str)
    converter.register_structure_hook(dt.time, _str_to_time)
    converter.register_unstructure_hook(
        AgendaItem,
        make_dict_unstructure_fn(
            AgendaItem,
            converter,
            numbered=override(omit_if_default=True),
            adjusted_immediately=override(omit_if_default=True),
        ),
    )
    return converter


@functools.cache
def _converter() -> cattrs.Converter:
    return make_converter()


def unstructure(minutes: Minutes) -> dict[str, Any]:
    """The minutes as plain JSON-ready data."""
    data: dict[str, Any] = _converter().unstructure(minutes)
    return data


def structure(data: dict[str, Any]) -> Minutes:
    """Minutes from plain data in the canonical form (raises cattrs errors on bad data)."""
    return _converter().structure(data, Minutes)


def dumps(minutes: Minutes) -> str:
    """The canonical JSON text: UTF-8 characters kept, two-space indent, trailing newline."""
    return json.dumps(unstructure(minutes), ensure_ascii=False, indent=2) + "\n"


def loads(text: str | bytes) -> Minutes:
    """Minutes from canonical JSON text."""
    return structure(json.loads(text))
