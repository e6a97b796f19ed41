"""The model's validators (:mod:`bigprotokoll.model` uses them on its text fields).

They live apart from the model so that the build can compile them with the parser
(setup.py): the model's classes are attrs classes, which mypyc cannot compile, and their
``__init__`` calls a validator for every text the parser puts into the model. Compiled, a
validator is a direct C call rather than an interpreted function.
"""

from __future__ import annotations

import attrs

__all__ = ["no_outer_space", "optional_no_outer_space"]


def no_outer_space(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    """A text field is non-empty and has no white space at either end."""
    if value != value.strip() or not value:
        raise ValueError(f"{attribute.name} must be non-empty without surrounding white space: {value!r}")


def optional_no_outer_space(instance: object, attribute: attrs.Attribute[str], value: str | None) -> None:
    """The same for a field that may be None."""
    if value is not None:
        no_outer_space(instance, attribute, value)
