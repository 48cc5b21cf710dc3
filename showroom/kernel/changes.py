"""Change notices: what a unit of work changed, so the screens refresh only that.

A notice names a kind of record (``"customers"``, ``"test_drives"``, ``"deals"``,
``"deliveries"``, ``"showroom_day"``, ...), the ids it touched when known (empty: any of
that kind) and a verb for people and logs. ``EXTERNAL`` stands for "another PC committed
something": the change watcher cannot say what, so every page that shows shared data
refreshes.

``Changes`` is what the screens' one ``data_changed`` signal carries: the set of kinds (so a
page asks ``changes & {"deals", "plans"}``) with the notices behind it, for the ids.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

EXTERNAL = "external"


@dataclass(frozen=True, slots=True)
class Change:
    """``kind`` records changed: those in ``ids``, or any when it is empty."""

    kind: str
    ids: frozenset[int] = frozenset()
    verb: str = "changed"


class Changes(frozenset[str]):
    """The kinds that changed, and the notices they came from (a frozenset of the kinds)."""

    notices: tuple[Change, ...]

    def __new__(cls, notices: Iterable[Change | str]) -> Changes:
        typed = tuple(n if isinstance(n, Change) else Change(n) for n in notices)
        made = super().__new__(cls, (n.kind for n in typed))
        made.notices = typed
        return made

    def ids(self, kind: str) -> frozenset[int] | None:
        """The ids of ``kind`` that changed; None when any may have (a notice without ids,
        or another PC's commit); empty when no ``kind`` changed."""
        if EXTERNAL in self:
            return None
        found: set[int] = set()
        for notice in self.notices:
            if notice.kind == kind:
                if not notice.ids:
                    return None
                found |= notice.ids
        return frozenset(found)

    @property
    def local(self) -> bool:
        """True when the change was made here (not only seen on another PC's commit)."""
        return any(n.kind != EXTERNAL for n in self.notices)
