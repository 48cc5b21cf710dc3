"""Showroom's translations: extract, report what is missing, compile.

    python scripts/i18n.py update    re-extract ui/ into resources/translations/*.ts
                                     (translations kept, new strings "unfinished"),
                                     then list what is missing
    python scripts/i18n.py missing   list the strings without a finished translation
                                     (exit status 1 when there are any); writes nothing
    python scripts/i18n.py build     compile every .ts into a .qm (pyside6-lrelease)

pyside6-lupdate cannot be used: it files our module-level ``tr("...")`` under an empty
context, while at run time each module translates in its own context ("Customers", ...).
See ui/i18n/catalogue.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ui.i18n.catalogue import (
    LANGUAGES,
    compile_all,
    extract,
    merge,
    missing,
    read_ts,
    ts_path,
    update,
)


def _report(language: str, gaps: list[tuple[str, str]]) -> None:
    if not gaps:
        print(f"{language}: every string is translated.")
        return
    print(f"{language}: {len(gaps)} string(s) to translate in {ts_path(language)}:")
    for context, source in gaps:
        print(f"  [{context}] {source!r}")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "missing"
    if command == "update":
        for language in LANGUAGES:
            catalogue, extraction = update(language)
            for where in extraction.dynamic:
                print(f"warning: {where}: tr() of a non-literal cannot be extracted")
            _report(language, missing(catalogue))
        return 0
    if command == "missing":
        messages = extract().messages
        status = 0
        for language in LANGUAGES:
            gaps = missing(merge(read_ts(ts_path(language)), messages))
            _report(language, gaps)
            status = status or (1 if gaps else 0)
        return status
    if command == "build":
        for qm in compile_all():
            print(f"built {qm}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
