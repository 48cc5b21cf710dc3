"""The floors between packages (docs/architecture.md) hold, and import-linter would catch a
break: a deliberate upward import in a copy of the tree fails it with its message."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")


def _lint(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [str(LINT), "--no-cache"], cwd=tree, env=env, capture_output=True, text=True, timeout=120
    )


def _copy(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    ignore = shutil.ignore_patterns("__pycache__", "*.qm", "*.pyc")
    for package in ("showroom", "ui"):
        shutil.copytree(ROOT / package, tree / package, ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    return tree


def test_every_contract_is_kept() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    # Every contract line ends in KEPT; the summary counts none broken.
    assert "BROKEN" not in result.stdout
    assert ", 0 broken." in result.stdout


def test_an_upward_import_from_the_kernel_breaks_the_floors(tmp_path: Path) -> None:
    tree = _copy(tmp_path)
    clock = tree / "showroom" / "kernel" / "clock.py"
    clock.write_text(
        clock.read_text(encoding="utf-8") + "\n\ndef _up() -> None:\n    import showroom.cli\n",
        encoding="utf-8",
    )
    result = _lint(tree)
    assert result.returncode != 0
    assert "showroom.kernel is not allowed to import showroom.cli" in result.stdout


def test_a_screen_reaching_storage_breaks_the_screens_contract(tmp_path: Path) -> None:
    tree = _copy(tmp_path)
    widget = tree / "ui" / "widgets" / "dates.py"
    widget.write_text(
        widget.read_text(encoding="utf-8") + "\n\nfrom showroom.storage import models  # noqa\n",
        encoding="utf-8",
    )
    result = _lint(tree)
    assert result.returncode != 0
    assert "ui is not allowed to import showroom.storage" in result.stdout
