"""Paths to the bundled resources (fonts, icons, translations)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttc"
FONT_FAMILY = "WenQuanYi Micro Hei"
