"""The editable templates of the four deal checklists.

Only a manager or an admin may change a template (full permissions come with sign-in; until
then the role in the users table decides). A template is saved whole, with the version it
was read at, so two managers editing at once cannot silently overwrite each other. Deals
copy the template when they are created: a change applies to new deals only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.core.errors import ConflictError, ValidationError
from showroom.core.ids import UserId
from showroom.deals.checklist import (
    CHECKLIST_TITLES,
    DEFAULT_TEMPLATES,
    ChecklistKind,
    TemplateStep,
    check_step,
)
from showroom.kernel.access import require
from showroom.kernel.conflicts import flush_checked
from showroom.kernel.permissions import Action
from showroom.storage.models import ChecklistTemplate, ChecklistTemplateStep, User
from showroom.storage.types import utc_now

MAX_STEPS = 40


@dataclass(frozen=True, slots=True)
class TemplateView:
    """A checklist template as read, with the version to save it back at."""

    kind: ChecklistKind
    version: int
    steps: tuple[TemplateStep, ...]
    updated_at: datetime | None
    updated_by: str | None


def _template(session: Session, kind: ChecklistKind) -> ChecklistTemplate:
    template = session.scalar(select(ChecklistTemplate).where(ChecklistTemplate.kind == kind))
    if template is None:  # a database from before the seed, or one a script emptied
        template = ChecklistTemplate(kind=kind.value, updated_at=utc_now())
        template.steps = [
            ChecklistTemplateStep(
                position=i,
                title=s.title,
                needs_value=s.needs_value,
                due_days=s.due_days,
                title_zh=s.title_zh,
            )
            for i, s in enumerate(DEFAULT_TEMPLATES[kind])
        ]
        session.add(template)
        session.flush()
    return template


def get_template(session: Session, kind: ChecklistKind) -> TemplateView:
    template = _template(session, kind)
    who = (
        session.scalar(select(User.display_name).where(User.id == template.updated_by_id))
        if template.updated_by_id
        else None
    )
    return TemplateView(
        kind=kind,
        version=template.version,
        steps=tuple(
            TemplateStep(s.title, s.needs_value, s.due_days, s.title_zh) for s in template.steps
        ),
        updated_at=template.updated_at,
        updated_by=who,
    )


def template_steps(session: Session, kind: ChecklistKind) -> tuple[TemplateStep, ...]:
    """The steps a new deal copies."""
    return get_template(session, kind).steps


def save_template(
    session: Session,
    kind: ChecklistKind,
    expected_version: int,
    steps: list[TemplateStep],
    actor_id: UserId | None,
    *,
    now: datetime | None = None,
) -> int:
    """Replace a template's steps; returns the new version. Managers and admins only."""
    require(session, actor_id, Action.EDIT_TEMPLATES)
    template = _template(session, kind)
    if template.version != expected_version:
        raise ConflictError(
            "The {checklist} template was changed on another PC after you opened it; reload it, then apply your changes again.",
            checklist=CHECKLIST_TITLES[kind].lower(),
        )
    if not steps:
        raise ValidationError("steps", "a checklist needs at least one step")
    if len(steps) > MAX_STEPS:
        raise ValidationError(
            "steps", "a checklist may have at most {max_steps} steps", max_steps=MAX_STEPS
        )
    clean: list[TemplateStep] = []
    for number, step in enumerate(steps, start=1):
        try:
            checked = check_step(step)
        except ValidationError as error:
            raise ValidationError(
                error.field, "step {number}: {rule_text}", number=number, rule_text=error.rule
            ) from None
        if kind is ChecklistKind.ACCESSORIES:
            if checked.needs_value:
                raise ValidationError(
                    "needs value",
                    "step {number}: an accessory stage cannot ask for a value",
                    number=number,
                )
            if "|" in checked.title:
                raise ValidationError("title", "step {number}: must not contain '|'", number=number)
        clean.append(checked)
    titles = [s.title.casefold() for s in clean]
    if len(set(titles)) != len(titles):
        raise ValidationError("title", "two steps have the same title")
    template.steps = [
        ChecklistTemplateStep(
            position=i,
            title=s.title,
            needs_value=s.needs_value,
            due_days=s.due_days,
            title_zh=s.title_zh,
        )
        for i, s in enumerate(clean)
    ]
    template.updated_at = now or utc_now()
    template.updated_by_id = actor_id
    flush_checked(session, "The template was changed on another PC a moment ago; reload it.")
    return template.version
