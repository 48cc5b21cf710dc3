"""Showroom's entry point: ``python main.py`` (or the ``showroom`` command) starts the GUI;
``showroom COMMAND`` runs a command (see ``showroom --help``)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from showroom.cli import run
    from showroom.storage.config import AppConfig

    def gui(config: AppConfig) -> int:
        from ui.app import run_gui  # Qt is loaded only for the GUI, never for a command

        return run_gui(config)

    return run(argv, gui=gui)


if __name__ == "__main__":
    sys.exit(main())
