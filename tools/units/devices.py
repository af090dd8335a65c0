"""A device said to show only one unit, beside a reading told, for the units frames: "tyre
placard says 32 psi, the garage pump only does kPa" (the reading wanted in the device's unit),
"… 2.4 bar but the air pump only reads psi. What psi?" (the device left out of the question).
`device_left_out(body, parse)` gives the request `parse` (the frames' whole-request reader)
makes of the text said plainly, or None. Pure regex work.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tools.units.grammar import UnitsRequest

# A device said to use only the unit asked, after the quantity told: "… 65 psi but our track pump
# only shows bar." (no number in it: what the quantity is stays told before it)
_BUT_ONLY_SHOWS = re.compile(
    r"\s+but\s+(?:the|my|our|this|that|his|her|their)\s+(?:[a-z'-]+\s+){1,6}?(?:only\s+)?"
    r"(?:reads?|shows?|displays?|works\s+in|goes\s+by|thinks\s+in|uses?)\s+(?:in\s+)?"
    r"[a-z°/²³]+(?:\s+[a-z°/²³]+)?(?=[.;]\s)",
    re.IGNORECASE,
)


# A reading told, then a device said to show only another unit, and nothing asked: "tyre
# placard says 32 psi, the garage pump only does kPa" (the reading wanted in that unit)
_ONLY_DOES = re.compile(
    r"^(?P<story>[^?]*\d[^?]*?)(?:(?:[,;.]|\s[—–-])\s+(?:and\s+|but\s+)?|\s+but\s+)"
    r"(?:the|my|our|this|that)\s+"
    r"[a-z' ]{1,30}?\s+(?:only\s+(?:does|do|reads?|shows?|displays?|takes|accepts|uses|works\s+in)"
    r"|(?:is|reads|works|shows)\s+in)\s+"  # ("but the garage gauge is in kPa — convert": set 173)
    r"(?P<t>[A-Za-z°/ ]{1,20}?)(?:\s*(?:\s[—–-]|[,.])\s*convert(?:\s+(?:it|that|please))*)?\s*[.!]?$",
    re.IGNORECASE,
)


def device_left_out(body: str, parse: Callable[[str], UnitsRequest | None]) -> UnitsRequest | None:
    """The request without a device said to show only the unit the question names ("… 2.4 bar
    but the air pump only reads psi. What psi?"), when the device was not read as the target;
    or, with nothing asked, the reading in the only unit the device shows."""
    if only := _ONLY_DOES.match(body):
        return parse(f"{only['story']}. How many {only['t']} is that?")
    if " but " not in body or (cut := _BUT_ONLY_SHOWS.sub("", body)) == body:
        return None
    return parse(cut)
