"""Documents for a customer whose language is Chinese: same forms, Chinese words, dates and
money as zh_CN writes them; every word of every form has a Chinese entry."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from showroom.documents.customer_card import render_customer_card
from showroom.documents.deal_checklist import render_deal_checklist
from showroom.documents.handover import render_handover
from showroom.documents.next_steps import render_next_steps
from showroom.documents.purchase_plan import render_purchase_plan
from showroom.documents.test_drive_agreement import render_test_drive_agreement
from showroom.kernel.pdf import language
from showroom.kernel.pdf.catalogue_zh import ZH
from showroom.kernel.pdf.language import document_language, settings_for_language
from showroom.kernel.pdf.layout import DocumentContext, RenderedPdf
from showroom.kernel.settings import ShowroomSettings
from tests.documents.conftest import make_card, make_context
from tests.documents.test_deal_documents import flat, make_deal, make_plan
from tests.documents.test_handover import make_data as make_handover
from tests.documents.test_test_drive_agreement import make_data

DOCUMENTS = Path(__file__).resolve().parents[2] / "showroom" / "documents"

FORMS: dict[str, Callable[[DocumentContext], RenderedPdf]] = {
    "customer card": lambda context: render_customer_card(make_card(), context),
    "customer card, no consent": lambda context: render_customer_card(
        make_card(consent_contact=False, budget_min=None, entries=0), context
    ),
    "purchase plan": lambda context: render_purchase_plan(make_plan(), context),
    "test-drive agreement": lambda context: render_test_drive_agreement(make_data(), context),
    "deal checklist": lambda context: render_deal_checklist(make_deal(), context),
    "next steps": lambda context: render_next_steps(make_deal(), context),
    "handover": lambda context: render_handover(make_handover(), context),
}


def chinese_context() -> DocumentContext:
    return make_context(settings=settings_for_language(ShowroomSettings(), "zh"))


def render_chinese(name: str) -> str:
    with document_language("zh"):
        return flat(FORMS[name](chinese_context()).data)


@pytest.fixture
def misses() -> Iterator[set[str]]:
    language.MISSES.clear()
    yield language.MISSES
    language.MISSES.clear()


@pytest.mark.parametrize("name", list(FORMS))
def test_every_word_of_each_form_has_a_chinese_entry(name: str, misses: set[str]) -> None:
    render_chinese(name)
    assert misses == set()


def test_every_catalogued_text_of_the_forms_is_translated() -> None:
    """Each t("...") and each text the blocks translate (labels, headings, headers, signers)
    written in showroom/documents, and the words of the stored codes forms print."""
    from showroom.deals.checklist import CHECKLIST_TITLES, DEFAULT_TEMPLATES
    from showroom.documents import customer_card, handover, next_steps, purchase_plan
    from showroom.kernel.document_kind import DocumentKind

    wanted: set[str] = set()
    for path in DOCUMENTS.glob("*.py"):
        if path.name.startswith("catalogue"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"t", "_t"}
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                wanted.add(node.args[0].value)
    wanted |= {kind.heading for kind in DocumentKind}
    wanted |= set(CHECKLIST_TITLES.values())
    wanted |= set(next_steps.EXPLANATIONS.values()) | set(next_steps.WHAT_WE_NEED.values())
    wanted |= set(purchase_plan.PAYMENT_WORDS.values()) | {purchase_plan.TERMS}
    wanted |= set(customer_card._WORDS.values()) | {customer_card.DECLARATION}
    wanted |= {handover.DECLARATION}
    wanted |= {text for text in ShowroomSettings().delivery_documents_template.split(";")}
    wanted |= set(customer_card_words())
    wanted |= {step.title for steps in DEFAULT_TEMPLATES.values() for step in steps}
    missing = sorted(text for text in wanted if text and text not in ZH)
    assert missing == []


def customer_card_words() -> Iterator[str]:
    """The words a customer card prints for each stored code."""
    from showroom.customers.domain import ContactChannel, CustomerSource, CustomerStatus
    from showroom.kernel.pdf.formatting import humanize

    for enum in (CustomerStatus, CustomerSource, ContactChannel):
        for member in enum:
            yield humanize(member.value)


PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def test_catalogue_entries_keep_their_placeholders() -> None:
    for source, target in ZH.items():
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(target)), source


def test_chinese_customer_card_reads_in_chinese_with_chinese_dates_and_money() -> None:
    text = render_chinese("customer card")
    assert "客户资料卡" in text and "联系方式" in text and "签名及日期" in text
    assert "2026年3月5日" in text  # printed at, Babel's zh_CN medium date
    assert "£20,000" in text  # the showroom's currency, written the zh_CN way
    assert re.search(r"第 1 页，共 \d 页", text)
    assert "Harry Wilson" in text  # names print as they are


def test_chinese_purchase_plan_agreement_checklist_and_next_steps() -> None:
    plan = render_chinese("purchase plan")
    assert "购车方案" in plan and "月供" in plan and "48 期月供" in plan
    agreement = render_chinese("test-drive agreement")
    assert "试驾协议" in agreement and "驾驶人持有" in agreement  # the Chinese terms
    assert "12,345 公里" in agreement
    checklist = render_chinese("deal checklist")
    assert "订单清单" in checklist and "签订合同" in checklist
    steps = render_chinese("next steps")
    assert "后续步骤" in steps and "尊敬的" in steps


def test_chinese_handover_reads_in_chinese() -> None:
    text = render_chinese("handover")
    assert "车辆交接确认书" in text and "交付文件" in text and "待兑现承诺" in text
    assert "交车确认" in text and "尚待兑现的事项由" in text
    assert "车主手册" in text  # a default document title, in the customer's language
    assert "待商定" in text and re.search(r"2026年3月\d+日", text)
    assert "公里" in text and "交车编号" in text
    for english in ("We still owe you", "Keys handed over", "to be agreed", "Delivery no."):
        assert english not in text


def test_english_is_unchanged_by_the_catalogue() -> None:
    text = flat(FORMS["customer card"](make_context()).data)
    assert "Customer card" in text and "Page 1 of 2" in text and "客户" not in text


def test_settings_for_language_uses_the_chinese_terms_or_falls_back() -> None:
    settings = ShowroomSettings()
    assert settings_for_language(settings, "en") is settings
    zh = settings_for_language(settings, "zh_CN")
    assert zh.locale == "zh_CN" and zh.test_drive_terms.startswith("驾驶人")
    empty = settings_for_language(replace(settings, test_drive_terms_zh=" "), "zh")
    assert empty.test_drive_terms == settings.test_drive_terms
    assert settings_for_language(settings, "pl") is settings


def test_money_is_formatted_for_the_locale() -> None:
    from showroom.kernel.pdf.formatting import format_money

    zh = settings_for_language(ShowroomSettings(currency="CNY"), "zh")
    assert format_money(Decimal("268000"), zh) == "¥268,000"
