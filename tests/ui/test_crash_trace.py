"""A crash inside Qt's C++ side leaves a trace in the data folder's logs (issue 19)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CRASH = """
import faulthandler, sys
from pathlib import Path
from ui.errors import install_crash_trace
path = install_crash_trace(Path(sys.argv[1]))
assert faulthandler.is_enabled()
print(path, flush=True)
faulthandler._sigsegv()  # what a use-after-free inside Qt does to the process
"""


def test_a_segfault_writes_its_python_stack_into_the_log_folder(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CRASH, str(logs)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0  # it did crash
    assert done.stdout.strip() == str(logs / "crash.log")
    trace = (logs / "crash.log").read_text(encoding="utf-8")
    assert "--- Showroom started" in trace
    assert "Fatal Python error: Segmentation fault" in trace
    assert "Current thread" in trace and "<string>" in trace  # the stack, down to the call


def test_the_gui_start_turns_the_crash_trace_on(tmp_path: Path) -> None:
    """run_gui installs it before anything else: with the app started and quit at once,
    the log folder has the crash log with this run's header."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "SHOWROOM_HOME": str(tmp_path),
    }
    script = (
        "import faulthandler, sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from showroom.storage.config import resolve_config\n"
        "import ui.app as app\n"
        "def quit_soon():\n"
        "    print('faulthandler on:', faulthandler.is_enabled(), flush=True)\n"
        "    app.QApplication.instance().exit(0)\n"
        "real = app.create_application\n"
        "def create(argv=None):\n"
        "    made = real(argv)\n"
        "    QTimer.singleShot(0, quit_soon)\n"
        "    return made\n"
        "app.create_application = create\n"
        "sys.exit(app.run_gui(resolve_config()))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "faulthandler on: True" in done.stdout
    assert "--- Showroom started" in (tmp_path / "logs" / "crash.log").read_text("utf-8")
