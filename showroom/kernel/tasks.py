"""Tasks: a job for one person with a due date, shown on their Today page until it is done.

A failed check of the daily checklist creates one for the person who will fix it. Follow-ups
stay what they are (a contact with a customer); a task belongs to no customer. A task is
closed as done by its owner or a manager, or cancelled when the failure that made it is
withdrawn. Services take the session first and never commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from showroom.core.errors import ConflictError, DomainError, ValidationError
from showroom.core.ids import UserId
from showroom.core.text import clean_line
from showroom.kernel.access import require
from showroom.kernel.permissions import Action, is_manager
from showroom.kernel.staff import require_active
from showroom.storage.models import Task, User
from showroom.storage.types import utc_now


class TaskState(StrEnum):
    """A task given to someone, such as fixing what a failed check found."""

    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


MAX_NOTE = 500


@dataclass(frozen=True, slots=True)
class TaskRow:
    """A line of a task list."""

    id: int
    version: int
    title: str
    note: str | None
    owner_id: UserId
    owner: str
    due_on: date
    state: TaskState
    created_at: datetime
    created_by: str | None
    overdue: bool


def _user(session: Session, user_id: int, field: str = "user") -> User:
    user = session.get(User, user_id)
    if user is None:
        raise ValidationError(field, "there is no user with number {user_id}", user_id=user_id)
    return user


def create_task(
    session: Session,
    *,
    title: str,
    note: str | None,
    owner_id: int,
    due_on: date,
    actor_id: int | None,
    origin: str = "manual",
    day_item_id: int | None = None,
    now: datetime | None = None,
) -> Task:
    """Give ``owner_id`` a task due on ``due_on``; the owner must be an active user."""
    require(session, actor_id, Action.MANAGE_TASKS)
    owner = require_active(session, owner_id, "owner")
    text = clean_line(title, "task", max_length=300)
    if not text:
        raise ValidationError("task", "must say what to do")
    task = Task(
        title=text,
        note=clean_line(note or "", "note", max_length=MAX_NOTE) or None,
        owner_id=owner.id,
        due_on=due_on,
        origin=origin,
        day_item_id=day_item_id,
        state=TaskState.OPEN.value,
        created_at=now or utc_now(),
        created_by_id=actor_id,
    )
    session.add(task)
    session.flush()
    return task


def close_task(
    task: Task, state: TaskState, actor_id: int | None, result: str, now: datetime
) -> None:
    """Close an open task as done or cancelled (no-op on a closed one)."""
    if task.state != TaskState.OPEN:
        return
    task.state = state.value
    task.closed_at = now
    task.closed_by_id = actor_id
    task.result = result[:500] or None


def complete_task(
    session: Session,
    task_id: int,
    version: int,
    actor_id: UserId,
    result: str = "",
    now: datetime | None = None,
) -> None:
    """Mark a task done: by its owner, or by a manager or an admin."""
    require(session, actor_id, Action.MANAGE_TASKS)
    task = session.get(Task, task_id)
    if task is None:
        raise ValidationError("task", "there is no task with number {task_id}", task_id=task_id)
    if task.version != version:
        raise ConflictError(
            "Someone changed this task on another PC at the same moment; nothing was saved. "
            "The list shows it as it is now."
        )
    if task.state != TaskState.OPEN:
        raise DomainError("This task is closed already.")
    actor = _user(session, actor_id)
    if actor.id != task.owner_id and not is_manager(actor.role):
        raise DomainError("Only the task's owner or a manager can mark it done.")
    text = clean_line(result, "result", max_length=MAX_NOTE)
    close_task(task, TaskState.DONE, actor.id, text or "Done", now or utc_now())
    session.flush()


@dataclass(frozen=True, slots=True)
class StoredTask:
    """A task's state as stored now (what a conflict dialog shows as "theirs")."""

    state: str
    result: str
    version: int


def stored_task(session: Session, task_id: int) -> StoredTask | None:
    """The task ``task_id`` as stored now; None when it is gone."""
    task = session.get(Task, task_id)
    if task is None:
        return None
    return StoredTask(task.state, task.result or "", task.version)


def open_tasks(
    session: Session, today: date, owner_id: int | None = None, limit: int = 500
) -> list[TaskRow]:
    """Open tasks, oldest due first (one owner's, or everyone's)."""
    owner = aliased(User)
    creator = aliased(User)
    query = (
        select(
            Task.id,
            Task.version,
            Task.title,
            Task.note,
            Task.owner_id,
            owner.display_name,
            Task.due_on,
            Task.state,
            Task.created_at,
            creator.display_name,
        )
        .join(owner, owner.id == Task.owner_id)
        .outerjoin(creator, creator.id == Task.created_by_id)
        .where(Task.state == TaskState.OPEN.value)
        .order_by(Task.due_on, Task.id)
        .limit(limit)
    )
    if owner_id is not None:
        query = query.where(Task.owner_id == owner_id)
    return [
        TaskRow(
            id=r[0],
            version=r[1],
            title=r[2],
            note=r[3],
            owner_id=UserId(r[4]),
            owner=r[5],
            due_on=r[6],
            state=TaskState(r[7]),
            created_at=r[8],
            created_by=r[9],
            overdue=r[6] < today,
        )
        for r in session.execute(query)
    ]


def count_open_tasks(session: Session, today: date, owner_id: int | None = None) -> tuple[int, int]:
    """(open, overdue) tasks, for one owner or everyone."""
    query = select(func.count(Task.id), func.count(Task.id).filter(Task.due_on < today)).where(
        Task.state == TaskState.OPEN.value
    )
    if owner_id is not None:
        query = query.where(Task.owner_id == owner_id)
    total, overdue = session.execute(query).one()
    return int(total or 0), int(overdue or 0)
