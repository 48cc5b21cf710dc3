"""Deal checklists: purchase, insurance, licensing and accessory installation.

Each deal carries the four checklists. Their items are copied from the editable templates
when the deal is created, so a later template change never alters a deal under way; items
can also be added to one deal alone.

An item is ``open`` until it is done; a done item can be reopened with a reason (it is then
``reopened`` and can be done again). An item that asks for a value (a policy number, a
plate number) cannot be done without its value. An accessory item walks through stages
(ordered → installed → checked by default); it is done when the last stage is.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from showroom.core.errors import DomainError, ValidationError
from showroom.core.text import clean_line

MAX_TITLE = 200
MAX_VALUE = 120
MAX_NOTE = 500
MAX_DUE_DAYS = 365


class ChecklistKind(StrEnum):
    """The four checklists of a deal."""

    PURCHASE = "purchase"
    INSURANCE = "insurance"
    LICENSING = "licensing"
    ACCESSORIES = "accessories"


CHECKLIST_TITLES = {
    ChecklistKind.PURCHASE: "Purchase",
    ChecklistKind.INSURANCE: "Insurance",
    ChecklistKind.LICENSING: "Licensing",
    ChecklistKind.ACCESSORIES: "Accessories",
}


class ItemState(StrEnum):
    OPEN = "open"
    DONE = "done"
    REOPENED = "reopened"


@dataclass(frozen=True, slots=True)
class TemplateStep:
    """One line of a checklist template. For the accessories template, each line is a stage
    every accessory goes through. ``due_days`` counts from the day the deal was opened.
    ``title_zh`` is the title in Chinese, printed for a Chinese customer (None: the title)."""

    title: str
    needs_value: bool = False
    due_days: int = 7
    title_zh: str | None = None


DEFAULT_TEMPLATES: dict[ChecklistKind, tuple[TemplateStep, ...]] = {
    ChecklistKind.PURCHASE: (
        TemplateStep("Contract signed", due_days=1, title_zh="签订合同"),
        TemplateStep("Deposit received", due_days=3, title_zh="收到定金"),
        TemplateStep("Payment or finance approval", due_days=10, title_zh="付款或贷款审批"),
        TemplateStep("Invoice issued", due_days=12, title_zh="开具发票"),
    ),
    ChecklistKind.INSURANCE: (
        TemplateStep("Quote requested", due_days=3, title_zh="索取报价"),
        TemplateStep("Policy chosen", due_days=7, title_zh="选定保单"),
        TemplateStep("Policy number", needs_value=True, due_days=10, title_zh="保单号"),
        TemplateStep("Policy start date", needs_value=True, due_days=10, title_zh="保险生效日期"),
    ),
    ChecklistKind.LICENSING: (
        TemplateStep("Documents collected", due_days=5, title_zh="收齐证件"),
        TemplateStep("Registration submitted", due_days=10, title_zh="提交上牌申请"),
        TemplateStep("Plate number received", needs_value=True, due_days=14, title_zh="取得车牌号"),
        TemplateStep("Plates fitted", due_days=18, title_zh="安装号牌"),
    ),
    ChecklistKind.ACCESSORIES: (
        TemplateStep("ordered", due_days=3, title_zh="已订购"),
        TemplateStep("installed", due_days=14, title_zh="已安装"),
        TemplateStep("checked", due_days=16, title_zh="已检验"),
    ),
}


def check_step(step: TemplateStep) -> TemplateStep:
    """A template line with a title of 1–200 characters and a due day from 0 to 365."""
    title = clean_line(step.title, "title", max_length=MAX_TITLE)
    if not title:
        raise ValidationError("title", "must not be empty")
    if not 0 <= step.due_days <= MAX_DUE_DAYS:
        raise ValidationError(
            "due days", "must be from 0 to {max_due_days}", max_due_days=MAX_DUE_DAYS
        )
    title_zh = clean_line(step.title_zh or "", "Chinese title", max_length=MAX_TITLE)
    return replace(step, title=title, title_zh=title_zh or None)


def check_value(raw: str) -> str | None:
    text = clean_line(raw, "value", max_length=MAX_VALUE)
    return text or None


def check_note(raw: str) -> str | None:
    text = clean_line(raw, "note", max_length=MAX_NOTE)
    return text or None


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """The state of one checklist item, and its rules.

    ``stages`` is empty for an ordinary item; for an accessory it names the stages and
    ``stages_done`` says how many are done (the item is done when all are).
    """

    title: str
    state: ItemState = ItemState.OPEN
    needs_value: bool = False
    value: str | None = None
    stages: tuple[str, ...] = ()
    stages_done: int = 0
    due_on: date | None = None
    done_at: datetime | None = None
    done_by_id: int | None = None
    reopen_reason: str | None = None

    @property
    def is_done(self) -> bool:
        return self.state is ItemState.DONE

    @property
    def next_stage(self) -> str | None:
        """The stage the next tick completes (accessory items), or None."""
        if not self.stages or self.stages_done >= len(self.stages):
            return None
        return self.stages[self.stages_done]

    @property
    def last_stage(self) -> str | None:
        return self.stages[self.stages_done - 1] if self.stages and self.stages_done else None

    def is_overdue(self, today: date) -> bool:
        return not self.is_done and self.due_on is not None and self.due_on < today

    def days_overdue(self, today: date) -> int:
        return (today - self.due_on).days if self.is_overdue(today) and self.due_on else 0

    # --- predicates -------------------------------------------------------------------------
    def missing_value(self, value: str | None = None) -> bool:
        """True if the item asks for a value and neither ``value`` nor the stored one is set."""
        return self.needs_value and not (value or self.value)

    def can_complete(self, value: str | None = None) -> bool:
        return not self.is_done and not self.missing_value(value)

    def can_reopen(self) -> bool:
        return self.is_done

    def can_clear_value(self) -> bool:
        return not (self.is_done and self.needs_value)

    # --- transitions ------------------------------------------------------------------------
    def complete(self, by: int | None, at: datetime, value: str | None = None) -> ChecklistItem:
        """Tick the item (an accessory item: its next stage). Raises if it is done already
        or if it asks for a value that is missing."""
        if self.is_done:
            raise DomainError("“{title}” is done already.", title=self.title)
        value = check_value(value or "") or self.value
        if self.needs_value and not value:
            raise ValidationError(
                "value", "“{title}” needs its value before it is done", title=self.title
            )
        if self.stages:
            done = self.stages_done + 1
            finished = done >= len(self.stages)
            return replace(
                self,
                value=value,
                stages_done=done,
                state=ItemState.DONE if finished else self.state,
                done_at=at if finished else self.done_at,
                done_by_id=by if finished else self.done_by_id,
            )
        return replace(self, value=value, state=ItemState.DONE, done_at=at, done_by_id=by)

    def reopen(self, reason: str) -> ChecklistItem:
        """Undo a done item (an accessory item: its last stage), saying why."""
        if not self.is_done:
            raise DomainError("“{title}” is not done, so it cannot be reopened.", title=self.title)
        text = clean_line(reason, "reason", max_length=300)
        if not text:
            raise ValidationError("reason", "say why the step is reopened")
        return replace(
            self,
            state=ItemState.REOPENED,
            stages_done=max(0, self.stages_done - 1) if self.stages else 0,
            done_at=None,
            done_by_id=None,
            reopen_reason=text,
        )

    def with_value(self, raw: str) -> ChecklistItem:
        """Record or change the value without ticking; a done item keeps a value."""
        value = check_value(raw)
        if value is None and not self.can_clear_value():
            raise ValidationError(
                "value", "“{title}” is done: reopen it before clearing its value", title=self.title
            )
        return replace(self, value=value)

    def progress_text(self) -> str:
        """'3/3', '1/3 ordered' for staged items; 'done' or 'open' otherwise."""
        if self.stages:
            last = self.last_stage
            return f"{self.stages_done}/{len(self.stages)}" + (f" {last}" if last else "")
        return self.state.value


@dataclass(frozen=True, slots=True)
class Progress:
    """How many items of a checklist are done."""

    done: int
    total: int

    @property
    def complete(self) -> bool:
        return self.done == self.total

    def __str__(self) -> str:
        return f"{self.done}/{self.total}"


def progress(items: list[ChecklistItem]) -> Progress:
    return Progress(sum(1 for i in items if i.is_done), len(items))


def checklists_complete(items: list[ChecklistItem]) -> bool:
    """True when every item of every checklist is done (delivery may then go ahead)."""
    return all(i.is_done for i in items)
