import json
from pathlib import Path

import pytest

from helpers.paths import RAW, ROOT

FIXTURES = ROOT / "tests" / "fixtures"
PAGES = FIXTURES / "pages"
SAMPLE = RAW / "000_0c66df68e3bcb91e.txt"


def fixture_pages() -> list[Path]:
    return sorted(PAGES.glob("*.txt"))


def expected(page: Path) -> list[dict]:
    return json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")
