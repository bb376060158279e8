"""Calls as they are written: the status rule, the shared writer and the two call sources.

* :mod:`~app.calls.status` — the call status rule, as a pure function and as SQL.
* :mod:`~app.calls.writer` — a finished call into the journal: parts, participants, status,
  callback links — one transaction, shared by both sources.
* :mod:`~app.calls.softphone_log` — the softphone's calls, when the softphones are the source.
* :mod:`~app.calls.collector` — the PBX collector (cdr, cel, queue_log) when the PBX is.
"""
