"""Clients: the directory, the card, custom fields, numbers and caller identification.

* :mod:`~app.clients.directory` — keyset pages over clients, search, per-column filters.
* :mod:`~app.clients.column_filters` / :mod:`~app.clients.column_values` — the table headers'
  value filters (SQL) and the values each column lists with counts.
* :mod:`~app.clients.views` — the table's last filter and named views, per employee.
* :mod:`~app.clients.card` — the card: load, validate, save with optimistic locking, delete.
* :mod:`~app.clients.fields` — custom card fields and the values each type accepts.
* :mod:`~app.clients.history` — a card's change history and its calls with totals.
* :mod:`~app.clients.numbers` — an unknown number: a new client with it, or added to a client.
* :mod:`~app.clients.caller_id` — who is calling: a number's owner and last calls, for the pop-up.
* :mod:`~app.clients.importing` / :mod:`~app.clients.export` — xlsx / csv in and out.
"""
