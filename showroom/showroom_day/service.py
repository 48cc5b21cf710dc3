"""The manager's day: the checklist template, a day's checklist, ticking, sign-off, history.

- The template (sections and checks) is edited by managers and admins only.
- ``start_day`` generates today's checklist once, from the template and the inventory of the
  moment (one line per display car, one per test-drive car in service); two PCs starting
  it at once get the same checklist.
- ``tick_item``, ``fail_item`` and ``reopen_item`` take the version of the line the caller
  showed: if another PC changed the line since, nothing is saved and a ConflictError says
  who changed it and when. Each locks the day row first, so a line can never change after
  (or while) the day is signed off.
- ``sign_off_day``: managers and admins only (the role is read from the users table), once
  every line is ticked or failed; a signed-off day is read-only for good.

Services take the session first and never commit; nothing returned is an ORM object.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased

from showroom.core.errors import ConflictError, DomainError, ValidationError
from showroom.core.ids import UserId
from showroom.core.phrase import V_
from showroom.kernel.access import require
from showroom.kernel.clock import day_bounds, local_day
from showroom.kernel.permissions import Action
from showroom.kernel.settings import ShowroomSettings
from showroom.kernel.tasks import TaskState, close_task, create_task
from showroom.showroom_day.domain import (
    CarOnFloor,
    CheckDraft,
    CheckKind,
    DayState,
    ItemState,
    can_fail,
    can_tick,
    can_undo,
    check_count,
    check_day_open,
    check_manager,
    check_note,
    completion_rate,
    line_text,
    parse_time,
    plan_lines,
    section_title,
    sign_off_refusal,
    validate_check,
)
from showroom.storage.models import (
    DayTemplateCheck,
    DayTemplateSection,
    ShowroomDay,
    ShowroomDayItem,
    Task,
    User,
    Vehicle,
    WalkIn,
)
from showroom.storage.types import utc_now
from showroom.vehicles.domain import FleetStatus, StockStatus, VehicleRole

if TYPE_CHECKING:
    pass


def day_text(day: date) -> str:
    """``Thu 26 Nov 2026``: how messages name a day."""
    return f"{day:%a} {day.day} {day:%b %Y}"


# --- what the screens and forms get --------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ItemView:
    """One line of a day's checklist as shown and printed."""

    id: int
    version: int
    position: int
    section_title: str
    section_position: int
    due_time: time | None
    kind: CheckKind
    check_text: str
    subject: str | None
    count_target: int | None
    counted: int | None
    state: ItemState
    done_at: datetime | None
    done_by: str | None
    note: str | None
    failed_at: datetime | None
    task_owner: str | None = None
    task_state: TaskState | None = None

    @property
    def text(self) -> str:
        return line_text(self.check_text, self.subject)


@dataclass(frozen=True, slots=True)
class DayView:
    """A day's checklist with its lines in order; ``walk_ins`` is the register's count."""

    id: int
    day: date
    state: DayState
    version: int
    created_at: datetime
    created_by: str | None
    signed_off_at: datetime | None
    signed_off_by: str | None
    sign_off_note: str | None
    items: tuple[ItemView, ...]
    walk_ins: int

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def done(self) -> int:
        return sum(1 for i in self.items if i.state == ItemState.DONE)

    @property
    def failed(self) -> int:
        return sum(1 for i in self.items if i.state == ItemState.FAILED)

    @property
    def open(self) -> int:
        return sum(1 for i in self.items if i.state == ItemState.OPEN)

    @property
    def rate(self) -> float | None:
        return completion_rate(self.done, self.total)

    def sections(self) -> list[tuple[str, time | None, list[ItemView]]]:
        """The lines grouped by section, in order; a section's time is its first line's."""
        grouped: dict[tuple[int, str], list[ItemView]] = {}
        for item in self.items:
            grouped.setdefault((item.section_position, item.section_title), []).append(item)
        return [(title, items[0].due_time, items) for (_, title), items in sorted(grouped.items())]


def _zone(settings: ShowroomSettings) -> ZoneInfo:
    return ZoneInfo(settings.timezone)


def _clock(moment: datetime, settings: ShowroomSettings) -> str:
    return moment.astimezone(_zone(settings)).strftime("%H:%M")


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise ValidationError("user", "there is no user with number {user_id}", user_id=user_id)
    return user


def _actor(session: Session, actor_id: int, action: Action) -> User:
    """The acting user, if the role table allows them ``action``."""
    require(session, actor_id, action)
    return _user(session, actor_id)


def _require_manager(session: Session, actor_id: int, action: str) -> User:
    """The actor, if the role table lets them edit templates and they are a manager."""
    user = _actor(session, actor_id, Action.EDIT_TEMPLATES)
    check_manager(user.role, action)
    return user


def walk_in_count(session: Session, day: date, zone: ZoneInfo) -> int:
    """How many walk-ins the register holds for ``day``."""
    start, end = day_bounds(day, zone)
    count = session.scalar(
        select(func.count(WalkIn.id)).where(WalkIn.time_in >= start, WalkIn.time_in < end)
    )
    return int(count or 0)


def _items(session: Session, day_id: int) -> tuple[ItemView, ...]:
    doer = aliased(User)
    owner = aliased(User)
    # The latest task of each line (a line failed twice has two; the newer one counts).
    latest = (
        select(Task.day_item_id, func.max(Task.id).label("task_id"))
        .join(ShowroomDayItem, ShowroomDayItem.id == Task.day_item_id)
        .where(ShowroomDayItem.day_id == day_id)
        .group_by(Task.day_item_id)
        .subquery()
    )
    rows = session.execute(
        select(ShowroomDayItem, doer.display_name, owner.display_name, Task.state)
        .outerjoin(doer, doer.id == ShowroomDayItem.done_by_id)
        .outerjoin(latest, latest.c.day_item_id == ShowroomDayItem.id)
        .outerjoin(Task, Task.id == latest.c.task_id)
        .outerjoin(owner, owner.id == Task.owner_id)
        .where(ShowroomDayItem.day_id == day_id)
        .order_by(ShowroomDayItem.position)
    ).all()
    return tuple(
        ItemView(
            id=item.id,
            version=item.version,
            position=item.position,
            section_title=item.section_title,
            section_position=item.section_position,
            due_time=item.due_time,
            kind=CheckKind(item.kind),
            check_text=item.check_text,
            subject=item.subject,
            count_target=item.count_target,
            counted=item.counted,
            state=ItemState(item.state),
            done_at=item.done_at,
            done_by=done_by,
            note=item.note,
            failed_at=item.failed_at,
            task_owner=task_owner,
            task_state=TaskState(task_state) if task_state else None,
        )
        for item, done_by, task_owner, task_state in rows
    )


def _view(session: Session, day: ShowroomDay, zone: ZoneInfo) -> DayView:
    creator = session.get(User, day.created_by_id) if day.created_by_id else None
    signer = session.get(User, day.signed_off_by_id) if day.signed_off_by_id else None
    return DayView(
        id=day.id,
        day=day.day,
        state=DayState(day.state),
        version=day.version,
        created_at=day.created_at,
        created_by=creator.display_name if creator else None,
        signed_off_at=day.signed_off_at,
        signed_off_by=signer.display_name if signer else None,
        sign_off_note=day.sign_off_note,
        items=_items(session, day.id),
        walk_ins=walk_in_count(session, day.day, zone),
    )


def load_day(session: Session, day: date, settings: ShowroomSettings) -> DayView | None:
    """The checklist of ``day``, or None if none was started that day."""
    row = session.scalar(select(ShowroomDay).where(ShowroomDay.day == day))
    return _view(session, row, _zone(settings)) if row is not None else None


# --- generating a day ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PlannedLine:
    """A line a day's checklist will have, before it is stored."""

    check_id: int
    section_title: str
    section_position: int
    due_time: time | None
    kind: CheckKind
    check_text: str
    subject: str | None
    vehicle_id: int | None
    count_target: int | None

    @property
    def text(self) -> str:
        return line_text(self.check_text, self.subject)


def cars_on_floor(session: Session) -> tuple[list[CarOnFloor], list[CarOnFloor]]:
    """(cars on display by floor position, test-drive cars in service) right now."""

    def cars(*conditions: object) -> list[CarOnFloor]:
        rows = session.execute(
            select(
                Vehicle.id,
                Vehicle.make,
                Vehicle.model,
                Vehicle.trim,
                Vehicle.colour,
                Vehicle.floor_position,
                Vehicle.plate,
            )
            .where(*conditions)  # type: ignore[arg-type]
            .order_by(
                Vehicle.floor_position, Vehicle.plate, Vehicle.make, Vehicle.model, Vehicle.id
            )
        ).all()
        return [CarOnFloor(*row) for row in rows]

    display = cars(
        Vehicle.role == VehicleRole.STOCK.value, Vehicle.status == StockStatus.ON_DISPLAY.value
    )
    fleet = cars(
        Vehicle.role == VehicleRole.FLEET.value,
        Vehicle.status != FleetStatus.OUT_OF_SERVICE.value,
    )
    # A display car stands on the floor: its plate (if any) is not what finds it.
    display = [
        CarOnFloor(c.vehicle_id, c.make, c.model, c.trim, c.colour, c.floor_position)
        for c in display
    ]
    return display, fleet


def plan_day(session: Session) -> list[PlannedLine]:
    """The lines a checklist generated now would have: the template in order, per-car
    checks expanded for the cars on the floor now."""
    display, fleet = cars_on_floor(session)
    rows = session.execute(
        select(DayTemplateSection, DayTemplateCheck)
        .join(DayTemplateCheck, DayTemplateCheck.section_id == DayTemplateSection.id)
        .order_by(DayTemplateSection.position, DayTemplateSection.id)
        .order_by(DayTemplateCheck.position, DayTemplateCheck.id)
    ).all()
    lines: list[PlannedLine] = []
    section_numbers: dict[int, int] = {}
    for section, check in rows:
        number = section_numbers.setdefault(section.id, len(section_numbers) + 1)
        kind = CheckKind(check.kind)
        for plan in plan_lines(kind, display, fleet):
            lines.append(
                PlannedLine(
                    check_id=check.id,
                    section_title=section.title,
                    section_position=number,
                    due_time=check.due_time or section.due_time,
                    kind=kind,
                    check_text=check.text,
                    subject=plan.subject,
                    vehicle_id=plan.vehicle_id,
                    count_target=check.count_target,
                )
            )
    return lines


def _insert_day(session: Session, day: date, actor_id: int | None, now: datetime) -> int | None:
    """Insert the day's row unless another PC did; returns its id, or None if it existed.

    On PostgreSQL a second PC starting the same day waits here until the first commits and
    then finds the day; on SQLite the writing unit of work holds the write lock already.
    """
    values = {
        "day": day,
        "state": DayState.OPEN.value,
        "created_at": now,
        "created_by_id": actor_id,
        "version": 1,
    }
    if session.get_bind().dialect.name == "postgresql":
        inserted = session.execute(
            postgresql.insert(ShowroomDay)
            .values(values)
            .on_conflict_do_nothing()
            .returning(ShowroomDay.id)
        ).scalar_one_or_none()
    else:
        inserted = session.execute(
            sqlite.insert(ShowroomDay)
            .values(values)
            .on_conflict_do_nothing()
            .returning(ShowroomDay.id)
        ).scalar_one_or_none()
    return int(inserted) if inserted is not None else None


def start_day(
    session: Session,
    day: date,
    actor_id: UserId,
    settings: ShowroomSettings,
    now: datetime | None = None,
) -> DayView:
    """Today's checklist, generated now if nobody started it yet.

    Only today's can be started: the lines are a snapshot of the cars on the floor, which
    says nothing about another day.
    """
    now = now or utc_now()
    zone = _zone(settings)
    today = local_day(now, zone)
    existing = load_day(session, day, settings)
    if existing is not None:
        return existing
    if day != today:
        raise DomainError(
            "Only today's checklist can be started; {day} is not today ({today}).",
            day=day_text(day),
            today=day_text(today),
        )
    _actor(session, actor_id, Action.RUN_SHOWROOM_DAY)
    day_id = _insert_day(session, day, actor_id, now)
    if day_id is not None:
        session.add_all(
            ShowroomDayItem(
                day_id=day_id,
                position=position,
                check_id=line.check_id,
                section_title=line.section_title,
                section_position=line.section_position,
                due_time=line.due_time,
                kind=line.kind.value,
                check_text=line.check_text,
                subject=line.subject,
                vehicle_id=line.vehicle_id,
                count_target=line.count_target,
                state=ItemState.OPEN.value,
            )
            for position, line in enumerate(plan_day(session), start=1)
        )
        session.flush()
    started = load_day(session, day, settings)
    assert started is not None
    return started


# --- ticking ----------------------------------------------------------------------------------
def _lock(session: Session, item_id: int) -> tuple[ShowroomDayItem, ShowroomDay]:
    """The line and its day, read afresh with the day row locked: whatever another PC
    committed before (a tick, a sign-off) is seen, and nothing changes the day until this
    unit of work ends."""
    day_id = session.scalar(select(ShowroomDayItem.day_id).where(ShowroomDayItem.id == item_id))
    if day_id is None:
        raise ValidationError(
            "check", "there is no checklist line with number {item_id}", item_id=item_id
        )
    day = session.execute(
        select(ShowroomDay)
        .where(ShowroomDay.id == day_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one()
    item = session.execute(
        select(ShowroomDayItem)
        .where(ShowroomDayItem.id == item_id)
        .execution_options(populate_existing=True)
    ).scalar_one()
    return item, day


def _check_version(
    session: Session, item: ShowroomDayItem, version: int, settings: ShowroomSettings
) -> None:
    if item.version == version:
        return
    who = session.get(User, item.done_by_id) if item.done_by_id else None
    if item.state == ItemState.OPEN or who is None or item.done_at is None:
        raise ConflictError(
            "Someone reopened this check on another PC; nothing was saved. "
            "The list shows it as it is now."
        )
    if item.state == ItemState.DONE:
        raise ConflictError(
            "{name} ticked this check at {clock} on another PC; nothing was saved. "
            "The list shows it as it is now.",
            name=who.display_name,
            clock=_clock(item.done_at, settings),
        )
    raise ConflictError(
        "{name} marked this check failed at {clock} on another PC; nothing was saved. "
        "The list shows it as it is now.",
        name=who.display_name,
        clock=_clock(item.done_at, settings),
    )


def _tasks_of(session: Session, item_id: int) -> list[Task]:
    return list(
        session.scalars(
            select(Task).where(Task.day_item_id == item_id, Task.state == TaskState.OPEN.value)
        )
    )


def tick_item(
    session: Session,
    item_id: int,
    version: int,
    actor_id: UserId,
    settings: ShowroomSettings,
    *,
    count: int | None = None,
    now: datetime | None = None,
) -> ItemView:
    """Tick a line as done by ``actor_id`` now. A counted line records ``count`` (default:
    its target); the walk-in line records the register's count. Ticking a failed line (it
    was fixed) closes its open task as done."""
    now = now or utc_now()
    item, day = _lock(session, item_id)
    actor = _actor(session, actor_id, Action.RUN_SHOWROOM_DAY)
    check_day_open(DayState(day.state), day_text(day.day))
    _check_version(session, item, version, settings)
    if not can_tick(DayState(day.state), ItemState(item.state)):
        raise DomainError("This check is ticked already.")
    kind = CheckKind(item.kind)
    if item.count_target is not None:
        item.counted = check_count(item.count_target if count is None else count)
    elif kind == CheckKind.WALK_IN_COUNT:
        item.counted = walk_in_count(session, day.day, _zone(settings))
    elif count is not None:
        raise ValidationError("count", "this check has nothing to count")
    was_failed = item.state == ItemState.FAILED
    item.state = ItemState.DONE.value
    item.done_at = now
    item.done_by_id = actor.id
    if was_failed:
        for task in _tasks_of(session, item.id):
            close_task(
                task,
                TaskState.DONE,
                actor.id,
                f"Fixed: ticked by {actor.display_name} at {_clock(now, settings)}",
                now,
            )
    session.flush()
    return _one(session, item.id)


@dataclass(frozen=True, slots=True)
class FailedLine:
    item: ItemView
    task_id: int


def fail_item(
    session: Session,
    item_id: int,
    version: int,
    actor_id: UserId,
    settings: ShowroomSettings,
    *,
    note: str,
    owner_id: int | None,
    due_on: date | None = None,
    now: datetime | None = None,
) -> FailedLine:
    """Mark a line failed with a note saying what is wrong; ``owner_id`` gets a task to fix
    it, due on ``due_on`` (default: the checklist's day)."""
    now = now or utc_now()
    item, day = _lock(session, item_id)
    actor = _actor(session, actor_id, Action.RUN_SHOWROOM_DAY)
    check_day_open(DayState(day.state), day_text(day.day))
    _check_version(session, item, version, settings)
    if not can_fail(DayState(day.state), ItemState(item.state)):
        raise DomainError("This check is marked failed already.")
    text = check_note(note, required=True)
    if owner_id is None:
        raise ValidationError("owner", "choose who will fix it")
    due = due_on or day.day
    if due < day.day:
        raise ValidationError("due date", "must not be before the day of the checklist")
    task = create_task(
        session,
        title=f"Fix: {line_text(item.check_text, item.subject)}",
        note=text,
        owner_id=owner_id,
        due_on=due,
        actor_id=actor.id,
        origin="showroom_day",
        day_item_id=item.id,
        now=now,
    )
    item.state = ItemState.FAILED.value
    item.done_at = now
    item.done_by_id = actor.id
    item.note = text
    item.counted = None
    item.failed_at = item.failed_at or now
    session.flush()
    return FailedLine(_one(session, item.id), task.id)


def reopen_item(
    session: Session,
    item_id: int,
    version: int,
    actor_id: UserId,
    settings: ShowroomSettings,
    now: datetime | None = None,
) -> ItemView:
    """Undo a tick or a failure while the day is open. Withdrawing a failure cancels its
    open task and forgets the failure; undoing the tick of a fixed line keeps it."""
    now = now or utc_now()
    item, day = _lock(session, item_id)
    actor = _actor(session, actor_id, Action.RUN_SHOWROOM_DAY)
    check_day_open(DayState(day.state), day_text(day.day))
    _check_version(session, item, version, settings)
    if not can_undo(DayState(day.state), ItemState(item.state)):
        raise DomainError("This check is neither ticked nor failed.")
    if item.state == ItemState.FAILED:
        for task in _tasks_of(session, item.id):
            close_task(
                task,
                TaskState.CANCELLED,
                actor.id,
                f"Withdrawn: {actor.display_name} reopened the check at {_clock(now, settings)}",
                now,
            )
        item.note = None
        has_closed_task = session.scalar(
            select(func.count(Task.id)).where(
                Task.day_item_id == item.id, Task.state == TaskState.DONE.value
            )
        )
        if not has_closed_task:
            item.failed_at = None
    item.state = ItemState.OPEN.value
    item.done_at = None
    item.done_by_id = None
    item.counted = None
    session.flush()
    return _one(session, item.id)


def _one(session: Session, item_id: int) -> ItemView:
    day_id = session.scalar(select(ShowroomDayItem.day_id).where(ShowroomDayItem.id == item_id))
    assert day_id is not None
    return next(i for i in _items(session, day_id) if i.id == item_id)


def sign_off_day(
    session: Session,
    day_id: int,
    actor_id: UserId,
    settings: ShowroomSettings,
    note: str = "",
    now: datetime | None = None,
) -> DayView:
    """Sign the day off: a manager or an admin, once every line is ticked or failed. The
    day is read-only from then on."""
    now = now or utc_now()
    day = session.execute(
        select(ShowroomDay)
        .where(ShowroomDay.id == day_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if day is None:
        raise ValidationError("day", "there is no checklist with number {day_id}", day_id=day_id)
    actor = _actor(session, actor_id, Action.SIGN_OFF_DAY)
    open_lines = session.scalar(
        select(func.count(ShowroomDayItem.id)).where(
            ShowroomDayItem.day_id == day.id, ShowroomDayItem.state == ItemState.OPEN.value
        )
    )
    refusal = sign_off_refusal(DayState(day.state), actor.role, int(open_lines or 0))
    if refusal is not None:
        raise DomainError(refusal)
    day.state = DayState.SIGNED_OFF.value
    day.signed_off_at = now
    day.signed_off_by_id = actor.id
    day.sign_off_note = check_note(note, required=False) or None
    session.flush()
    return _view(session, day, _zone(settings))


# --- the template ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TemplateCheckView:
    id: int
    version: int
    position: int
    text: str
    kind: CheckKind
    count_target: int | None
    due_time: time | None


@dataclass(frozen=True, slots=True)
class TemplateSectionView:
    id: int
    version: int
    position: int
    title: str
    due_time: time | None
    checks: tuple[TemplateCheckView, ...]


def load_template(session: Session) -> list[TemplateSectionView]:
    """The template's sections in order, each with its checks in order."""
    sections = session.scalars(
        select(DayTemplateSection).order_by(DayTemplateSection.position, DayTemplateSection.id)
    ).all()
    checks: dict[int, list[TemplateCheckView]] = defaultdict(list)
    for check in session.scalars(
        select(DayTemplateCheck).order_by(DayTemplateCheck.position, DayTemplateCheck.id)
    ):
        checks[check.section_id].append(
            TemplateCheckView(
                check.id,
                check.version,
                check.position,
                check.text,
                CheckKind(check.kind),
                check.count_target,
                check.due_time,
            )
        )
    return [
        TemplateSectionView(s.id, s.version, s.position, s.title, s.due_time, tuple(checks[s.id]))
        for s in sections
    ]


_EDIT = V_("edit the checklist template")


def _section(session: Session, section_id: int) -> DayTemplateSection:
    section = session.get(DayTemplateSection, section_id)
    if section is None:
        raise ValidationError(
            "section", "there is no section with number {section_id}", section_id=section_id
        )
    return section


def _check(session: Session, check_id: int) -> DayTemplateCheck:
    check = session.get(DayTemplateCheck, check_id)
    if check is None:
        raise ValidationError(
            "check", "there is no check with number {check_id}", check_id=check_id
        )
    return check


def _same_version(current: int, expected: int) -> None:
    if current != expected:
        raise ConflictError(
            "Someone changed the checklist template on another PC at the same moment; nothing "
            "was saved. The template shows their change now."
        )


def add_section(session: Session, actor_id: UserId, title: str, due_time: str = "") -> int:
    _require_manager(session, actor_id, _EDIT)
    last = session.scalar(select(func.max(DayTemplateSection.position))) or 0
    section = DayTemplateSection(
        position=last + 1, title=section_title(title), due_time=parse_time(due_time, "due time")
    )
    session.add(section)
    session.flush()
    return section.id


def update_section(
    session: Session, actor_id: UserId, section_id: int, version: int, title: str, due_time: str
) -> None:
    _require_manager(session, actor_id, _EDIT)
    section = _section(session, section_id)
    _same_version(section.version, version)
    section.title = section_title(title)
    section.due_time = parse_time(due_time, "due time")
    session.flush()


def delete_section(session: Session, actor_id: UserId, section_id: int) -> None:
    """Remove a section and its checks from the template; days already kept are unchanged."""
    _require_manager(session, actor_id, _EDIT)
    _section(session, section_id)
    if session.scalar(select(func.count(DayTemplateSection.id))) == 1:
        raise DomainError("The template needs at least one section.")
    session.execute(delete(DayTemplateCheck).where(DayTemplateCheck.section_id == section_id))
    session.execute(delete(DayTemplateSection).where(DayTemplateSection.id == section_id))


def add_check(session: Session, actor_id: UserId, section_id: int, draft: CheckDraft) -> int:
    _require_manager(session, actor_id, _EDIT)
    _section(session, section_id)
    valid = validate_check(draft)
    last = (
        session.scalar(
            select(func.max(DayTemplateCheck.position)).where(
                DayTemplateCheck.section_id == section_id
            )
        )
        or 0
    )
    check = DayTemplateCheck(
        section_id=section_id,
        position=last + 1,
        text=valid.text,
        kind=valid.kind.value,
        count_target=valid.count_target,
        due_time=valid.due_time,
    )
    session.add(check)
    session.flush()
    return check.id


def update_check(
    session: Session, actor_id: UserId, check_id: int, version: int, draft: CheckDraft
) -> None:
    _require_manager(session, actor_id, _EDIT)
    check = _check(session, check_id)
    _same_version(check.version, version)
    valid = validate_check(draft)
    check.text = valid.text
    check.kind = valid.kind.value
    check.count_target = valid.count_target
    check.due_time = valid.due_time
    session.flush()


def delete_check(session: Session, actor_id: UserId, check_id: int) -> None:
    """Remove a check from the template; the lines it made on past days stay as they were."""
    _require_manager(session, actor_id, _EDIT)
    check = _check(session, check_id)
    session.delete(check)
    session.flush()


def move_check(session: Session, actor_id: UserId, check_id: int, offset: int) -> None:
    """Move a check up (``offset`` -1) or down (+1) within its section."""
    _require_manager(session, actor_id, _EDIT)
    check = _check(session, check_id)
    siblings = list(
        session.scalars(
            select(DayTemplateCheck)
            .where(DayTemplateCheck.section_id == check.section_id)
            .order_by(DayTemplateCheck.position, DayTemplateCheck.id)
        )
    )
    _reorder(siblings, siblings.index(check), offset)
    session.flush()


def move_section(session: Session, actor_id: UserId, section_id: int, offset: int) -> None:
    _require_manager(session, actor_id, _EDIT)
    section = _section(session, section_id)
    siblings = list(
        session.scalars(
            select(DayTemplateSection).order_by(DayTemplateSection.position, DayTemplateSection.id)
        )
    )
    _reorder(siblings, siblings.index(section), offset)
    session.flush()


def _reorder(
    rows: Sequence[DayTemplateCheck | DayTemplateSection], index: int, offset: int
) -> None:
    target = max(0, min(len(rows) - 1, index + offset))
    ordered = list(rows)
    ordered.insert(target, ordered.pop(index))
    for position, row in enumerate(ordered, start=1):
        if row.position != position:
            row.position = position


# --- history and compliance ---------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DayHistoryRow:
    """One past day: how much of its checklist was done, what failed, who signed it off."""

    day_id: int
    day: date
    state: DayState
    total: int
    done: int
    failed: int
    open: int
    signed_off_by: str | None
    signed_off_at: datetime | None

    @property
    def rate(self) -> float | None:
        return completion_rate(self.done, self.total)


def day_history(session: Session, first: date, last: date) -> list[DayHistoryRow]:
    """The days from ``first`` to ``last`` that have a checklist, newest first."""
    signer = aliased(User)
    rows = session.execute(
        select(
            ShowroomDay.id,
            ShowroomDay.day,
            ShowroomDay.state,
            func.count(ShowroomDayItem.id),
            func.count(ShowroomDayItem.id).filter(ShowroomDayItem.state == ItemState.DONE.value),
            func.count(ShowroomDayItem.id).filter(ShowroomDayItem.failed_at.is_not(None)),
            func.count(ShowroomDayItem.id).filter(ShowroomDayItem.state == ItemState.OPEN.value),
            signer.display_name,
            ShowroomDay.signed_off_at,
        )
        .outerjoin(ShowroomDayItem, ShowroomDayItem.day_id == ShowroomDay.id)
        .outerjoin(signer, signer.id == ShowroomDay.signed_off_by_id)
        .where(ShowroomDay.day >= first, ShowroomDay.day <= last)
        .group_by(
            ShowroomDay.id,
            ShowroomDay.day,
            ShowroomDay.state,
            signer.display_name,
            ShowroomDay.signed_off_at,
        )
        .order_by(ShowroomDay.day.desc())
    ).all()
    return [
        DayHistoryRow(r[0], r[1], DayState(r[2]), r[3], r[4], r[5], r[6], r[7], r[8]) for r in rows
    ]


@dataclass(frozen=True, slots=True)
class SectionRate:
    title: str
    total: int
    done: int
    failed: int

    @property
    def rate(self) -> float | None:
        return completion_rate(self.done, self.total)


@dataclass(frozen=True, slots=True)
class CheckFailures:
    """A check of the month with how often its lines failed; ``worst`` names the lines
    (for per-car checks, the cars) that failed most, most failures first."""

    section_title: str
    check_text: str
    lines: int
    failures: int
    worst: tuple[tuple[str | None, int], ...]


@dataclass(frozen=True, slots=True)
class MonthlyCompliance:
    year: int
    month: int
    days: list[DayHistoryRow]
    sections: list[SectionRate]
    checks: list[CheckFailures] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(d.total for d in self.days)

    @property
    def done(self) -> int:
        return sum(d.done for d in self.days)

    @property
    def rate(self) -> float | None:
        return completion_rate(self.done, self.total)

    @property
    def signed_off(self) -> int:
        return sum(1 for d in self.days if d.state == DayState.SIGNED_OFF)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    if not 1 <= month <= 12:
        raise ValidationError("month", "must be from 1 to 12")
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def monthly_compliance(session: Session, year: int, month: int) -> MonthlyCompliance:
    """The month at a glance: each day's rate, each section's rate, and the checks that
    failed most (with the lines, or cars, that failed most)."""
    first, last = month_bounds(year, month)
    days = sorted(day_history(session, first, last), key=lambda d: d.day)
    in_month = (ShowroomDay.day >= first, ShowroomDay.day <= last)
    done = func.count(ShowroomDayItem.id).filter(ShowroomDayItem.state == ItemState.DONE.value)
    failed = func.count(ShowroomDayItem.id).filter(ShowroomDayItem.failed_at.is_not(None))
    section_rows = session.execute(
        select(
            ShowroomDayItem.section_title,
            func.min(ShowroomDayItem.section_position),
            func.count(ShowroomDayItem.id),
            done,
            failed,
        )
        .join(ShowroomDay, ShowroomDay.id == ShowroomDayItem.day_id)
        .where(*in_month)
        .group_by(ShowroomDayItem.section_title)
        .order_by(func.min(ShowroomDayItem.section_position), ShowroomDayItem.section_title)
    ).all()
    sections = [SectionRate(r[0], r[2], r[3], r[4]) for r in section_rows]
    line_rows = session.execute(
        select(
            ShowroomDayItem.section_title,
            ShowroomDayItem.check_text,
            ShowroomDayItem.subject,
            func.count(ShowroomDayItem.id),
            failed,
        )
        .join(ShowroomDay, ShowroomDay.id == ShowroomDayItem.day_id)
        .where(*in_month)
        .group_by(
            ShowroomDayItem.section_title, ShowroomDayItem.check_text, ShowroomDayItem.subject
        )
    ).all()
    per_check: dict[tuple[str, str], list[tuple[str | None, int, int]]] = defaultdict(list)
    for section, text, subject, lines, failures in line_rows:
        per_check[(section, text)].append((subject, int(lines), int(failures)))
    checks = [
        CheckFailures(
            section_title=section,
            check_text=text,
            lines=sum(lines for _, lines, _ in entries),
            failures=sum(failures for _, _, failures in entries),
            worst=tuple(
                (subject, failures)
                for subject, _, failures in sorted(entries, key=lambda e: (-e[2], e[0] or ""))
                if failures
            )[:3],
        )
        for (section, text), entries in per_check.items()
    ]
    checks = sorted(
        (c for c in checks if c.failures),
        key=lambda c: (-c.failures, c.section_title, c.check_text),
    )
    return MonthlyCompliance(year, month, days, sections, checks)
