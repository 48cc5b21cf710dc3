"""Showroom's entry point: ``python main.py`` (or the ``showroom`` command) starts the GUI;
``showroom COMMAND`` runs a command (see ``showroom --help``)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from showroom.cli import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
