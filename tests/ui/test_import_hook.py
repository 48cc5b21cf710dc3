"""PySide6's import hook still tells modules that use PySide6 from the others, without
keeping their source in memory (ui/__init__.py)."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

import ui  # noqa: F401  (makes the hook lighter)


@pytest.fixture
def package(tmp_path: Path) -> str:
    sys.path.insert(0, str(tmp_path))
    (tmp_path / "hooked_plain.py").write_text("VALUE = 1\n" + "# padding\n" * 1000)
    (tmp_path / "hooked_qt.py").write_text("from PySide6.QtCore import QObject\nVALUE = 2\n")
    yield str(tmp_path)
    sys.path.remove(str(tmp_path))
    for name in ("hooked_plain", "hooked_qt"):
        sys.modules.pop(name, None)


def test_imports_keep_no_source_and_pyside_modules_are_still_told_apart(package: str) -> None:
    feature = sys.modules["shibokensupport.feature"]
    linecache.clearcache()
    plain = __import__("hooked_plain")  # the import statement's way, which the hook sees
    qt = __import__("hooked_qt")
    assert (plain.VALUE, qt.VALUE) == (1, 2)
    assert not [name for name in linecache.cache if name.startswith(package)]
    assert feature.pyside_feature_dict["hooked_plain"] == -1  # ignored by __feature__
    assert feature.pyside_feature_dict["hooked_qt"] == 0  # uses PySide6
