"""Which time zone an event happens in, and how to name it.

An event is stored as two aware datetimes plus the IANA name of the zone of its venue
(``Asia/Seoul``). Visitors read the times as a clock at the venue shows them, with the zone
named ("09:00 KST (Asia/Seoul)"), whatever their own time zone: a delegate flying from Lyon
to Seoul wants to know when to be in the room, not what time it is in Lyon.

The zone defaults to the host city's country. Countries that span several zones are
left out on purpose: there the editor must choose, because a wrong guess (Perth is three
hours behind Sydney) would be silently wrong.
"""

from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from django.core.exceptions import ValidationError

# ISO 3166-1 alpha-2 code → the single zone of the country (mainland, for Spain and
# Portugal: editors override for the Canaries, Madeira and the Azores).
COUNTRY_TIME_ZONES = {
    # EU member states
    "AT": "Europe/Vienna",
    "BE": "Europe/Brussels",
    "BG": "Europe/Sofia",
    "CY": "Asia/Nicosia",
    "CZ": "Europe/Prague",
    "DE": "Europe/Berlin",
    "DK": "Europe/Copenhagen",
    "EE": "Europe/Tallinn",
    "ES": "Europe/Madrid",
    "FI": "Europe/Helsinki",
    "FR": "Europe/Paris",
    "GR": "Europe/Athens",
    "HR": "Europe/Zagreb",
    "HU": "Europe/Budapest",
    "IE": "Europe/Dublin",
    "IT": "Europe/Rome",
    "LT": "Europe/Vilnius",
    "LU": "Europe/Luxembourg",
    "LV": "Europe/Riga",
    "MT": "Europe/Malta",
    "NL": "Europe/Amsterdam",
    "PL": "Europe/Warsaw",
    "PT": "Europe/Lisbon",
    "RO": "Europe/Bucharest",
    "SE": "Europe/Stockholm",
    "SI": "Europe/Ljubljana",
    "SK": "Europe/Bratislava",
    # The United Kingdom took part in the 2017–2018 cycle.
    "GB": "Europe/London",
    # Partner countries with one zone
    "KR": "Asia/Seoul",
    "VN": "Asia/Ho_Chi_Minh",
    "ZA": "Africa/Johannesburg",
}

# Partner countries with several zones: the editor chooses among these.
MULTI_ZONE_COUNTRIES = {
    "AU": (
        "Australia/Sydney",
        "Australia/Melbourne",
        "Australia/Brisbane",
        "Australia/Adelaide",
        "Australia/Darwin",
        "Australia/Perth",
        "Australia/Hobart",
    ),
    "ID": ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"),
}


@cache
def _known_zones():
    # available_timezones() reads the tz database from disk: once per process is enough.
    return frozenset(available_timezones())


def time_zone_choices():
    """(value, label) pairs for the admin's time zone menu, sorted by name."""
    return [(name, name.replace("_", " ")) for name in sorted(_known_zones())]


def validate_time_zone(value):
    if value and value not in _known_zones():
        raise ValidationError(
            "“%(value)s” is not a time zone name. Choose one from the list, such as Asia/Seoul.",
            params={"value": value},
            code="invalid_time_zone",
        )


def zone_for_country(iso_code):
    """The country's only time zone, or None when it has several (or is unknown)."""
    return COUNTRY_TIME_ZONES.get((iso_code or "").upper())


def get_zone(name):
    """A ZoneInfo for a stored zone name; UTC for an empty or unknown one."""
    try:
        return ZoneInfo(name) if name else ZoneInfo("UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def zone_abbreviation(value):
    """The short name of the zone at that moment: KST, CET, CEST, or UTC+07 where the
    tz database has no letters (Vietnam, Indonesia's eastern zones)."""
    abbreviation = value.tzname() or ""
    if abbreviation[:1] in "+-" and abbreviation:
        return f"UTC{abbreviation}"
    return abbreviation


def make_aware_in_zone(naive, zone_name):
    """A wall-clock time at the venue as an aware datetime.

    Raises ValidationError for a time the clocks skip (02:30 on the night summer time
    starts), where any answer would be a guess.
    """
    zone = get_zone(zone_name)
    aware = naive.replace(tzinfo=zone)
    round_trip = aware.astimezone(ZoneInfo("UTC")).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:
        raise ValidationError(
            "%(time)s does not exist in %(zone)s: the clocks change that night. "
            "Choose another time.",
            params={"time": naive.strftime("%Y-%m-%d %H:%M"), "zone": zone_name},
            code="nonexistent_time",
        )
    return aware


def to_wall_clock(value, zone_name):
    """An aware datetime as the naive time a clock at the venue shows."""
    if value is None:
        return None
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(get_zone(zone_name)).replace(tzinfo=None)
    return value
