"""Shared fixtures and the ``--update-goldens`` switch of the plugin's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
#: The repository root (plugins/bigprotokoll-akn/tests -> ../../..).
REPO = HERE.parents[2]
#: The shared corpus lives beside the repository: ../shared/.
SHARED = (REPO / ".." / "shared").resolve()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite the golden files of the akn plugin from the current output (review the diff)",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))
