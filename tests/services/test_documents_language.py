"""Each customer's documents print in the customer's language, through issue_document, so
every form (including those added later) follows it."""

from __future__ import annotations

from datetime import timedelta

from showroom.core.ids import CustomerId, UserId
from showroom.printing.customer_card import print_customer_card
from showroom.printing.test_drive_agreement import print_test_drive_agreement
from showroom.storage.database import Database
from showroom.storage.models import Customer
from showroom.test_drives.service import BookingDraft, book_test_drive, record_licence
from tests.pdf_helpers import page_texts
from tests.services.drive_world import NOW, SETTINGS, make_world
from tests.services.test_documents import NOW as CARD_NOW
from tests.services.test_documents import add_people
from tests.services.test_test_drive_documents import LICENCE


def set_language(db: Database, customer_id: int, language: str) -> None:
    with db.session() as session:
        customer = session.get(Customer, customer_id)
        assert customer is not None
        customer.preferred_language = language


def test_a_chinese_customers_card_prints_in_chinese(db: Database) -> None:
    customer_id, user_id = add_people(db)
    set_language(db, customer_id, "zh")
    with db.session() as session:
        document = print_customer_card(
            session, CustomerId(customer_id), UserId(user_id), SETTINGS, CARD_NOW
        )
    text = "\n".join(page_texts(document.pdf))
    assert "客户资料卡" in text and "联系方式" in text and "意向客户" in text
    assert "2026年3月5日" in text and "最高 £32,000" in text
    assert "由 Jan Kowalski 打印" in text
    assert "Contact" not in text and "Printed" not in text
    set_language(db, customer_id, "en")  # the next card follows the card's language again
    with db.session() as session:
        english = print_customer_card(
            session, CustomerId(customer_id), UserId(user_id), SETTINGS, CARD_NOW
        )
    assert "Customer card" in "\n".join(page_texts(english.pdf))


def test_a_chinese_customers_agreement_has_the_chinese_terms(db: Database) -> None:
    world = make_world(db)
    set_language(db, world.jurgen, "zh")
    with db.session() as s:
        drive_id = book_test_drive(
            s,
            BookingDraft(world.jurgen, world.tesla, world.li, NOW + timedelta(hours=2), 45, "A40"),
            world.li,
            SETTINGS,
            now=NOW,
        )
        record_licence(s, None, drive_id, LICENCE, SETTINGS, now=NOW)
    with db.session() as s:
        document = print_test_drive_agreement(
            s, drive_id, world.li, SETTINGS, NOW, odometer_km=1210, fuel_percent=64
        )
    text = "\n".join(page_texts(document.pdf))
    assert "试驾协议" in text and "驾驶证\n•••••6J99" in text
    assert "出车里程\n1,210 公里" in text
    assert "驾驶人持有对本车有效的正式驾驶证" in text
    assert "Terms of the test drive" not in text


def test_a_deal_for_a_chinese_customer_prints_the_steps_chinese_titles(db: Database) -> None:
    """The template keeps each step in both languages; the deal copies both; the documents
    printed for a Chinese customer use the Chinese one (or the English one if none)."""
    import re

    from showroom.deals.checklist import ChecklistKind, TemplateStep
    from showroom.deals.checklist_templates import get_template, save_template
    from showroom.deals.plans import plan_view
    from showroom.deals.service import accept_plan
    from showroom.printing.deal_forms import print_deal_checklist, print_next_steps
    from tests.services import deal_helpers as h

    staff = h.make_staff(db)
    with db.session() as session:
        template = get_template(session, ChecklistKind.LICENSING)
        assert template.steps[0].title_zh == "收齐证件"  # the defaults come in both languages
        steps = [
            *template.steps,
            TemplateStep("Number plate frame", False, 20, " 车牌框 "),
            TemplateStep("Tax disc", False, 20, None),
        ]
        save_template(session, ChecklistKind.LICENSING, template.version, steps, staff.manager)
    with db.reader() as session:
        saved = get_template(session, ChecklistKind.LICENSING).steps
    assert [s.title_zh for s in saved[-2:]] == ["车牌框", None]
    customer = h.make_customer(db, "王芳", staff.consultant)
    set_language(db, customer, "zh")
    plan_id = h.make_plan(db, customer, h.make_vehicle(db), staff.consultant, ())
    with db.session() as session:
        deal_id = accept_plan(
            session,
            plan_id,
            plan_view(session, plan_id, actor_id=None).version,
            staff.consultant,
            h.SETTINGS,
            now=h.NOW,
        )
    with db.session() as session:
        checklist = print_deal_checklist(session, deal_id, staff.consultant, h.SETTINGS, h.NOW)
        steps_sheet = print_next_steps(session, deal_id, staff.consultant, h.SETTINGS, h.NOW)
    text = re.sub(r"\s+", " ", " ".join(page_texts(checklist.pdf)))
    assert "车牌框" in text and "收齐证件" in text and "签订合同" in text
    assert "Tax disc" in text  # no Chinese title: printed as typed
    assert "Number plate frame" not in text and "Documents collected" not in text
    assert f"订单 {deal_id}：王芳" in text
    sheet = re.sub(r"\s+", " ", " ".join(page_texts(steps_sheet.pdf)))
    assert "尊敬的 王芳：" in sheet and "车牌框" in sheet


def test_a_form_added_later_prints_in_the_customers_language_with_no_code_of_its_own(
    db: Database,
) -> None:
    """A new form (the handover, say) built from the blocks and issued through
    issue_document: its headings, labels, signers, dates and page furniture follow the
    customer's language; only its own sentences need catalogue entries."""
    from showroom.kernel.archive import issue_document
    from showroom.kernel.document_kind import DocumentKind
    from showroom.kernel.pdf.blocks import Signer, key_value_block, section, signature_block
    from showroom.kernel.pdf.formatting import format_day
    from showroom.kernel.pdf.layout import DocumentBuilder, DocumentContext, RenderedPdf

    customer_id, user_id = add_people(db)
    set_language(db, customer_id, "zh")

    def render(context: DocumentContext) -> RenderedPdf:
        builder = DocumentBuilder(DocumentKind.HANDOVER.heading, context)
        s = builder.styles
        rows = [("Customer", "Małgorzata"), ("Delivery", format_day(CARD_NOW, context.settings))]
        story = section("Delivery", [key_value_block(rows, s)], s)
        story.append(signature_block([Signer("Customer"), Signer("Consultant")], s))
        return builder.render(story)

    with db.session() as session:
        document = issue_document(
            session,
            kind=DocumentKind.HANDOVER,
            title="Handover",
            customer_id=CustomerId(customer_id),
            user_id=UserId(user_id),
            settings=SETTINGS,
            now=CARD_NOW,
            render=render,
        )
    text = "\n".join(page_texts(document.pdf))
    assert "车辆交接确认书" in text and "交车\n2026年3月5日" in text
    assert "客户\n签名及日期" in text and "第 1 页，共 1 页" in text


def test_a_chinese_customers_handover_prints_in_chinese(db: Database) -> None:
    """The handover goes through issue_document like every form: the customer's language,
    the default document titles in it, what the showroom typed (owed items) as typed."""
    from datetime import date

    from showroom.deliveries.service import add_owed
    from showroom.printing.handover import print_handover
    from tests.services.deal_helpers import NOW as DEAL_NOW
    from tests.services.deal_helpers import SETTINGS as DEAL_SETTINGS
    from tests.services.deal_helpers import make_staff
    from tests.services.test_deliveries import at, make_sale, plan

    staff = make_staff(db)
    sale = make_sale(db, staff, "王芳")
    set_language(db, sale.customer, "zh")
    delivery_id = plan(db, sale, at(10), consultant=staff.consultant)
    with db.session() as session:
        add_owed(
            session,
            delivery_id,
            "Roof bars",
            date(2026, 12, 4),
            staff.consultant,
            DEAL_SETTINGS,
            now=DEAL_NOW,
        )
    with db.session() as session:
        document = print_handover(session, delivery_id, staff.consultant, DEAL_SETTINGS, DEAL_NOW)
    text = "\n".join(page_texts(document.pdf))
    assert "车辆交接确认书" in text and "交车编号" in text and "待兑现承诺" in text
    assert "车主手册" in text and "Roof bars" in text and "2026年12月4日" in text
    assert "We still owe you" not in text and "Owner's manual" not in text
