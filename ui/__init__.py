"""The PySide6 screens of Showroom: windows, dialogs, list models and widgets.

No SQL and no business rules live here: every read and write goes through showroom.services.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs shiboken's import hook, made lighter below)


def _lighter_import_hook() -> None:
    """PySide6's import hook asks of every module imported after it whether its source
    names "PySide6" (for ``from __feature__ import ...``). It reads the source through
    inspect.getsource, which keeps every file's lines in linecache: ~20 MB held for the
    life of the app. Answer the same question from the file's bytes, keeping nothing."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "lighter", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside.lighter = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    linecache.clearcache()  # what the hook read for the modules imported before Qt


_lighter_import_hook()
