"""Plan arithmetic in Decimal: rounding, totals, the finance formula, currency formatting."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from showroom.core.errors import ValidationError, ValidationErrors
from showroom.deals.domain import (
    AccessoryLine,
    PaymentMethod,
    PlanFigures,
    PriceDraft,
    compute_totals,
    monthly_payment,
    validate_price,
)
from showroom.kernel.money import format_amount, format_money, minor_unit, parse_money, to_money

D = Decimal


# --- rounding and formatting -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("0.125", "GBP", "0.13"),  # half-up, not banker's rounding (which gives 0.12)
        ("0.135", "GBP", "0.14"),
        ("2.675", "EUR", "2.68"),  # exact in Decimal; a float would give 2.67
        ("-0.125", "EUR", "-0.13"),  # half-up rounds away from zero
        ("1234.5", "JPY", "1235"),
        ("1234.4999", "CNY", "1234.50"),
    ],
)
def test_to_money_rounds_half_up_to_the_minor_unit(
    amount: str, currency: str, expected: str
) -> None:
    assert str(to_money(D(amount), currency)) == expected


def test_minor_units() -> None:
    assert minor_unit("GBP") == D("0.01")
    assert minor_unit("JPY") == D("1")


@pytest.mark.parametrize(
    ("currency", "locale", "expected"),
    [
        ("GBP", "en_GB", "£12,345.68"),
        ("EUR", "de_DE", "12.345,68\u00a0€"),
        ("CNY", "zh_CN", "¥12,345.68"),
    ],
)
def test_format_money_in_the_showroom_locale(currency: str, locale: str, expected: str) -> None:
    assert format_money(D("12345.675"), currency, locale) == expected


def test_format_amount_without_sign_reads_back() -> None:
    for currency, locale in (("GBP", "en_GB"), ("EUR", "de_DE"), ("CNY", "zh_CN")):
        text = format_amount(D("1234567.5"), currency, locale)
        assert parse_money(text, "x", currency, locale) == D("1234567.50")
    assert format_amount(D("1234567.5"), "EUR", "de_DE") == "1.234.567,50"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("12,345.50", "en_GB", "12345.50"),
        ("£ 12,345.5", "en_GB", "12345.50"),
        ("12.345,50", "de_DE", "12345.50"),
        ("12345,5 €", "de_DE", "12345.50"),
        ("12345.50", "de_DE", "12345.50"),  # plain form: read in any locale
        ("12 345,50", "de_DE", "12345.50"),
        ("¥8,888", "zh_CN", "8888.00"),
    ],
)
def test_parse_money_reads_the_locale(text: str, locale: str, expected: str) -> None:
    currency = {"en_GB": "GBP", "de_DE": "EUR", "zh_CN": "CNY"}[locale]
    assert str(parse_money(text, "price", currency, locale)) == expected


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("abc", "is not an amount of money (like 12,345.50)"),
        ("1,2", "is not an amount of money"),
        ("-5", "must not be negative"),
        ("12.345", "may have at most 2 decimal places in GBP"),
        ("99999999999", "is too large"),
    ],
)
def test_parse_money_names_field_and_rule(text: str, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money(text, "discount", "GBP", "en_GB")
    assert caught.value.field == "discount"
    assert rule in caught.value.rule


def test_blank_money_is_none() -> None:
    assert parse_money("  ", "fees", "GBP", "en_GB") is None


# --- the finance formula ---------------------------------------------------------------------
def test_monthly_payment_matches_the_annuity_formula() -> None:
    # £10,000 over 36 months at 6 % APR (0.5 % a month): 10000·0.005/(1−1.005^−36) = 304.219…
    assert monthly_payment(D("10000"), D("6"), 36, "GBP") == D("304.22")
    # €25,000 over 60 months at 4.9 %: 470.636…
    assert monthly_payment(D("25000"), D("4.9"), 60, "EUR") == D("470.64")


def test_zero_apr_divides_evenly_and_rounds_half_up() -> None:
    assert monthly_payment(D("1000"), D("0"), 3, "GBP") == D("333.33")
    assert monthly_payment(D("1000.02"), D("0"), 4, "GBP") == D("250.01")  # 250.005 → .01


def test_balloon_lowers_the_monthly_payment() -> None:
    # PCP-style: £20,000, 48 months, 7.9 %, £8,000 final payment
    with_balloon = monthly_payment(D("20000"), D("7.9"), 48, "GBP", D("8000"))
    without = monthly_payment(D("20000"), D("7.9"), 48, "GBP")
    assert with_balloon == D("345.06")
    assert without == D("487.32")


def test_payment_in_a_currency_without_minor_unit() -> None:
    assert monthly_payment(D("1000000"), D("3"), 12, "JPY") == D("84694")


@given(
    principal=st.decimals(min_value=1000, max_value=200000, places=2),
    apr=st.decimals(min_value=0, max_value=30, places=2),
    months=st.integers(min_value=1, max_value=120),
)
def test_payments_repay_the_loan_within_rounding(
    principal: Decimal, apr: Decimal, months: int
) -> None:
    payment = monthly_payment(principal, apr, months, "GBP")
    balance = principal
    rate = apr / 1200
    for _ in range(months):
        balance = balance * (1 + rate) - payment
    # each payment is off by at most half a penny; compounded that stays below a penny a month
    assert abs(balance) <= D("0.01") * months * (1 + rate) ** months
    assert payment * months >= principal - D("0.005") * months


# --- totals --------------------------------------------------------------------------------
def test_cash_totals_add_rounded_lines() -> None:
    figures = PlanFigures(
        currency="GBP",
        list_price=D("32450.00"),
        discount=D("1500.00"),
        accessories=(
            AccessoryLine("Floor mats", D("89.995"), 1),  # an odd catalogue price
            AccessoryLine("Roof bars", D("249.00"), 2),
        ),
        fees=D("655.00"),
        trade_in_allowance=D("6200.00"),
        payment=PaymentMethod.CASH,
    )
    totals = compute_totals(figures)
    assert totals.vehicle_price == D("30950.00")
    assert totals.accessories == D("588.00")  # 90.00 + 498.00: each line rounded first
    assert totals.price == D("32193.00")
    assert totals.to_pay == D("25993.00")
    assert totals.total_payable == totals.to_pay
    assert totals.monthly is None and totals.cost_of_credit == 0
    assert [line[3] for line in totals.accessory_lines] == [D("90.00"), D("498.00")]


def test_finance_totals() -> None:
    figures = PlanFigures(
        currency="EUR",
        list_price=D("28990"),
        discount=D("990"),
        fees=D("0"),
        trade_in_allowance=D("3000"),
        payment=PaymentMethod.FINANCE,
        deposit=D("5000"),
        term_months=48,
        apr=D("5.9"),
    )
    totals = compute_totals(figures)
    assert totals.to_pay == D("25000.00")
    assert totals.financed == D("20000.00")
    assert totals.monthly == monthly_payment(D("20000"), D("5.9"), 48, "EUR") == D("468.78")
    assert totals.total_payable == D("5000.00") + D("468.78") * 48
    assert totals.cost_of_credit == totals.total_payable - D("25000.00") == D("2501.44")


def test_lease_with_residual() -> None:
    figures = PlanFigures(
        currency="CNY",
        list_price=D("249800"),
        payment=PaymentMethod.LEASE,
        deposit=D("49800"),
        term_months=36,
        apr=D("3.5"),
        final_payment=D("100000"),
    )
    totals = compute_totals(figures)
    assert totals.financed == D("200000.00")
    assert totals.monthly == monthly_payment(D("200000"), D("3.5"), 36, "CNY", D("100000"))
    assert totals.total_payable == D("49800") + totals.monthly * 36 + D("100000")


# --- validating the price fields ------------------------------------------------------------
def draft(**fields: str) -> PriceDraft:
    return PriceDraft(**{"list_price": "30,000", **fields})


def rules(error: ValidationErrors) -> dict[str, str]:
    return error.by_field()


def test_valid_finance_draft() -> None:
    figures = validate_price(
        draft(payment="finance", deposit="3,000", term_months="36", apr="6.9"),
        (),
        "GBP",
        "en_GB",
    )
    assert figures.payment is PaymentMethod.FINANCE
    assert figures.deposit == D("3000.00")
    assert figures.term_months == 36 and figures.apr == D("6.9")


def test_cash_ignores_term_and_apr() -> None:
    figures = validate_price(draft(term_months="x", apr="y"), (), "GBP", "en_GB")
    assert figures.term_months is None and figures.apr is None


def test_every_broken_price_rule_is_named() -> None:
    with pytest.raises(ValidationErrors) as caught:
        validate_price(
            PriceDraft(
                list_price="",
                discount="abc",
                payment="finance",
                term_months="0",
                apr="120",
            ),
            (),
            "GBP",
            "en_GB",
        )
    found = rules(caught.value)
    assert found["list price"] == "is required"
    assert "is not an amount of money" in found["discount"]
    assert found["term"] == "must be from 1 to 120 months"
    assert found["APR"] == "must be from 0 to 99.99 %"


@pytest.mark.parametrize(
    ("fields", "field", "rule"),
    [
        ({"discount": "30,000.01"}, "discount", "must not be more than the list price"),
        (
            {"trade_in_allowance": "40,000"},
            "trade-in allowance",
            "must not be more than the price of the car, accessories and fees",
        ),
        ({"deposit": "30,000.01"}, "deposit", "must not be more than the amount to pay"),
        (
            {"payment": "finance", "deposit": "30,000", "term_months": "12", "apr": "5"},
            "deposit",
            "leaves nothing to borrow: choose cash or a smaller deposit",
        ),
        (
            {"payment": "lease", "term_months": "36", "apr": "4", "final_payment": "30000"},
            "final payment",
            "must be less than the amount borrowed",
        ),
        ({"payment": "lease", "apr": "4"}, "term", "is required for lease"),
        ({"payment": "finance", "term_months": "12"}, "APR", "is required for finance"),
        ({"payment": "barter"}, "payment", "must be one of cash, finance, lease"),
        ({"list_price": "0"}, "list price", "must be more than zero"),
    ],
)
def test_price_rules(fields: dict[str, str], field: str, rule: str) -> None:
    with pytest.raises(ValidationErrors) as caught:
        validate_price(draft(**fields), (), "GBP", "en_GB")
    assert rules(caught.value) == {field: rule}


def test_accessories_count_towards_the_trade_in_limit() -> None:
    extras = (AccessoryLine("Tow bar", D("950"), 1),)
    figures = validate_price(draft(trade_in_allowance="30,950"), extras, "GBP", "en_GB")
    assert compute_totals(figures).to_pay == 0


def test_german_input() -> None:
    figures = validate_price(
        PriceDraft(
            list_price="31.990,00",
            discount="1.000",
            payment="finance",
            term_months="48",
            apr="4,9",
        ),
        (),
        "EUR",
        "de_DE",
    )
    assert figures.list_price == D("31990.00")
    assert figures.discount == D("1000.00")
    assert figures.apr == D("4.9")
