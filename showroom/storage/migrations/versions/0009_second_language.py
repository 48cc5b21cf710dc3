"""Checklist steps in a second language: the Chinese title of each deal checklist step.

Revision ID: 0009
Revises: 0013
Create Date: 2026-11-27

``title_zh`` on the template steps, copied to each deal's items when the deal opens; a
document printed for a customer whose language is Chinese shows it (empty: the English
title). The default steps get their Chinese titles here, wherever their English title is
still the default one; a step a manager renamed keeps an empty Chinese title.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The default steps' Chinese titles, as the seed of 0005 named them (kept here so that
# this migration does not change when the application's defaults do).
DEFAULT_TITLES = {
    "Contract signed": "签订合同",
    "Deposit received": "收到定金",
    "Payment or finance approval": "付款或贷款审批",
    "Invoice issued": "开具发票",
    "Quote requested": "索取报价",
    "Policy chosen": "选定保单",
    "Policy number": "保单号",
    "Policy start date": "保险生效日期",
    "Documents collected": "收齐证件",
    "Registration submitted": "提交上牌申请",
    "Plate number received": "取得车牌号",
    "Plates fitted": "安装号牌",
    "ordered": "已订购",
    "installed": "已安装",
    "checked": "已检验",
}
TABLES = ("checklist_template_steps", "deal_items")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("title_zh", sa.String(length=200), nullable=True))
    for table in TABLES:
        rows = sa.table(table, sa.column("title", sa.String), sa.column("title_zh", sa.String))
        for english, chinese in DEFAULT_TITLES.items():
            op.execute(rows.update().where(rows.c.title == english).values(title_zh=chinese))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("title_zh")
