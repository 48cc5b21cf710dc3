"""Change notices: the kinds a page tests, the ids behind them, and another PC's commit."""

from __future__ import annotations

from showroom.kernel.changes import EXTERNAL, Change, Changes


def test_changes_are_the_set_of_their_kinds() -> None:
    changes = Changes([Change("deals", frozenset({7}), "signed"), "interactions"])
    assert changes == {"deals", "interactions"}
    assert changes & {"deals", "plans"} == {"deals"}
    assert changes.notices[1] == Change("interactions")
    assert changes.local


def test_ids_per_kind() -> None:
    changes = Changes([Change("deals", frozenset({7})), Change("deals", frozenset({9}))])
    assert changes.ids("deals") == {7, 9}
    assert changes.ids("customers") == frozenset()  # nothing of that kind changed
    assert Changes([Change("deals")]).ids("deals") is None  # any deal may have changed


def test_another_pcs_commit_may_have_changed_anything() -> None:
    theirs = Changes([EXTERNAL])
    assert theirs.ids("deals") is None
    assert not theirs.local
