"""The callback worklist (issue 16): lost and missed callers collapsed into items to call back.

* :mod:`~app.callbacks.settings` — the company's callback target, window, working hours.
* :mod:`~app.callbacks.items` — the pure rule: attempts and contacts -> items (collapse, close).
* :mod:`~app.callbacks.worklist` — the items of a moment read from the database.
* :mod:`~app.callbacks.claims` — "Take it": one operator calls the caller back.
* :mod:`~app.callbacks.path` — why an item is open or closed, in words (the side panel).
"""

from app.callbacks.claims import Claim, ClaimConflict, release, take
from app.callbacks.items import Attempt, CallbackItem, Contact, collapse
from app.callbacks.settings import CallbackSettings, read_settings
from app.callbacks.worklist import Worklist, read_worklist

__all__ = [
    "Attempt",
    "CallbackItem",
    "CallbackSettings",
    "Claim",
    "ClaimConflict",
    "Contact",
    "Worklist",
    "collapse",
    "read_settings",
    "read_worklist",
    "release",
    "take",
]
