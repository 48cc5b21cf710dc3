"""SHOWROOM_SIGN_IN (kiosk scripts, the benchmark) with a wrong password: the app says why on
stderr and exits, instead of waiting on a dialog that no one will answer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def start(home: Path, password: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SHOWROOM_", "QT_QPA"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        SHOWROOM_EXIT_AFTER_PAINT="1",
        SHOWROOM_HOME=str(home),
        SHOWROOM_SIGN_IN="admin",
        SHOWROOM_PASSWORD=password,
    )
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py")],
        capture_output=True,
        text=True,
        env=env,
        timeout=90,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def test_a_wrong_password_in_the_environment_exits_with_the_reason(tmp_path: Path) -> None:
    first = start(tmp_path / "home", "first-admin-password")  # creates the first admin
    assert first.returncode == 0, first.stderr
    wrong = start(tmp_path / "home", "not-the-password")
    assert wrong.returncode == 1
    assert "SHOWROOM_SIGN_IN" in wrong.stderr
    assert "password" in wrong.stderr.lower()
    assert "first page filled" not in wrong.stdout
