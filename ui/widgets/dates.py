"""Dates shown in the user's language, and the one date field and one time field that
every dialog types dates and times into."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from showroom.core.typed import parse_date, parse_time
from ui.i18n import date_format


def day_text(day: date | datetime, pattern: str | None = None) -> str:
    """A day in the user's language, e.g. 'Sat 28 Nov' (a Qt date pattern, from
    ``date_format`` so that a language may reorder it)."""
    return QLocale().toString(
        QDate(day.year, day.month, day.day), pattern or date_format("ddd d MMM")
    )


def format_day(value: date) -> str:
    """A day in full, e.g. 'Sat 28 Nov 2026' (in the user's language)."""
    return day_text(value, date_format("ddd d MMM yyyy"))


def tr(text: str) -> str:
    return QCoreApplication.translate("DateFields", text)


def _locale_day_first(locale: QLocale) -> bool:
    """Whether the locale writes the day before the month in its short numeric dates."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    day, month = pattern.find("d"), pattern.find("M")
    return day < 0 or month < 0 or day < month


Day = date  # the class below has a method named date


class TimeField(QLineEdit):
    """The one time-of-day field: it reads '1100', '11:00', '11', '9.30', '930' as people
    mean them (showroom.core.typed.parse_time) and shows the time as HH:mm once the field is
    left or Return is pressed. Text it cannot read is left for the user to fix, with the
    field marked and a tooltip that says what it accepts; ``time()`` stays the last valid
    time meanwhile.
    """

    timeChanged = Signal(QTime)

    def __init__(self, value: QTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = value if value is not None and value.isValid() else QTime(9, 0)
        self._step_minutes = 15
        self.setPlaceholderText(tr("e.g. 930 or 14:30"))
        self.setMaxLength(12)
        self.editingFinished.connect(self.commit)
        self.textEdited.connect(lambda _text: self._mark(True))
        self._show()

    # --- the Qt-like API the dialogs use ---------------------------------------------------
    def time(self) -> QTime:
        """The time typed: committed first, so a value typed and not yet left counts."""
        self.commit()
        return QTime(self._time)

    def setTime(self, value: QTime) -> None:
        if value.isValid():
            changed = value != self._time
            self._time = QTime(value.hour(), value.minute())
            self._show()
            if changed:
                self.timeChanged.emit(QTime(self._time))

    def setDisplayFormat(self, _pattern: str) -> None:
        """Times always show as HH:mm."""

    def set_step_minutes(self, minutes: int) -> None:
        """How far Up and Down move the time."""
        self._step_minutes = minutes

    # --- typing ----------------------------------------------------------------------------
    def commit(self) -> bool:
        """Read the text; True when it is a time (then shown as HH:mm)."""
        text = self.text().strip()
        if not text or text == self._shown():
            self._show()
            return True
        parsed = parse_time(text)
        if parsed is None:
            self._mark(False)
            return False
        self.setTime(QTime(parsed.hour, parsed.minute))
        self._show()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.commit()
            step = self._step_minutes if event.key() == Qt.Key.Key_Up else -self._step_minutes
            self.setTime(self._time.addSecs(step * 60))
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()  # then let the dialog press its default button
        super().keyPressEvent(event)

    def _shown(self) -> str:
        return self._time.toString("HH:mm")

    def _show(self) -> None:
        self.setText(self._shown())
        self._mark(True)

    def _mark(self, valid: bool) -> None:
        self.setStyleSheet("" if valid else "border: 1px solid #c62828;")
        self.setToolTip(
            "" if valid else tr("Type a time such as 930, 9.30, 14:30 or 11 (for 11:00).")
        )


class DateField(QWidget):
    """The one date field: a line to type in and a button for a calendar that opens on the
    day shown, or on today when the field is empty (never on January 2000).

    It reads the locale's own format, ISO dates and shortcuts ('t' or 'today', '+3' for
    three days ahead; showroom.core.typed.parse_date). ``optional`` fields may be empty
    (``value()`` None), shown with ``empty_text`` as a placeholder. ``date()`` gives a
    QDate (invalid when empty) for callers written for QDateEdit.
    """

    dateChanged = Signal(QDate)

    def __init__(
        self,
        value: date | QDate | None = None,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        empty_text: str = "",
        pattern: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.pattern = pattern or date_format("ddd d MMM yyyy")
        self.minimum: Day | None = None
        if isinstance(value, QDate):
            value = date(value.year(), value.month(), value.day()) if value.isValid() else None
        self._value: Day | None = value if value is not None or optional else self._today()
        self.edit = QLineEdit()
        self.edit.setObjectName("dateText")
        self.edit.setMaxLength(40)
        self.edit.setPlaceholderText(
            empty_text or tr("e.g. {example}, t for today, +3").format(example=self._example())
        )
        self.edit.editingFinished.connect(self.commit)
        self.edit.textEdited.connect(lambda _text: self._mark(True))
        self.button = QToolButton()
        self.button.setObjectName("calendarButton")
        self.button.setText("▾")
        self.button.setToolTip(tr("Pick the day on a calendar (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.installEventFilter(self)
        self._show()

    # --- values ----------------------------------------------------------------------------
    def value(self) -> Day | None:
        """The day typed (committed first); None when an optional field is empty."""
        self.commit()
        return self._value

    def set_value(self, value: Day | None) -> None:
        if value is None and not self.optional:
            return
        changed = value != self._value
        self._value = value
        self._show()
        if changed:
            self.dateChanged.emit(self.date())

    def date(self) -> QDate:
        value = self.value()
        return QDate(value.year, value.month, value.day) if value is not None else QDate()

    def setDate(self, value: QDate | Day) -> None:
        if isinstance(value, Day):
            self.set_value(value)
        else:
            self.set_value(
                date(value.year(), value.month(), value.day()) if value.isValid() else None
            )

    def setCalendarPopup(self, _enable: bool) -> None:
        """The calendar button is always there (kept for callers written for QDateEdit)."""

    def setSpecialValueText(self, text: str) -> None:
        """What an empty optional field shows (as QDateEdit's special value did)."""
        self.edit.setPlaceholderText(text)

    def setMinimumDate(self, value: QDate) -> None:
        self.minimum = Day(value.year(), value.month(), value.day()) if value.isValid() else None

    def setDisplayFormat(self, pattern: str) -> None:
        self.pattern = pattern
        self._show()

    def text(self) -> str:
        return self.edit.text()

    # --- typing ----------------------------------------------------------------------------
    def parse(self, text: str) -> Day | None:
        """The day ``text`` names: shortcuts, ISO and numeric dates, then the locale's own
        long and short formats and the field's display format."""
        locale = QLocale()
        parsed = parse_date(text, self._today(), day_first=_locale_day_first(locale))
        if parsed is not None:
            return parsed
        for pattern in (
            self.pattern,
            locale.dateFormat(QLocale.FormatType.ShortFormat),
            locale.dateFormat(QLocale.FormatType.LongFormat),
        ):
            qdate = locale.toDate(text.strip(), pattern)
            if qdate.isValid():
                return date(qdate.year(), qdate.month(), qdate.day())
        return None

    def commit(self) -> bool:
        """Read the text; True when it names an allowed day (or is empty and may be)."""
        text = self.edit.text().strip()
        if text == self._shown():
            return True
        if not text:
            if self.optional:
                self.set_value(None)
                return True
            self._show()
            return True
        parsed = self.parse(text)
        if parsed is None or (self.minimum is not None and parsed < self.minimum):
            self._mark(False, too_early=parsed is not None)
            return False
        self.set_value(parsed)
        self._show()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key_event = cast(QKeyEvent, event)
            key = key_event.key()
            alt = bool(key_event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if (key == Qt.Key.Key_Down and alt) or key == Qt.Key.Key_F4:
                self.open_calendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not alt:
                if self.commit():
                    start = self._value or self._today()
                    step = 1 if key == Qt.Key.Key_Up else -1
                    self.set_value(start + timedelta(days=step))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.commit()
        return super().eventFilter(watched, event)

    # --- the calendar ----------------------------------------------------------------------
    def open_calendar(self) -> QCalendarWidget:
        """Pop up a calendar on the day shown, or today; a click or Return picks the day."""
        self.commit()
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setObjectName("calendarPopup")
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        start = self._value or self._today()
        calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        if self.minimum is not None:
            calendar.setMinimumDate(QDate(self.minimum.year, self.minimum.month, self.minimum.day))
        calendar.activated.connect(lambda day: self._picked(calendar, day))
        calendar.clicked.connect(lambda day: self._picked(calendar, day))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()
        self.calendar = calendar
        return calendar

    def _picked(self, calendar: QCalendarWidget, day: QDate) -> None:
        self.setDate(day)
        calendar.close()
        self.calendar = None
        self.edit.setFocus()

    # --- showing ---------------------------------------------------------------------------
    @staticmethod
    def _today() -> Day:
        return Day.today()

    def _example(self) -> str:
        return QLocale().toString(QDate.currentDate(), QLocale.FormatType.ShortFormat)

    def _shown(self) -> str:
        if self._value is None:
            return ""
        return day_text(self._value, self.pattern)

    def _show(self) -> None:
        self.edit.setText(self._shown())
        self._mark(True)

    def _mark(self, valid: bool, *, too_early: bool = False) -> None:
        self.edit.setStyleSheet("" if valid else "border: 1px solid #c62828;")
        if valid:
            self.edit.setToolTip("")
        elif too_early and self.minimum is not None:
            self.edit.setToolTip(
                tr("The day cannot be before {day}.").format(day=format_day(self.minimum))
            )
        else:
            self.edit.setToolTip(
                tr("Type a day such as {example}, 2026-12-24, t (today) or +3.").format(
                    example=self._example()
                )
            )
