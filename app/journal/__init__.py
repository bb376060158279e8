"""The call journal: what the operator asked to see, and the calls that answer it.

* :mod:`~app.journal.filter` — the journal filter (period, toggles, search text) as a value.
* :mod:`~app.journal.search` — the search line resolved to numbers, clients and employees.
* :mod:`~app.journal.plan` — which index drives a page, in display order.
* :mod:`~app.journal.rows` — a journal line as the GUI gets it.
* :mod:`~app.journal.query` — a filter prepared once (validated, search resolved), then its
  pages by keyset, new calls and capped counts; the "no answer" mark.
* :mod:`~app.journal.details` — everything the side panel shows about one call.
* :mod:`~app.journal.comments` — a call's comment, saved with an optimistic version check.
* :mod:`~app.journal.export` — the current view to xlsx or csv.
"""

from app.journal.filter import JournalFilter, PeriodPreset, period
from app.journal.query import JournalError, fetch_page, iter_rows
from app.journal.rows import JournalRow

__all__ = [
    "JournalError",
    "JournalFilter",
    "JournalRow",
    "PeriodPreset",
    "fetch_page",
    "iter_rows",
    "period",
]
