"""Purchase plans and deals: money, price lines, payment and their totals.

Money is always :class:`~decimal.Decimal`, never float. Every amount is rounded half-up to
the currency's minor unit (2 decimals for GBP, EUR and CNY; 0 for JPY) at the step where a
customer would see it: each accessory line, each price line, the monthly payment. Totals are
sums of rounded amounts, so the printed lines always add up to the printed total.

A plan's price: list price − discount + accessories + fees = price; price − trade-in
allowance = to pay. Cash pays it all; finance and lease pay a deposit and borrow the rest,
repaid in equal monthly payments at the APR (monthly rate = APR / 12), optionally with a
final (balloon / residual) payment at the end.
"""

from __future__ import annotations

import decimal
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from babel.numbers import (
    NumberFormatError,
    parse_decimal,
)

from showroom.core.errors import ValidationError, ValidationErrors
from showroom.core.text import clean_line, has_control_characters, shown
from showroom.kernel.money import parse_money, to_money

MAX_TERM_MONTHS = 120
MAX_APR = Decimal("99.99")
MAX_QUANTITY = 99
ZERO = Decimal(0)


class PaymentMethod(StrEnum):
    """How the customer pays."""

    CASH = "cash"
    FINANCE = "finance"
    LEASE = "lease"


class PlanStatus(StrEnum):
    """A plan is open while it is discussed; accepted once (it became a deal) or declined."""

    OPEN = "open"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class DealStatus(StrEnum):
    """A deal is open from the accepted plan to delivery; completed or cancelled after."""

    OPEN = "open"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


# --- payment ----------------------------------------------------------------------------------
def monthly_payment(
    principal: Decimal,
    apr_percent: Decimal,
    months: int,
    currency: str,
    final_payment: Decimal = ZERO,
) -> Decimal:
    """The equal monthly payment that repays ``principal`` in ``months`` at ``apr_percent``.

    With monthly rate r = APR / 12 / 100 and a final (balloon) payment B due with the last
    instalment: PMT = (P − B / (1 + r)^n) · r / (1 − (1 + r)^−n); at 0 % APR, (P − B) / n.
    Rounded half-up to the currency's minor unit.
    """
    if months <= 0:
        raise ValueError("months must be positive")
    with decimal.localcontext() as ctx:
        ctx.prec = 40
        rate = apr_percent / Decimal(1200)
        if rate == 0:
            payment = (principal - final_payment) / months
        else:
            growth = (1 + rate) ** months
            payment = (principal - final_payment / growth) * rate / (1 - 1 / growth)
    return to_money(payment, currency)


# --- a plan's figures -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AccessoryLine:
    """One accessory of a plan: its name and price are copied from the boutique catalogue when
    it is added, so a later catalogue price change does not alter a proposal given."""

    name: str
    unit_price: Decimal
    quantity: int

    def amount(self, currency: str) -> Decimal:
        return to_money(self.unit_price * self.quantity, currency)


@dataclass(frozen=True, slots=True)
class PlanFigures:
    """What a plan's price and payment are computed from; amounts already validated."""

    currency: str
    list_price: Decimal
    discount: Decimal = ZERO
    accessories: tuple[AccessoryLine, ...] = ()
    fees: Decimal = ZERO
    trade_in_allowance: Decimal = ZERO
    payment: PaymentMethod = PaymentMethod.CASH
    deposit: Decimal = ZERO
    term_months: int | None = None
    apr: Decimal | None = None
    final_payment: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class PlanTotals:
    """A plan's computed figures, each rounded to the currency's minor unit.

    ``price`` = list price − discount + accessories + fees; ``to_pay`` = price − trade-in.
    For finance and lease, ``financed`` = to_pay − deposit, repaid by ``term_months``
    payments of ``monthly`` and ``final_payment``; ``total_payable`` is everything the
    customer pays after the trade-in and ``cost_of_credit`` what borrowing adds.
    """

    currency: str
    list_price: Decimal
    discount: Decimal
    vehicle_price: Decimal
    accessories: Decimal
    fees: Decimal
    price: Decimal
    trade_in_allowance: Decimal
    to_pay: Decimal
    payment: PaymentMethod
    deposit: Decimal
    financed: Decimal
    term_months: int | None
    apr: Decimal | None
    monthly: Decimal | None
    final_payment: Decimal
    total_payable: Decimal
    cost_of_credit: Decimal
    accessory_lines: tuple[tuple[str, int, Decimal, Decimal], ...] = field(default=())


def compute_totals(figures: PlanFigures) -> PlanTotals:
    """The totals of a plan (see :class:`PlanTotals`); every line rounded half-up first."""
    cur = figures.currency
    list_price = to_money(figures.list_price, cur)
    discount = to_money(figures.discount, cur)
    lines = tuple(
        (a.name, a.quantity, to_money(a.unit_price, cur), a.amount(cur))
        for a in figures.accessories
    )
    accessories = sum((line[3] for line in lines), ZERO)
    fees = to_money(figures.fees, cur)
    vehicle_price = list_price - discount
    price = vehicle_price + accessories + fees
    trade_in = to_money(figures.trade_in_allowance, cur)
    to_pay = price - trade_in
    if figures.payment is PaymentMethod.CASH:
        deposit = to_money(figures.deposit, cur)
        return PlanTotals(
            cur, list_price, discount, vehicle_price, accessories, fees, price, trade_in,
            to_pay, figures.payment, deposit, ZERO, None, None, None, ZERO, to_pay, ZERO, lines,
        )  # fmt: skip
    deposit = to_money(figures.deposit, cur)
    financed = to_pay - deposit
    term = figures.term_months or 0
    apr = figures.apr if figures.apr is not None else ZERO
    final = to_money(figures.final_payment, cur)
    monthly = monthly_payment(financed, apr, term, cur, final) if term > 0 else None
    total_payable = deposit + (monthly or ZERO) * term + final
    return PlanTotals(
        cur, list_price, discount, vehicle_price, accessories, fees, price, trade_in, to_pay,
        figures.payment, deposit, financed, term, apr, monthly, final, total_payable,
        total_payable - to_pay, lines,
    )  # fmt: skip


# --- what the plan editor sends -------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PriceDraft:
    """The price and payment fields of a plan as typed (strings, in the showroom's locale)."""

    list_price: str = ""
    discount: str = ""
    fees: str = ""
    trade_in_allowance: str = ""
    payment: str = PaymentMethod.CASH.value
    deposit: str = ""
    term_months: str = ""
    apr: str = ""
    final_payment: str = ""


def parse_term(raw: str) -> int | None:
    text = raw.strip()
    if not text:
        return None
    if not (text.isdigit() and text.isascii()):
        raise ValidationError("term", "{value} is not a whole number of months", value=shown(text))
    if len(text.lstrip("0")) > 4:  # a pasted run of digits: out of range, and int() refuses
        raise ValidationError(
            "term", "must be from 1 to {max_term_months} months", max_term_months=MAX_TERM_MONTHS
        )
    months = int(text)
    if not 1 <= months <= MAX_TERM_MONTHS:
        raise ValidationError(
            "term", "must be from 1 to {max_term_months} months", max_term_months=MAX_TERM_MONTHS
        )
    return months


def parse_apr(raw: str, locale: str) -> Decimal | None:
    text = raw.strip().removesuffix("%").strip()
    if not text:
        return None
    try:
        apr = parse_decimal(text, locale=locale, strict=True)
    except NumberFormatError:
        try:
            apr = Decimal(text)
        except decimal.InvalidOperation:
            raise ValidationError("APR", "{value} is not a percentage", value=shown(raw)) from None
    if not apr.is_finite() or not ZERO <= apr <= MAX_APR:
        raise ValidationError("APR", "must be from 0 to {max_apr} %", max_apr=MAX_APR)
    if apr != apr.quantize(Decimal("0.01")):
        raise ValidationError("APR", "may have at most 2 decimal places")
    return apr


def validate_price(
    draft: PriceDraft,
    accessories: tuple[AccessoryLine, ...],
    currency: str,
    locale: str,
) -> PlanFigures:
    """Check a plan's price and payment fields; raises :class:`ValidationErrors` naming each
    field and its rule. Term, APR and final payment are ignored for cash."""
    errors: list[ValidationError] = []

    def money(raw: str, field: str) -> Decimal | None:
        try:
            return parse_money(raw, field, currency, locale)
        except ValidationError as error:
            errors.append(error)
            return None

    list_price = money(draft.list_price, "list price")
    if list_price is None and not any(e.field == "list price" for e in errors):
        errors.append(ValidationError("list price", "is required"))
    elif list_price is not None and list_price == 0:
        errors.append(ValidationError("list price", "must be more than zero"))
    discount = money(draft.discount, "discount") or ZERO
    fees = money(draft.fees, "fees") or ZERO
    trade_in = money(draft.trade_in_allowance, "trade-in allowance") or ZERO
    deposit = money(draft.deposit, "deposit") or ZERO
    try:
        method = PaymentMethod(draft.payment.strip().lower())
    except ValueError:
        allowed = ", ".join(m.value for m in PaymentMethod)
        errors.append(ValidationError("payment", "must be one of {allowed}", allowed=allowed))
        method = PaymentMethod.CASH
    term: int | None = None
    apr: Decimal | None = None
    final = ZERO
    if method is not PaymentMethod.CASH:
        try:
            term = parse_term(draft.term_months)
        except ValidationError as error:
            errors.append(error)
        if term is None and not any(e.field == "term" for e in errors):
            errors.append(ValidationError("term", "is required for {value}", value=method.value))
        try:
            apr = parse_apr(draft.apr, locale)
        except ValidationError as error:
            errors.append(error)
        if apr is None and not any(e.field == "APR" for e in errors):
            errors.append(ValidationError("APR", "is required for {value}", value=method.value))
        final = money(draft.final_payment, "final payment") or ZERO

    if list_price is not None and list_price > 0:
        if discount > list_price:
            errors.append(ValidationError("discount", "must not be more than the list price"))
        else:
            accessory_total = sum((a.amount(currency) for a in accessories), ZERO)
            price = list_price - discount + accessory_total + fees
            if trade_in > price:
                errors.append(
                    ValidationError(
                        "trade-in allowance",
                        "must not be more than the price of the car, accessories and fees",
                    )
                )
            else:
                to_pay = price - trade_in
                if deposit > to_pay:
                    errors.append(
                        ValidationError("deposit", "must not be more than the amount to pay")
                    )
                elif method is not PaymentMethod.CASH:
                    if deposit == to_pay:
                        errors.append(
                            ValidationError(
                                "deposit",
                                "leaves nothing to borrow: choose cash or a smaller deposit",
                            )
                        )
                    elif final >= to_pay - deposit:
                        errors.append(
                            ValidationError(
                                "final payment", "must be less than the amount borrowed"
                            )
                        )
    if errors:
        raise ValidationErrors(errors)
    assert list_price is not None
    return PlanFigures(
        currency=currency,
        list_price=list_price,
        discount=discount,
        accessories=accessories,
        fees=fees,
        trade_in_allowance=trade_in,
        payment=method,
        deposit=deposit,
        term_months=term,
        apr=apr,
        final_payment=final,
    )


def check_quantity(value: int) -> int:
    if not 1 <= value <= MAX_QUANTITY:
        raise ValidationError(
            "quantity", "must be from 1 to {max_quantity}", max_quantity=MAX_QUANTITY
        )
    return value


# --- a whole plan ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AccessoryChoice:
    """An accessory picked from the boutique catalogue, with its quantity."""

    boutique_item_id: int
    quantity: int = 1


@dataclass(frozen=True, slots=True)
class PlanDraft:
    """A purchase plan as entered in the plan editor. The proposed car is either a stock car
    (``vehicle_id``) or a model to order (make, model, trim, colour)."""

    title: str = ""
    budget: str = ""
    intended_use: str = ""
    must_haves: str = ""
    vehicle_id: int | None = None
    order_make: str = ""
    order_model: str = ""
    order_trim: str = ""
    order_colour: str = ""
    accessories: tuple[AccessoryChoice, ...] = ()
    price: PriceDraft = field(default_factory=PriceDraft)
    trade_in_description: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ValidPlanText:
    """The plan's fields other than price and payment, checked."""

    title: str | None
    budget: Decimal | None
    intended_use: str | None
    must_haves: str | None
    vehicle_id: int | None
    order_make: str | None
    order_model: str | None
    order_trim: str | None
    order_colour: str | None
    trade_in_description: str | None
    notes: str | None


def validate_plan_text(draft: PlanDraft, currency: str, locale: str) -> ValidPlanText:
    """Check needs, the car to order and notes; raises :class:`ValidationErrors`."""
    errors: list[ValidationError] = []

    def line(value: str, name: str, max_length: int) -> str | None:
        try:
            return clean_line(value, name, max_length=max_length) or None
        except ValidationError as error:
            errors.append(error)
            return None

    title = line(draft.title, "title", 60)
    budget: Decimal | None = None
    try:
        budget = parse_money(draft.budget, "budget", currency, locale)
    except ValidationError as error:
        errors.append(error)
    use = line(draft.intended_use, "use", 300)
    must_haves = line(draft.must_haves, "must-haves", 500)
    make = line(draft.order_make, "make", 40)
    model = line(draft.order_model, "model", 60)
    trim = line(draft.order_trim, "trim", 60)
    colour = line(draft.order_colour, "colour", 40)
    if draft.vehicle_id is None:
        if not make and not any(e.field == "make" for e in errors):
            errors.append(ValidationError("make", "choose a stock car or name the make to order"))
        if not model and not any(e.field == "model" for e in errors):
            errors.append(ValidationError("model", "choose a stock car or name the model to order"))
    trade_in = line(draft.trade_in_description, "trade-in", 200)
    notes = draft.notes.strip() or None
    if notes and len(notes) > 4000:
        errors.append(ValidationError("notes", "must be at most 4,000 characters"))
    elif notes and has_control_characters(notes, allowed="\n\r\t"):
        errors.append(ValidationError("notes", "must not contain control characters"))
    for choice in draft.accessories:
        if not 1 <= choice.quantity <= MAX_QUANTITY:
            errors.append(
                ValidationError(
                    "quantity", "must be from 1 to {max_quantity}", max_quantity=MAX_QUANTITY
                )
            )
            break
    if errors:
        raise ValidationErrors(errors)
    stock = draft.vehicle_id is not None
    return ValidPlanText(
        title=title,
        budget=budget,
        intended_use=use,
        must_haves=must_haves,
        vehicle_id=draft.vehicle_id,
        order_make=None if stock else make,
        order_model=None if stock else model,
        order_trim=None if stock else trim,
        order_colour=None if stock else colour,
        trade_in_description=trade_in,
        notes=notes,
    )
