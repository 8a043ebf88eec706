"""The one search box: orders, customers and assets by whatever the customer gives at the
counter (order number, plate in any spelling or only its digits, VIN or its tail, IMEI or
serial, phone or its last four digits, name in any script), typed in full-width forms by a
Chinese input method too; and whatever a keyboard or scanner sends never breaks it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.enums import AssetKind, OrderState
from app.domain.text import search_text
from app.services import intake
from app.services.inputs import AssetInput, CustomerInput, IntakeInput, VisitDetails
from app.services.lookup import classify, lookup, prefix_bounds
from app.services.views import LookupHit
from tests.app._support import order_in
from tests.factories import customer, new_order, phone_device, vehicle


@pytest.fixture
def counter(ctx):
    """Four customers, five assets, four orders."""
    zhang = new_order(ctx)  # 张伟 13812345678, 粤B12345, VIN 1M8GDM9AXKP042788
    min_ = new_order(ctx, customer=customer("Zhang Min", "13987654321"), asset=phone_device())
    li = new_order(
        ctx,
        customer=customer("李娜", "13700005678"),
        asset=AssetInput(kind=AssetKind.DEVICE, serial="c02-xk12abc", make="Apple"),
    )
    ivana = new_order(
        ctx, customer=customer("Ивана Петрова", "13600001111"), asset=vehicle("粤BD12345", None)
    )
    second_car = intake.intake(
        ctx,
        IntakeInput(
            details=VisitDetails(symptom="保养"),
            customer_id=zhang.customer.id,
            asset=vehicle("京A8888A", None),
        ),
    )
    return {"zhang": zhang, "min": min_, "li": li, "ivana": ivana, "second_car": second_car}


def _hits(ctx, text):
    return {(h.kind, h.id, h.matched_by) for h in lookup(ctx, text)}


def _ids(ctx, text, kind):
    return {h.id for h in lookup(ctx, text) if h.kind == kind}


def test_by_order_number_in_any_spelling(ctx, counter):
    d = counter["zhang"]
    number = d.order.number  # WO-YYYYMMDD-0001
    compact = number.replace("-", "")
    for text in (number, number.lower(), compact, compact.lower(), f" {number} "):
        hits = lookup(ctx, text)
        assert [(h.kind, h.id, h.matched_by) for h in hits][:1] == [
            ("order", d.id, "order_number")
        ], text
        assert hits[0].title == number and hits[0].customer_id == d.customer.id
    day = number.rsplit("-", 1)[0]
    assert _ids(ctx, day, "order") == {o.id for o in counter.values()}


def test_a_scanned_statement_or_release_slip_finds_its_order(ctx, tech):
    d = order_in(ctx, tech, OrderState.RELEASED)
    other = order_in(ctx, tech, OrderState.OPEN)
    for number in (d.settlement.number, d.release.number):
        for text in (number, number.lower(), number.replace("-", "")):
            hits = lookup(ctx, text)
            assert [(h.kind, h.id, h.title) for h in hits] == [("order", d.id, d.order.number)], (
                text
            )
            assert hits[0].matched_by == "order_number"
    assert other.id not in {h.id for h in lookup(ctx, "ST-")}


def test_by_plate_with_or_without_separator_in_any_case(ctx, counter):
    asset = counter["zhang"].asset
    for text in ("粤B12345", "粤b12345", "粤B·12345", "粤b.12345", "粤B 12345", "粤B-12345"):
        assert ("asset", asset.id, "plate") in _hits(ctx, text), text
        assert _ids(ctx, text, "asset") == {asset.id}, text


def test_by_plate_without_the_province(ctx, counter):
    for text in ("B12345", "b12345", "B·12345", "b 12345"):
        assert ("asset", counter["zhang"].asset.id, "plate_body") in _hits(ctx, text), text


def test_by_plate_prefix_and_new_energy_plates(ctx, counter):
    assert _ids(ctx, "粤B", "asset") == {counter["zhang"].asset.id, counter["ivana"].asset.id}
    assert _ids(ctx, "粤bd12345", "asset") == {counter["ivana"].asset.id}
    assert _ids(ctx, "京a·8888a", "asset") == {counter["second_car"].asset.id}
    hit = next(h for h in lookup(ctx, "京A8888A") if h.kind == "asset")
    assert hit.customer_id == counter["zhang"].customer.id and hit.subtitle == "张伟"


def test_by_vin_or_its_last_six(ctx, counter):
    asset = counter["zhang"].asset
    assert ("asset", asset.id, "vin") in _hits(ctx, "1M8GDM9AXKP042788")
    assert ("asset", asset.id, "vin") in _hits(ctx, "1m8gdm9axkp042788")
    assert ("asset", asset.id, "vin_tail") in _hits(ctx, "042788")


def test_by_imei_or_serial(ctx, counter):
    phone = counter["min"].asset
    assert ("asset", phone.id, "ident") in _hits(ctx, "490154203237518")
    assert ("asset", phone.id, "ident") in _hits(ctx, "49015420")  # the first digits typed
    mac = counter["li"].asset
    assert ("asset", mac.id, "ident") in _hits(ctx, "C02XK12ABC")
    assert ("asset", mac.id, "ident") in _hits(ctx, "c02-xk12abc")


def test_a_phone_with_both_imei_and_serial_is_found_by_either(ctx):
    d = new_order(
        ctx,
        asset=AssetInput(
            kind=AssetKind.DEVICE, imei="490154203237518", serial="f2lxk0abcd12", make="Apple"
        ),
    )
    for text in ("490154203237518", "F2LXK0ABCD12", "f2lx k0ab cd12", "F2LXK0"):
        hits = [h for h in lookup(ctx, text) if h.kind == "asset"]
        assert [(h.id, h.matched_by) for h in hits] == [(d.asset.id, "ident")], text


def test_by_phone_full_or_last_four(ctx, counter):
    zhang = counter["zhang"].customer
    for text in ("13812345678", "138 1234 5678", "+86 138-1234-5678", "1381234"):
        assert ("customer", zhang.id, "phone") in _hits(ctx, text), text
    tail = lookup(ctx, "5678")
    assert {(h.id, h.matched_by) for h in tail if h.kind == "customer"} == {
        (zhang.id, "phone_tail"),
        (counter["li"].customer.id, "phone_tail"),
    }
    assert {h.subtitle for h in tail if h.kind == "customer"} == {"13812345678", "13700005678"}


def test_by_name_prefix_in_any_script(ctx, counter):
    assert _ids(ctx, "张", "customer") == {counter["zhang"].customer.id}
    assert _ids(ctx, "张伟", "customer") == {counter["zhang"].customer.id}
    assert _ids(ctx, "李", "customer") == {counter["li"].customer.id}
    assert _ids(ctx, "zhang", "customer") == {counter["min"].customer.id}
    assert _ids(ctx, "ZHANG M", "customer") == {counter["min"].customer.id}
    assert _ids(ctx, "ивана", "customer") == {counter["ivana"].customer.id}
    hit = next(h for h in lookup(ctx, "Zhang") if h.kind == "customer")
    assert (hit.title, hit.subtitle, hit.matched_by) == ("Zhang Min", "13987654321", "name")


def test_nothing_matches(ctx, counter):
    assert lookup(ctx, "粤Z99999") == []
    assert lookup(ctx, "王") == []
    assert lookup(ctx, "") == [] and lookup(ctx, "   ") == []


def test_hits_are_unique_and_limited(ctx, counter):
    hits = lookup(ctx, "粤B", limit=1)
    assert len(hits) == 1
    every = lookup(ctx, "WO")
    assert len({(h.kind, h.id) for h in every}) == len(every) == 5


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("WO-20261123-0001", "order_number"),
        ("st-20261123-0001", "settlement_number"),
        ("RL202611230001", "release_number"),
        ("490154203237518", "ident"),
        ("13812345678", "phone"),
        ("5678", "phone_tail"),
        ("粤B12345", "plate"),
        ("76008", "plate_tail"),
        ("７６００８", "plate_tail"),
        ("D12345", "vin_tail"),
        ("8888A", "plate_tail"),
        ("1234挂", "plate_tail"),
        ("+852 9123 4567", "phone"),
        ("1M8GDM9AXKP042788", "vin"),
        ("张伟", "name"),
    ],
)
def test_classification_tries_the_most_specific_first(text, first):
    assert classify(text)[0] == first


def test_a_customer_typed_at_intake_is_found_at_once(ctx):
    d = intake.intake(
        ctx,
        IntakeInput(
            details=VisitDetails(),
            customer=CustomerInput("Ørsted Ålesund", ["13511112222"]),
            asset=vehicle("沪C1234挂", None),
        ),
    )
    assert _ids(ctx, "ørsted", "customer") == {d.customer.id}
    assert _ids(ctx, "沪c1234挂", "asset") == {d.asset.id}


# --- a plate by its digits (粤B·76008: "76008") ---


@pytest.fixture
def digits_car(ctx, counter):
    return new_order(ctx, customer=customer("陈刚", "13911112222"), asset=vehicle("粤B76008", None))


def test_a_plate_is_found_by_its_digits(ctx, counter, digits_car):
    car = digits_car.asset
    for text in ("76008", "7600", "760", " 76 008 ", "７６００８", "76-008"):
        assert ("asset", car.id, "plate_tail") in _hits(ctx, text), text
    assert lookup(ctx, "76008")[0].id == car.id  # five digits: a plate first
    assert _ids(ctx, "76008", "asset") == {car.id}
    assert _ids(ctx, "12345", "asset") == {counter["zhang"].asset.id}  # 粤B12345 only


def test_new_energy_and_special_plate_tails(ctx, counter):
    trailer = intake.intake(
        ctx,
        IntakeInput(
            details=VisitDetails(),
            customer=customer("刘洋", "13922223333"),
            asset=vehicle("沪C1234挂", None),
        ),
    )
    assert ("asset", counter["ivana"].asset.id, "plate_tail") in _hits(ctx, "D12345")
    assert ("asset", counter["ivana"].asset.id, "plate_tail") in _hits(ctx, "d1234")
    assert ("asset", counter["second_car"].asset.id, "plate_tail") in _hits(ctx, "8888A")
    assert ("asset", trailer.asset.id, "plate_tail") in _hits(ctx, "1234挂")


def test_the_phone_tail_and_the_plate_tail_both_answer_four_digits(ctx, counter):
    """ "5678" is 张伟's and 李娜's phone tail; "1234" begins 粤B12345's digits."""
    kinds = {(h.kind, h.matched_by) for h in lookup(ctx, "5678")}
    assert kinds == {("customer", "phone_tail")}
    assert ("asset", counter["zhang"].asset.id, "plate_tail") in _hits(ctx, "1234")


# --- full-width forms from a Chinese input method ---


def test_full_width_text_finds_what_half_width_finds(ctx, counter, digits_car):
    zhang = counter["zhang"]
    pairs = [
        ("１３８１２３４５６７８", "13812345678"),
        ("１３８\u30001234\u30005678", "13812345678"),
        ("５６７８", "5678"),
        ("粤Ｂ１２３４５", "粤B12345"),
        ("粤ｂ·１２３４５", "粤B12345"),
        ("Ｂ１２３４５", "B12345"),
        ("１Ｍ８ＧＤＭ９ＡＸＫＰ０４２７８８", "1M8GDM9AXKP042788"),
        ("０４２７８８", "042788"),
        ("４９０１５４２０３２３７５１８", "490154203237518"),
        ("ＺＨＡＮＧ", "zhang"),
        ("ｗｏ－" + zhang.order.number[3:], zhang.order.number),
    ]
    for wide, narrow in pairs:
        expected = [(h.kind, h.id, h.matched_by) for h in lookup(ctx, narrow)]
        assert expected, narrow
        assert [(h.kind, h.id, h.matched_by) for h in lookup(ctx, wide)] == expected, wide


def test_numbers_in_any_writing_find_the_stored_phone(ctx):
    d = new_order(ctx, customer=customer("Chan Tai Man", "+852 9123 4567"))
    hk = d.customer
    assert [p.number for p in hk.phones] == ["+85291234567"]
    for text in ("+85291234567", "+852 9123 4567", "00852 9123 4567", "+852 9123", "４５６７"):
        assert ("customer", hk.id) in {(h.kind, h.id) for h in lookup(ctx, text)}, text
    land = new_order(
        ctx, customer=customer("王芳", "(0755) 8888-6666"), asset=vehicle("粤B54321", None)
    )
    for text in ("075588886666", "0755-8888 6666", "+86 755 8888 6666", "0755 8888", "6666"):
        assert ("customer", land.customer.id) in {(h.kind, h.id) for h in lookup(ctx, text)}, text


# --- whatever a keyboard or a scanner sends: hits or nothing, never an error ---

NASTY = [
    "\x00",
    "粤B\x0012345",
    "76008\x00",
    "\x00\x01\x02\x1b[A",
    "\ud800",
    "12\udfff34",
    "\U0001f697\U0001f697",
    "粤B😀",
    "\U0010ffff",
    "\U0010fffd",
    "\ufffe\uffff",
    "\ud7ff",
    "\u200f\u202eשלום عالم\u202c",
    "\u200b\u200c\u200d\ufeff",
    "x" * 10_000,
    "1" * 10_000,
    "粤" * 10_000,
    " \t\r\n\u3000\u00a0 ",
    "\r\n",
    "%",
    "_",
    "\\",
    "'; DROP TABLE customers; --",
    "WO-",
    "WO-\x00",
    "+",
    "+86",
    "00",
    "ﷺ" * 30,
    "·-_/.",
]


def _plain(hits: list[LookupHit]) -> list[tuple[str, int, str]]:
    return [(h.kind, h.id, h.matched_by) for h in hits]


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_nasty_text_gives_hits_or_nothing(ctx, counter, text):
    hits = lookup(ctx, text)
    assert isinstance(hits, list) and all(isinstance(h, LookupHit) for h in hits)
    assert len(hits) <= 20


def test_invisible_characters_around_a_code_do_not_hide_it(ctx, counter, digits_car):
    car = digits_car.asset.id
    for text in (
        "\x0076008",
        "76008\r\n",
        "\u200e76008\u200f",
        "\ufeff76008",
        "76\u200b008",
        "\t76008",
    ):
        assert ("asset", car, "plate_tail") in _hits(ctx, text), repr(text)
    zhang = counter["zhang"].asset.id
    for text in ("粤B\x0012345", "\x02粤B12345\x03", "粤B12345\U0001f697"[:-1]):
        assert ("asset", zhang, "plate") in _hits(ctx, text), repr(text)
    assert lookup(ctx, "粤B12345\U0001f697") == []  # an emoji is part of the text: no such plate


def test_prefix_bounds_stay_encodable_at_the_edges_of_unicode():
    assert prefix_bounds("ab") == ("ab", "ac")
    assert prefix_bounds("a\ud7ff") == ("a\ud7ff", "a\ue000")  # no surrogate as a bound
    assert prefix_bounds("a\U0010ffff") == ("a\U0010ffff", "b")
    assert prefix_bounds("\U0010ffff") == ("\U0010ffff", "\U0010ffff")


_ANY_CHAR = st.characters(exclude_categories=())  # surrogates, controls, NUL, unassigned: all
_DESK_CHAR = st.sampled_from(
    list("0123456789ABDXwo-·. 粤京沪挂")
    + list("０１２３５７８ＢＷＯ－。\u3000")
    + ["\x00", "\t", "\u200b", "😀"]
)
_TEXTS = st.one_of(
    st.text(_ANY_CHAR, max_size=40),
    st.text(_DESK_CHAR, max_size=20),
    st.builds(lambda c, n: c * n, _ANY_CHAR, st.integers(60, 10_000)),
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=_TEXTS)
def test_any_text_gives_hits_or_nothing(ctx, counter, text):
    hits = lookup(ctx, text, limit=5)
    assert isinstance(hits, list) and len(hits) <= 5
    assert all(h.kind in ("order", "customer", "asset") for h in hits)
    # the text is read as its plain form: the same hits as for that form
    assert _plain(hits) == _plain(lookup(ctx, search_text(text), limit=5))
    classify(text)  # never raises either


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    noise=st.lists(
        st.sampled_from(["\x00", "\x1b", "\u200b", "\u200e", "\u202e", "\ufeff", "\ud800", "\x7f"]),
        min_size=1,
        max_size=4,
    ),
    where=st.integers(0, 5),
    wide=st.booleans(),
)
def test_a_plate_with_noise_typed_into_it_is_still_found(ctx, noise, where, wide):
    """The same five digits, with invisible characters anywhere and full-width or not."""
    with ctx.db.read() as session:
        found = session.connection().exec_driver_sql("SELECT count(*) FROM assets").scalar()
    if not found:
        new_order(ctx, asset=vehicle("粤B76008", None))
    digits = "７６００８" if wide else "76008"
    text = digits[:where] + "".join(noise) + digits[where:]
    assert "plate_tail" in {h.matched_by for h in lookup(ctx, text)}, repr(text)


@pytest.mark.parametrize("text", ["·", "-", " · - ", "\x00", "\u200b", "+", "（）"])
def test_kinds_asked_for_find_nothing_when_the_text_has_no_key(ctx, counter, text):
    """The desks' own lookups (intake's plate/VIN/IMEI, the customer step's phone/name) ask
    for kinds; text that has no key for them (separators only) finds nothing, not all."""
    for kinds in (["plate", "vin", "ident"], ["phone", "phone_tail", "name"], ["plate_tail"]):
        assert lookup(ctx, text, 5, kinds) == [], (text, kinds)


def test_the_rights_ride_on_the_search_and_are_checked_with_or_without_hits(db, ctx, counter):
    """A lookup reads the actor's rights with its first search (no statement of their own),
    and a switched-off account is refused whether the text finds something or not."""
    from sqlalchemy import event, update

    from app.domain.errors import AccessDenied
    from app.domain.models import User

    reads: list[str] = []

    def note(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("SELECT"):
            reads.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        hits = lookup(ctx, "粤B12345")
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    assert [h.kind for h in hits][:1] == ["asset"]
    assert "wb_fact_name" in reads[0]  # the first search carries the rights
    assert not any(
        r.lstrip().startswith("SELECT users.name") for r in reads
    )  # no read of their own
    with db.write() as session:
        session.execute(update(User).where(User.id == ctx.actor.user_id).values(active=False))
    with pytest.raises(AccessDenied):
        lookup(ctx, "粤B12345")  # found, but not handed back
    with pytest.raises(AccessDenied):
        lookup(ctx, "查无此人")  # nothing found: the rights on their own
