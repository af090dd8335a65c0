"""Place names for "what time is it in X": a small city -> IANA zone table plus IANA names.

`parse_zone` only recognises shapes and table entries (no file access), so it is safe in the
pure parser; `tools.dates` checks the zone against zoneinfo when it runs. Unknown places give
None, and the dates tool abstains so the model can answer.
"""

from __future__ import annotations

import re

CITY_ZONES: dict[str, str] = {
    "utc": "UTC", "gmt": "Etc/GMT", "zulu": "UTC",
    "new york": "America/New_York", "new york city": "America/New_York", "nyc": "America/New_York",
    "boston": "America/New_York", "washington": "America/New_York", "miami": "America/New_York",
    "atlanta": "America/New_York", "toronto": "America/Toronto", "montreal": "America/Toronto",
    "chicago": "America/Chicago", "houston": "America/Chicago", "dallas": "America/Chicago",
    "mexico city": "America/Mexico_City", "denver": "America/Denver", "phoenix": "America/Phoenix",
    "los angeles": "America/Los_Angeles", "la": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles",
    "vancouver": "America/Vancouver", "anchorage": "America/Anchorage",
    "honolulu": "Pacific/Honolulu", "hawaii": "Pacific/Honolulu",
    "sao paulo": "America/Sao_Paulo", "são paulo": "America/Sao_Paulo",
    "rio de janeiro": "America/Sao_Paulo", "buenos aires": "America/Argentina/Buenos_Aires",
    "santiago": "America/Santiago", "lima": "America/Lima", "bogota": "America/Bogota",
    "london": "Europe/London", "dublin": "Europe/Dublin", "lisbon": "Europe/Lisbon",
    "paris": "Europe/Paris", "berlin": "Europe/Berlin", "madrid": "Europe/Madrid",
    "barcelona": "Europe/Madrid", "rome": "Europe/Rome", "milan": "Europe/Rome",
    "amsterdam": "Europe/Amsterdam", "brussels": "Europe/Brussels", "zurich": "Europe/Zurich",
    "geneva": "Europe/Zurich", "vienna": "Europe/Vienna", "prague": "Europe/Prague",
    "warsaw": "Europe/Warsaw", "stockholm": "Europe/Stockholm", "oslo": "Europe/Oslo",
    "copenhagen": "Europe/Copenhagen", "helsinki": "Europe/Helsinki", "athens": "Europe/Athens",
    "istanbul": "Europe/Istanbul", "kyiv": "Europe/Kyiv", "kiev": "Europe/Kyiv",
    "moscow": "Europe/Moscow", "cairo": "Africa/Cairo", "lagos": "Africa/Lagos",
    "nairobi": "Africa/Nairobi", "johannesburg": "Africa/Johannesburg",
    "cape town": "Africa/Johannesburg", "casablanca": "Africa/Casablanca",
    "dubai": "Asia/Dubai", "abu dhabi": "Asia/Dubai", "riyadh": "Asia/Riyadh",
    "tehran": "Asia/Tehran", "karachi": "Asia/Karachi", "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata", "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata", "kolkata": "Asia/Kolkata", "chennai": "Asia/Kolkata",
    "kathmandu": "Asia/Kathmandu", "dhaka": "Asia/Dhaka", "bangkok": "Asia/Bangkok",
    "jakarta": "Asia/Jakarta", "singapore": "Asia/Singapore", "kuala lumpur": "Asia/Kuala_Lumpur",
    "manila": "Asia/Manila", "hong kong": "Asia/Hong_Kong", "shanghai": "Asia/Shanghai",
    "beijing": "Asia/Shanghai", "shenzhen": "Asia/Shanghai", "taipei": "Asia/Taipei",
    "seoul": "Asia/Seoul", "tokyo": "Asia/Tokyo", "osaka": "Asia/Tokyo",
    "sydney": "Australia/Sydney", "melbourne": "Australia/Melbourne",
    "brisbane": "Australia/Brisbane", "perth": "Australia/Perth", "adelaide": "Australia/Adelaide",
    "auckland": "Pacific/Auckland", "wellington": "Pacific/Auckland",
    "reykjavik": "Atlantic/Reykjavik", "tel aviv": "Asia/Jerusalem", "jerusalem": "Asia/Jerusalem",
    # Abbreviations people use for "the local time over there" (IST is ambiguous: left out).
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pacific time":
    "America/Los_Angeles", "est": "America/New_York", "edt": "America/New_York",
    "eastern time": "America/New_York", "cst": "America/Chicago", "cdt": "America/Chicago",
    "central time": "America/Chicago", "mst": "America/Denver", "mdt": "America/Denver",
    "mountain time": "America/Denver", "bst": "Europe/London", "cet": "Europe/Paris",
    "cest": "Europe/Paris", "jst": "Asia/Tokyo", "aest": "Australia/Sydney",
}
_IANA = re.compile(r"(?:[A-Z][A-Za-z_]+/){1,2}[A-Z][A-Za-z_+-]+|UTC|Etc/[A-Za-z0-9+-]+")


def parse_zone(text: str) -> str | None:
    """'Tokyo' / 'new york' / 'Europe/Paris' / 'UTC' -> an IANA zone key, else None."""
    t = re.sub(r"\s+", " ", text.strip().rstrip("?.!")).strip()
    t = re.sub(r"^(?:the\s+)?(?:city\s+of\s+)?", "", t, flags=re.IGNORECASE)
    # "Paris, Texas" is not Paris: a qualified place name is not in our table, so abstain.
    key = t.lower()
    if key in CITY_ZONES:
        return CITY_ZONES[key]
    if _IANA.fullmatch(t):
        return t
    return None
