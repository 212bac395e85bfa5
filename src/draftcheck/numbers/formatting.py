"""Write numbers back into Chinese messages the way the report writes them (68787万元, 2.25亿元)."""

from __future__ import annotations

from decimal import Decimal, localcontext

from draftcheck.numbers.quantity import MAGNITUDES, Quantity

_MAGNITUDE_NAMES = {value: name for name, value in MAGNITUDES.items() if name in ("千", "万", "亿", "万亿", "千万", "百万")}


def plain(value: Decimal, places: int | None = None) -> str:
    """A Decimal without exponent or trailing zeros (``places`` rounds first): 68585, 0.8, 12.3."""
    if places is not None and value.is_finite():
        # Enough digits for a huge value rounded to many places (30 nines in a table cell): the default
        # context's 28 digits would make quantize raise InvalidOperation.
        with localcontext() as context:
            context.prec = max(context.prec, value.adjusted() + places + 2)
            value = value.quantize(Decimal(1).scaleb(-places))
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def unit_text(quantity: Quantity) -> str:
    """The magnitude and unit as written after the number: 万元, 亿元, %, 个."""
    return _MAGNITUDE_NAMES.get(quantity.magnitude, "") + quantity.unit


def in_units_of(value_in_base: Decimal, reference: Quantity, extra_places: int = 0) -> str:
    """A base-unit value written in ``reference``'s magnitude and unit, to its precision: 68585万元."""
    places = reference.decimals + extra_places
    return plain(value_in_base / reference.magnitude, places) + unit_text(reference)


def as_written(quantity: Quantity, text: str) -> str:
    """The quantity exactly as the document writes it (full-width digits and all)."""
    return text[quantity.start : quantity.end]


def format_number(value: Decimal, places: int) -> str:
    """``value`` rounded to ``places`` decimals, without exponent notation."""
    quantum = Decimal(1).scaleb(-places)
    if not value.is_finite():
        return str(value)
    with localcontext() as ctx:
        ctx.prec = max(40, value.adjusted() + places + 5)
        rounded = value.quantize(quantum)
    text = f"{rounded:f}"
    return "0" if text in ("-0", "-0.0") else text


def format_percent(fraction: Decimal, places: int) -> str:
    """A fraction as a percentage number (``0.12214`` -> ``12.21``)."""
    return format_number(fraction * 100, places)


def message_places(stated_decimals: int, minimum: int = 2) -> int:
    """Decimals to show a recomputed figure with in a message: at least ``minimum``."""
    return max(stated_decimals, minimum)
