"""The language of the screens: Qt translators for Showroom's strings and Qt's own.

The choice is a per-PC preference (ui.ini beside the data, like the theme), not a
showroom setting nor a user's: it must apply before anyone signs in (the sign-in dialog
is already in it), and a showroom PC sits at one desk whose staff share its language.
No choice yet: the system locale decides (Chinese locales get Chinese, every other
English). A missing .qm (not built yet) leaves the screens in English, never an error.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ui.i18n.catalogue import TRANSLATIONS_DIR

LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
SETTING = "language"

_installed: list[QTranslator] = []
_current = "en"
_system_locale: QLocale | None = None


def date_format(text: str) -> str:
    """A Qt date pattern (``ddd d MMM``) in the user's language: translators may reorder it
    (``M月d日 ddd``). The extractor files these under the "DateFormats" context."""
    return QCoreApplication.translate("DateFormats", text)


def system_language(locale: QLocale | None = None) -> str:
    """The language the system locale asks for: zh_CN for any Chinese locale, else en."""
    locale = locale or QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def preferred_language(ui_settings: QSettings) -> str:
    value = str(ui_settings.value(SETTING, "") or "")
    return value if value in LANGUAGES else system_language()


def current_language() -> str:
    return _current


def install(language: str, translations_dir: Path = TRANSLATIONS_DIR) -> bool:
    """Replace the installed translators by those of ``language`` ("en" removes them).
    True when Showroom's own catalogue was found (always for English)."""
    global _current, _system_locale
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current = language if language in LANGUAGES else "en"
    # Day and month names the screens spell with QLocale() follow the language.
    if _system_locale is None:
        _system_locale = QLocale()
    QLocale.setDefault(QLocale("zh_CN") if _current == "zh_CN" else _system_locale)
    if _current == "en" or app is None:
        return True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found = False
    for name, folder in (("qtbase", qt_dir), ("showroom", str(translations_dir))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{_current}", folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            found = found or name == "showroom"
    return found
