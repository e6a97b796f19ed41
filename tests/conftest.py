"""Shared test set-up: paths, the shared seeds (when present) and the golden-file switch."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite golden files from the current output (review the diff before committing)",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


def shared_or_skip() -> Path:
    """The shared seeds folder beside the checkout, or skip with the reason."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared not present: seed acceptance tests need the shared seeds beside the checkout")
    return SHARED
