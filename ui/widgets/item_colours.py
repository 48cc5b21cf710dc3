"""Item colours that survive the theme.

qt-material styles ``QTableView::item`` with a text colour, and Qt then ignores the model's
ForegroundRole and BackgroundRole. This delegate paints those roles itself (and bold from
FontRole), so an overdue date can be red and a complete checklist green under any theme.
A selected cell keeps the theme's selection colours.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

COMPACT_HEADER = "QHeaderView::section { padding: 0 6px; }"
"""A style sheet for a view whose columns are narrow: the theme pads headers by 24 px."""


class ItemColoursDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        font = index.data(Qt.ItemDataRole.FontRole)
        if selected or (foreground is None and background is None and font is None):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]
        widget: QWidget | None = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        painter.save()
        if isinstance(background, QBrush):
            painter.fillRect(opt.rect, background)  # type: ignore[attr-defined]
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if isinstance(foreground, QBrush):
            painter.setPen(foreground.color())
        else:
            painter.setPen(opt.palette.text().color())  # type: ignore[attr-defined]
        if isinstance(font, QFont):
            painter.setFont(font)
        rect = opt.rect.adjusted(8, 0, -8, 0)  # type: ignore[attr-defined]
        alignment = index.data(Qt.ItemDataRole.TextAlignmentRole)
        flags = (
            Qt.AlignmentFlag(alignment)
            if alignment is not None
            else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        if not flags & Qt.AlignmentFlag.AlignVertical_Mask:
            flags |= Qt.AlignmentFlag.AlignVCenter
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(flags), elided)
        painter.restore()
