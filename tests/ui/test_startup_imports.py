"""The main window paints before the database layer loads: what `run_gui` imports before
the first paint must not pull in SQLAlchemy, the models or ReportLab (each costs tens to
hundreds of milliseconds of start-up; `showroom bench` measures the start-up itself)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
import main  # the entry point, as `python main.py` loads it
from ui.app import run_gui  # noqa: F401
from ui.errors import install_excepthook, show_error  # noqa: F401
from ui.main_window import MainWindow  # noqa: F401
from ui.i18n import install, preferred_language  # noqa: F401
heavy = sorted(
    name for name in sys.modules
    if name.split(".")[0] in ("sqlalchemy", "reportlab", "alembic", "phonenumbers")
    or name.startswith(("showroom.storage.models", "showroom.services."))
)
print("\\n".join(heavy))
"""


def test_the_window_paints_before_the_database_layer_loads() -> None:
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=environ, timeout=120,
        cwd=ROOT, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []
