"""Checklist item states: open → done → reopened (with a reason) → done; the value rule;
accessory stages; progress."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from showroom.core.errors import DomainError, ValidationError
from showroom.deals.checklist import (
    DEFAULT_TEMPLATES,
    ChecklistItem,
    ChecklistKind,
    ItemState,
    TemplateStep,
    check_step,
    checklists_complete,
    progress,
)

AT = datetime(2026, 11, 27, 10, 30, tzinfo=UTC)


def test_default_templates_are_the_agreed_ones() -> None:
    titles = {kind: [s.title for s in steps] for kind, steps in DEFAULT_TEMPLATES.items()}
    assert titles[ChecklistKind.PURCHASE] == [
        "Contract signed",
        "Deposit received",
        "Payment or finance approval",
        "Invoice issued",
    ]
    assert titles[ChecklistKind.INSURANCE] == [
        "Quote requested",
        "Policy chosen",
        "Policy number",
        "Policy start date",
    ]
    assert titles[ChecklistKind.LICENSING] == [
        "Documents collected",
        "Registration submitted",
        "Plate number received",
        "Plates fitted",
    ]
    assert titles[ChecklistKind.ACCESSORIES] == ["ordered", "installed", "checked"]
    asks = {s.title for steps in DEFAULT_TEMPLATES.values() for s in steps if s.needs_value}
    assert asks == {"Policy number", "Policy start date", "Plate number received"}


def test_open_to_done_records_who_and_when() -> None:
    item = ChecklistItem("Contract signed")
    assert item.can_complete() and not item.can_reopen()
    done = item.complete(by=7, at=AT)
    assert done.state is ItemState.DONE
    assert (done.done_by_id, done.done_at) == (7, AT)
    assert not done.can_complete() and done.can_reopen()
    assert item.state is ItemState.OPEN  # immutable: the original is unchanged


def test_done_cannot_be_done_again() -> None:
    done = ChecklistItem("Invoice issued").complete(1, AT)
    with pytest.raises(DomainError, match="is done already"):
        done.complete(1, AT)


def test_reopen_needs_a_reason_and_clears_done() -> None:
    done = ChecklistItem("Deposit received").complete(1, AT)
    with pytest.raises(ValidationError) as caught:
        done.reopen("   ")
    assert caught.value.field == "reason"
    reopened = done.reopen("Cheque bounced")
    assert reopened.state is ItemState.REOPENED
    assert reopened.reopen_reason == "Cheque bounced"
    assert reopened.done_at is None and reopened.done_by_id is None
    assert reopened.can_complete()
    again = reopened.complete(2, AT)
    assert again.state is ItemState.DONE and again.done_by_id == 2


def test_open_item_cannot_be_reopened() -> None:
    with pytest.raises(DomainError, match="is not done"):
        ChecklistItem("Quote requested").reopen("why")


def test_value_item_cannot_be_done_without_its_value() -> None:
    item = ChecklistItem("Policy number", needs_value=True)
    assert item.missing_value() and not item.can_complete()
    assert item.can_complete("POL-123")
    with pytest.raises(ValidationError) as caught:
        item.complete(1, AT, "   ")
    assert caught.value.field == "value"
    assert "needs its value" in caught.value.rule
    done = item.complete(1, AT, " POL-123 ")
    assert done.value == "POL-123"


def test_value_recorded_earlier_counts() -> None:
    item = ChecklistItem("Plate number received", needs_value=True).with_value("AB12 CDE")
    assert item.can_complete()
    assert item.complete(1, AT).value == "AB12 CDE"


def test_done_value_item_keeps_its_value() -> None:
    done = ChecklistItem("Policy number", needs_value=True).complete(1, AT, "P-1")
    assert not done.can_clear_value()
    with pytest.raises(ValidationError, match="reopen it before clearing"):
        done.with_value("")
    assert done.with_value("P-2").value == "P-2"  # correcting a typo is fine
    assert done.reopen("wrong policy").with_value("").value is None


def test_accessory_walks_through_its_stages() -> None:
    item = ChecklistItem("Roof bars", stages=("ordered", "installed", "checked"))
    assert item.next_stage == "ordered" and item.progress_text() == "0/3"
    item = item.complete(1, AT)
    assert item.state is ItemState.OPEN and item.last_stage == "ordered"
    assert item.progress_text() == "1/3 ordered"
    item = item.complete(1, AT).complete(3, AT)
    assert item.is_done and item.done_by_id == 3 and item.next_stage is None
    reopened = item.reopen("scratched while fitting")
    assert reopened.stages_done == 2 and reopened.next_stage == "checked"
    assert reopened.state is ItemState.REOPENED


def test_overdue() -> None:
    item = ChecklistItem("Plates fitted", due_on=date(2026, 11, 20))
    assert item.is_overdue(date(2026, 11, 27)) and item.days_overdue(date(2026, 11, 27)) == 7
    assert not item.is_overdue(date(2026, 11, 20))
    assert not item.complete(1, AT).is_overdue(date(2026, 12, 31))


def test_progress_and_completeness() -> None:
    items = [ChecklistItem("a").complete(1, AT), ChecklistItem("b"), ChecklistItem("c")]
    assert str(progress(items)) == "1/3"
    assert not checklists_complete(items)
    assert checklists_complete([i if i.is_done else i.complete(1, AT) for i in items])


def test_template_step_rules() -> None:
    assert check_step(TemplateStep("  Keys   handed  over ")).title == "Keys handed over"
    with pytest.raises(ValidationError, match="must not be empty"):
        check_step(TemplateStep(" "))
    with pytest.raises(ValidationError) as caught:
        check_step(TemplateStep("x", due_days=400))
    assert caught.value.field == "due days"
