"""Who may do what: the one table of roles and actions. Deny by default.

Every service checks it (showroom.kernel.access.require), not only the screens; the UI
uses :func:`allowed` to enable actions. Consultants act on their own customers (assigned to
them), unassigned ones and those shared with them; managers and admins on every customer.
"""

from __future__ import annotations

from enum import StrEnum

from showroom.core.phrase import V_
from showroom.kernel.roles import Role


class Action(StrEnum):
    """Everything a user can ask a service to do."""

    VIEW_CUSTOMER = "view_customer"
    CREATE_CUSTOMER = "create_customer"
    EDIT_CUSTOMER = "edit_customer"
    REASSIGN_CUSTOMER = "reassign_customer"
    SHARE_CUSTOMER = "share_customer"
    MERGE_CUSTOMERS = "merge_customers"
    LOG_CONTACT = "log_contact"
    REGISTER_WALK_IN = "register_walk_in"
    PRINT_DOCUMENT = "print_document"
    IMPORT_CUSTOMERS = "import_customers"
    EXPORT_CUSTOMERS = "export_customers"
    UNMASK_IDENTIFIER = "unmask_identifier"
    EXPORT_SUBJECT_DATA = "export_subject_data"
    ERASE_CUSTOMER = "erase_customer"
    EDIT_TEMPLATES = "edit_templates"
    ACCEPT_VIN_WARNING = "accept_vin_warning"
    OVERRIDE_DELIVERY_BLOCK = "override_delivery_block"
    SIGN_OFF_DAY = "sign_off_day"
    VIEW_AUDIT = "view_audit"
    EDIT_SETTINGS = "edit_settings"
    MANAGE_USERS = "manage_users"
    BACKUP_RESTORE = "backup_restore"
    PLAN_DELIVERY = "plan_delivery"
    COMPLETE_DELIVERY = "complete_delivery"
    BOOK_TEST_DRIVE = "book_test_drive"
    WORK_DEAL = "work_deal"
    RUN_SHOWROOM_DAY = "run_showroom_day"
    MANAGE_TASKS = "manage_tasks"
    EDIT_FLEET = "edit_fleet"
    EDIT_STOCK = "edit_stock"
    EDIT_BOUTIQUE = "edit_boutique"
    SET_SALES_TARGETS = "set_sales_targets"
    APPROVE_LOST_SALE = "approve_lost_sale"
    SET_FOLLOW_UP_INTERVALS = "set_follow_up_intervals"


_CONSULTANT = frozenset(
    {
        Action.VIEW_CUSTOMER,
        Action.CREATE_CUSTOMER,
        Action.EDIT_CUSTOMER,
        Action.SHARE_CUSTOMER,
        Action.LOG_CONTACT,
        Action.REGISTER_WALK_IN,
        Action.PRINT_DOCUMENT,
        Action.PLAN_DELIVERY,
        Action.COMPLETE_DELIVERY,
        Action.BOOK_TEST_DRIVE,
        Action.WORK_DEAL,
        Action.RUN_SHOWROOM_DAY,
        Action.MANAGE_TASKS,
        Action.EDIT_STOCK,
    }
)
_MANAGER = _CONSULTANT | {
    Action.REASSIGN_CUSTOMER,
    Action.MERGE_CUSTOMERS,
    Action.IMPORT_CUSTOMERS,
    Action.EXPORT_CUSTOMERS,
    Action.UNMASK_IDENTIFIER,
    Action.EXPORT_SUBJECT_DATA,
    Action.ERASE_CUSTOMER,
    Action.EDIT_TEMPLATES,
    Action.ACCEPT_VIN_WARNING,
    Action.OVERRIDE_DELIVERY_BLOCK,
    Action.SIGN_OFF_DAY,
    Action.VIEW_AUDIT,
    Action.EDIT_FLEET,
    Action.EDIT_BOUTIQUE,
    Action.SET_SALES_TARGETS,
    Action.APPROVE_LOST_SALE,
    Action.SET_FOLLOW_UP_INTERVALS,
}
_ADMIN = _MANAGER | {Action.EDIT_SETTINGS, Action.MANAGE_USERS, Action.BACKUP_RESTORE}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.CONSULTANT: _CONSULTANT,
    Role.MANAGER: frozenset(_MANAGER),
    Role.ADMIN: frozenset(_ADMIN),
}

# Actions on one customer, which a consultant may take only on their own (or shared) ones.
CUSTOMER_SCOPED = frozenset(
    {
        Action.VIEW_CUSTOMER,
        Action.EDIT_CUSTOMER,
        Action.SHARE_CUSTOMER,
        Action.LOG_CONTACT,
        Action.PRINT_DOCUMENT,
        Action.PLAN_DELIVERY,
        Action.COMPLETE_DELIVERY,
        Action.BOOK_TEST_DRIVE,
        Action.WORK_DEAL,
    }
)

DESCRIPTIONS: dict[Action, str] = {
    Action.VIEW_CUSTOMER: V_("open this customer's card"),
    Action.CREATE_CUSTOMER: V_("create customer cards"),
    Action.EDIT_CUSTOMER: V_("edit this customer's card"),
    Action.REASSIGN_CUSTOMER: V_("give a customer to another consultant"),
    Action.SHARE_CUSTOMER: V_("share this customer"),
    Action.MERGE_CUSTOMERS: V_("merge customer cards"),
    Action.LOG_CONTACT: V_("log contacts with this customer"),
    Action.REGISTER_WALK_IN: V_("register walk-ins"),
    Action.PRINT_DOCUMENT: V_("print this customer's documents"),
    Action.IMPORT_CUSTOMERS: V_("import customers"),
    Action.EXPORT_CUSTOMERS: V_("export customers"),
    Action.UNMASK_IDENTIFIER: V_("see licence and ID numbers in full"),
    Action.EXPORT_SUBJECT_DATA: V_("export everything held about a customer"),
    Action.ERASE_CUSTOMER: V_("erase a customer's personal data"),
    Action.EDIT_TEMPLATES: V_("edit checklist templates"),
    Action.ACCEPT_VIN_WARNING: V_("accept a VIN whose check digit does not match"),
    Action.OVERRIDE_DELIVERY_BLOCK: V_("override a blocked delivery"),
    Action.SIGN_OFF_DAY: V_("sign off the showroom day"),
    Action.VIEW_AUDIT: V_("view the audit trail"),
    Action.EDIT_SETTINGS: V_("change the showroom's settings"),
    Action.MANAGE_USERS: V_("manage users"),
    Action.BACKUP_RESTORE: V_("back up and restore the database"),
    Action.PLAN_DELIVERY: V_("plan this customer's delivery"),
    Action.COMPLETE_DELIVERY: V_("hand this customer's car over"),
    Action.BOOK_TEST_DRIVE: V_("book and run this customer's test drives"),
    Action.WORK_DEAL: V_("work on this customer's purchase plans and deals"),
    Action.RUN_SHOWROOM_DAY: V_("tick the daily showroom checklist"),
    Action.MANAGE_TASKS: V_("create and complete tasks"),
    Action.EDIT_FLEET: V_("add and change test-drive cars"),
    Action.EDIT_STOCK: V_("add and change stock cars"),
    Action.EDIT_BOUTIQUE: V_("edit the boutique price list"),
    Action.SET_SALES_TARGETS: V_("set the month's sales targets"),
    Action.APPROVE_LOST_SALE: V_("approve or return lost sales"),
    Action.SET_FOLLOW_UP_INTERVALS: V_("change the follow-up interval of each intent level"),
}


def allowed(role: str | Role, action: Action) -> bool:
    """Whether ``role`` may take ``action`` at all (ownership is checked by the services)."""
    try:
        return action in PERMISSIONS[Role(role)]
    except ValueError:
        return False


# --- predicates -------------------------------------------------------------------------------
SIGN_OFF_ROLES = frozenset({Role.MANAGER, Role.ADMIN})
"""The roles that run the floor: sign off the day, override, approve."""


def is_manager(role: str) -> bool:
    """Whether ``role`` runs the floor (a manager or an admin)."""
    return role in SIGN_OFF_ROLES
