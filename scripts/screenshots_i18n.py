"""Screenshots of every page and main dialog in a language, to look for cut-off text.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_i18n.py \
        --home DIR --out DIR [--language zh_CN]

Uses the database in DIR (fill it with `showroom demo` first).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ui.app import apply_theme, build_context, create_application


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--language", default="zh_CN")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from showroom.storage.config import resolve_config
    from showroom.storage.migrate import open_database
    from ui.i18n import install
    from ui.main_window import MainWindow
    from ui.tour import dialogs, pages

    app = create_application()
    apply_theme(app, "light")
    install(args.language)
    config = resolve_config(args.home, None)
    db = open_database(config)
    from sqlalchemy import select

    from showroom.storage.models import User

    with db.reader() as session:  # the manager sees every customer
        manager = session.scalar(select(User.id).where(User.role == "manager").limit(1))
    context = build_context(db, config, manager)
    window = MainWindow(context)
    window.resize(1440, 900)
    window.show()
    from itertools import chain

    for name, widget in chain(pages(window), dialogs(window, context)):
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)
    db.dispose()


if __name__ == "__main__":
    main()
