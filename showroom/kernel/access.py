"""Permission checks every service makes before it reads or writes customer data.

``actor_id`` None is the command line run on the database's own machine (demo, import by
the admin): Showroom has no one to ask then, and whoever can run it can read the file. Every
signed-in user is checked against the role table; a consultant only reaches their own
customers, unassigned ones and those shared with them.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, exists, or_, select
from sqlalchemy.orm import Session

from showroom.core.errors import Forbidden, NotFound
from showroom.core.ids import is_record_id
from showroom.core.phrase import Phrase
from showroom.kernel.permissions import CUSTOMER_SCOPED, DESCRIPTIONS, Action, allowed
from showroom.kernel.roles import Role
from showroom.storage.models import Customer, CustomerShare, User


def actor(session: Session, actor_id: int | None) -> User | None:
    if actor_id is None:
        return None
    user = session.get(User, actor_id) if is_record_id(actor_id) else None
    if user is None or not user.active:
        raise Forbidden("This user account is closed; sign in again.")
    return user


def require(
    session: Session, actor_id: int | None, action: Action, customer_id: int | None = None
) -> User | None:
    """The acting user, if ``action`` is allowed to them (on ``customer_id``); else raises."""
    user = actor(session, actor_id)
    if user is None:
        return None
    if not allowed(user.role, action):
        raise Forbidden(
            "{display_name} ({role}) may not {value}; ask a manager.",
            display_name=user.display_name,
            role=user.role,
            value=Phrase.of(DESCRIPTIONS[action]),
        )
    if customer_id is not None and not is_record_id(customer_id):
        raise CustomerNotFound(customer_id)
    scoped = action in CUSTOMER_SCOPED and user.role == Role.CONSULTANT
    if scoped and customer_id is not None and not _can_reach(session, user.id, customer_id):
        if session.get(Customer, customer_id) is None:
            raise CustomerNotFound(customer_id)
        raise Forbidden(
            "This customer belongs to another consultant; ask them or a manager to share "
            "the card with you."
        )
    return user


def _can_reach(session: Session, user_id: int, customer_id: int) -> bool:
    query = select(Customer.id).where(Customer.id == customer_id, _reachable(user_id))
    return session.scalar(query) is not None


def _reachable(user_id: int) -> ColumnElement[bool]:
    return or_(
        Customer.assigned_consultant_id.is_(None),
        Customer.assigned_consultant_id == user_id,
        exists().where(CustomerShare.customer_id == Customer.id, CustomerShare.user_id == user_id),
    )


def visible_customers(session: Session, actor_id: int | None) -> ColumnElement[bool] | None:
    """A WHERE clause limiting lists to the customers the actor may see (None: all)."""
    user = actor(session, actor_id)
    if user is None or user.role != Role.CONSULTANT:
        return None
    return _reachable(user.id)


def share_customer(
    session: Session, actor_id: int | None, customer_id: int, with_user: int
) -> None:
    """Share a customer with another consultant (the owner or a manager may)."""
    user = require(session, actor_id, Action.SHARE_CUSTOMER, customer_id)
    if session.get(User, with_user) is None:
        from showroom.core.errors import ValidationError

        raise ValidationError(
            "share with", "there is no user with number {with_user}", with_user=with_user
        )
    if session.get(CustomerShare, (customer_id, with_user)) is None:
        session.add(
            CustomerShare(
                customer_id=customer_id, user_id=with_user, shared_by_id=user.id if user else None
            )
        )
        session.flush()


class CustomerNotFound(NotFound):
    def __init__(self, customer_id: int) -> None:
        super().__init__("There is no customer with number {customer_id}.", customer_id=customer_id)
        self.customer_id = customer_id
