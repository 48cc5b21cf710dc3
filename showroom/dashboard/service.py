"""The Today dashboard: figures, small charts and the lists behind them.

The dashboard is made of *sections*, each owned by one area of the app (walk-ins,
follow-ups, the showroom day, tasks; later test drives, deals, deliveries). An area adds its
section by dropping a module into :mod:`showroom.dashboard.sections` that registers
a builder with :func:`dashboard_section` and, for each figure that opens a list, a list
builder with :func:`dashboard_list`; nothing here changes. Every module of that package is
imported the first time a dashboard is built.

A section builder takes a read session and the :class:`Viewer` (who is looking, and when)
and returns a :class:`Section` of plain data, or None to stay out (nothing to show to this
viewer). Builders run aggregate queries only: the whole dashboard must stay fast on a
database of 100,000 customers and a million timeline entries.

Labels are English message ids: the screens translate them (context ``Dashboard``); names
of people, cars and customers are data and shown as they are.
"""

from __future__ import annotations

import importlib
import pkgutil
import time as clock
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from showroom.core.errors import ValidationError
from showroom.core.ids import UserId
from showroom.kernel.permissions import is_manager


def N_(text: str) -> str:
    """Marks a message id that the screens translate; returns it unchanged."""
    return text


class Audience(StrEnum):
    """Whose Today it is: the manager runs the floor, a consultant their own day."""

    MANAGER = "manager"
    CONSULTANT = "consultant"


class Tone(StrEnum):
    """How a figure should catch the eye."""

    NORMAL = "normal"
    GOOD = "good"
    WARNING = "warning"
    ALERT = "alert"


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who looks at the dashboard, and when (``now`` aware; ``today`` in ``zone``)."""

    user_id: UserId
    role: str
    now: datetime
    zone: ZoneInfo

    @property
    def today(self) -> date:
        return self.now.astimezone(self.zone).date()

    @property
    def audience(self) -> Audience:
        return Audience.MANAGER if is_manager(self.role) else Audience.CONSULTANT


@dataclass(frozen=True, slots=True)
class ListRef:
    """The list behind a figure: a registered list and its parameters."""

    key: str
    params: tuple[tuple[str, str], ...] = ()

    def param(self, name: str) -> str | None:
        return dict(self.params).get(name)


@dataclass(frozen=True, slots=True)
class Figure:
    """One number (``value`` of ``total`` when there is one). ``note`` is a short message
    id said under it; ``opens`` names the list behind it; ``goes_to`` a place in the app
    (``customers.walk_ins``, ``showroom_day``) when the list lives there already."""

    key: str
    label: str
    value: int
    total: int | None = None
    note: str | None = None
    tone: Tone = Tone.NORMAL
    opens: ListRef | None = None
    goes_to: str | None = None


@dataclass(frozen=True, slots=True)
class BreakdownRow:
    label: str
    value: int
    opens: ListRef | None = None


@dataclass(frozen=True, slots=True)
class Breakdown:
    """A figure split by someone or something, largest first (per consultant…)."""

    key: str
    label: str
    rows: tuple[BreakdownRow, ...]


@dataclass(frozen=True, slots=True)
class Series:
    label: str
    values: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Chart:
    """Bars over ``categories`` (hours as ints, days as dates). With two series the second
    is drawn inside the first (done inside due). ``current`` marks the category of now."""

    key: str
    title: str
    categories: tuple[int | date, ...]
    series: tuple[Series, ...]
    current: int | None = None


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    figures: tuple[Figure, ...] = ()
    breakdowns: tuple[Breakdown, ...] = ()
    charts: tuple[Chart, ...] = ()


@dataclass(frozen=True, slots=True)
class Dashboard:
    viewer: Viewer
    sections: tuple[Section, ...]
    elapsed_ms: float = 0.0

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def figure(self, key: str) -> Figure | None:
        for section in self.sections:
            for figure in section.figures:
                if figure.key == key:
                    return figure
        return None


# --- the lists behind figures -------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Column:
    """A column of a list: ``kind`` text, number, date, time (of an instant) or datetime."""

    label: str
    kind: str = "text"


@dataclass(frozen=True, slots=True)
class DetailRow:
    """A row and what it leads to: a customer card, a task to close, a day's checklist."""

    cells: tuple[object, ...]
    customer_id: int | None = None
    task: tuple[int, int] | None = None  # (id, version)
    day: date | None = None
    alert: bool = False


@dataclass(frozen=True, slots=True)
class DetailList:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[DetailRow, ...]
    total: int | None = None
    subject: str | None = None  # a name or date the title refers to (data)

    @property
    def truncated(self) -> bool:
        return self.total is not None and self.total > len(self.rows)


# --- the registry -----------------------------------------------------------------------
SectionBuilder = Callable[[Session, Viewer], Section | None]
ListBuilder = Callable[[Session, Viewer, ListRef], DetailList]


@dataclass(frozen=True, slots=True)
class RegisteredSection:
    key: str
    order: int
    audiences: frozenset[Audience]
    build: SectionBuilder


_SECTIONS: dict[str, RegisteredSection] = {}
_LISTS: dict[str, ListBuilder] = {}
_discovered = False
SECTIONS_PACKAGE = "showroom.dashboard.sections"


def dashboard_section(
    key: str,
    *,
    order: int,
    audiences: tuple[Audience, ...] = (Audience.MANAGER, Audience.CONSULTANT),
) -> Callable[[SectionBuilder], SectionBuilder]:
    """Register a section builder; ``order`` places it (lower first)."""

    def register(build: SectionBuilder) -> SectionBuilder:
        _SECTIONS[key] = RegisteredSection(key, order, frozenset(audiences), build)
        return build

    return register


def dashboard_list(key: str) -> Callable[[ListBuilder], ListBuilder]:
    """Register the builder of the list a figure opens."""

    def register(build: ListBuilder) -> ListBuilder:
        _LISTS[key] = build
        return build

    return register


def discover_sections() -> list[RegisteredSection]:
    """Import every module of the sections package (once); the registered sections in order."""
    global _discovered
    if not _discovered:
        package = importlib.import_module(SECTIONS_PACKAGE)
        for module in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
            importlib.import_module(f"{SECTIONS_PACKAGE}.{module.name}")
        _discovered = True
    return sorted(_SECTIONS.values(), key=lambda s: (s.order, s.key))


def build_dashboard(session: Session, viewer: Viewer) -> Dashboard:
    """Every registered section for this viewer, in order."""
    started = clock.perf_counter()
    sections = []
    for registered in discover_sections():
        if viewer.audience not in registered.audiences:
            continue
        section = registered.build(session, viewer)
        if section is not None:
            sections.append(section)
    return Dashboard(viewer, tuple(sections), (clock.perf_counter() - started) * 1000)


def open_list(session: Session, viewer: Viewer, ref: ListRef) -> DetailList:
    """The list behind a figure."""
    discover_sections()
    build = _LISTS.get(ref.key)
    if build is None:
        raise ValidationError("list", "there is no list called {key!r}", key=ref.key)
    return build(session, viewer, ref)
