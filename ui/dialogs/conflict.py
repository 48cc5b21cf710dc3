"""Theirs against mine, after another PC saved the record this window was editing.

Every editor that saves a versioned record shows the same dialog when its save meets a
ConflictError: one row per field that either side changed since the record was opened
(what it was, what the other PC saved, what you typed), and two ways on: reload theirs, or
apply your own changes on top of theirs (fields you did not touch take their value).

Editors describe their record as a flat ``{field: value}`` mapping; :func:`flatten` turns a
draft dataclass (with nested dataclasses such as a plan's price) into one, and
:func:`merge_mine` / :func:`unflatten` build the draft to save when the user keeps theirs
and re-applies their own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

Choice = Literal["reload", "mine"]
Row = tuple[str, object, object, object]
D = TypeVar("D")


def tr(text: str) -> str:
    return QCoreApplication.translate("Conflict", text)


class ConflictDialog(QDialog):
    """Theirs against mine, field by field, after another PC saved the same record."""

    def __init__(self, parent: QWidget | None, message: str, rows: list[Row]) -> None:
        super().__init__(parent)
        self.choice: Choice | None = None
        self.setObjectName("conflictDialog")
        self.setWindowTitle(tr("Changed on another PC"))
        self.resize(760, 360)
        text = QLabel(message)
        text.setWordWrap(True)
        table = QTableWidget(len(rows), 4)
        table.setObjectName("conflictTable")
        table.setHorizontalHeaderLabels(
            [tr("Field"), tr("When you opened it"), tr("Theirs now"), tr("Yours")]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for r, row in enumerate(rows):
            _label, loaded, *_sides = row
            for c, value in enumerate(row):
                item = QTableWidgetItem(shown(value))
                item.setToolTip(shown(value))  # long values are cut short in the cell
                if c >= 2 and value != loaded:
                    # What changed since the record was opened: theirs amber, yours blue.
                    item.setBackground(QColor("#fff3cd") if c == 2 else QColor("#dbeafe"))
                    item.setForeground(QColor("#1f2937"))
                table.setItem(r, c, item)
        table.setWordWrap(True)
        table.verticalHeader().setMinimumSectionSize(30)
        table.resizeRowsToContents()
        buttons = QDialogButtonBox()
        reload = buttons.addButton(tr("&Reload theirs"), QDialogButtonBox.ButtonRole.RejectRole)
        reload.setObjectName("conflict_reload")
        reload.clicked.connect(lambda: self._choose("reload"))
        mine = buttons.addButton(
            tr("Apply &my changes to theirs"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        mine.setObjectName("conflict_mine")
        mine.clicked.connect(lambda: self._choose("mine"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(table, 1)
        hint = QLabel(
            tr(
                "Amber: changed on the other PC. Blue: your changes. Reload theirs to drop "
                "yours, or apply yours: the fields you did not touch keep their values."
            )
        )
        hint.setObjectName("conflictHint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)
        layout.addWidget(buttons)
        table.setFocus()

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, message: str, rows: list[Row]) -> Choice | None:
        """The user's choice, or None when they closed the dialog (Esc): keep editing."""
        dialog = cls(parent, message, rows)
        dialog.exec()
        return dialog.choice


def shown(value: object) -> str:
    """A field's value as the conflict table shows it."""
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if value is None:
        return ""
    if isinstance(value, tuple | list):
        return "; ".join(shown(each) for each in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return ", ".join(
            shown(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if getattr(value, f.name) not in (None, "")
        )
    return str(value)


def flatten(draft: Any, prefix: str = "") -> dict[str, object]:
    """A draft dataclass as ``{field: value}``; nested dataclasses become ``outer.inner``."""
    values: dict[str, object] = {}
    for f in dataclasses.fields(draft):
        value = getattr(draft, f.name)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            values.update(flatten(value, f"{prefix}{f.name}."))
        else:
            values[f"{prefix}{f.name}"] = value
    return values


def unflatten(template: D, values: Mapping[str, object]) -> D:
    """``template`` (a draft dataclass) with the fields in ``values`` replaced."""
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(template):  # type: ignore[arg-type]
        value = getattr(template, f.name)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            inner = {
                key.split(".", 1)[1]: v for key, v in values.items() if key.startswith(f"{f.name}.")
            }
            changes[f.name] = unflatten(value, inner)
        elif f.name in values:
            changes[f.name] = values[f.name]
    return dataclasses.replace(template, **changes)  # type: ignore[type-var]


def label_of(key: str) -> str:
    """A readable name for a draft field without a label of its own ("price.trade_in" reads
    "Trade in")."""
    return key.rsplit(".", 1)[-1].replace("_", " ").capitalize()


def changed_rows(
    labels: Mapping[str, str],
    loaded: Mapping[str, object],
    theirs: Mapping[str, object],
    mine: Mapping[str, object],
) -> list[Row]:
    """One row per field that the other PC or the user changed since the record was read."""
    keys = list(dict.fromkeys([*mine, *theirs, *loaded]))  # every field, in the form's order
    return [
        (labels.get(key) or label_of(key), loaded.get(key), theirs.get(key), mine.get(key))
        for key in keys
        if theirs.get(key) != loaded.get(key) or mine.get(key) != loaded.get(key)
    ]


def merge_mine(
    loaded: Mapping[str, object], theirs: Mapping[str, object], mine: Mapping[str, object]
) -> dict[str, object]:
    """Theirs, with every field the user changed since reading set to the user's value."""
    return {
        key: mine[key] if mine[key] != loaded.get(key) else theirs.get(key, mine[key])
        for key in mine
    }


def ask_theirs_or_mine(
    parent: QWidget | None,
    message: str,
    labels: Mapping[str, str],
    loaded: Mapping[str, object],
    theirs: Mapping[str, object],
    mine: Mapping[str, object],
) -> Choice | None:
    """Show what changed on both sides and return the user's choice."""
    return ConflictDialog.ask(parent, message, changed_rows(labels, loaded, theirs, mine))
