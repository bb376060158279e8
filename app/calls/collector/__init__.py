"""The PBX call collector (DESIGN.md §5, PBX_CDR.md): Asterisk / FreePBX CDR rows into the
journal, incremental and idempotent, one active instance per PBX.

``sources`` reads rows, ``grouping`` and ``classify`` turn legs into calls, ``linking``
ties them to employees, clients and recordings, ``store`` writes them, ``lease`` keeps one
collector per PBX and its heartbeat, ``run`` is the ``calldesk collect`` loop.
"""

from app.calls.collector.lease import CollectorStatus, collector_status

__all__ = ["CollectorStatus", "collector_status"]
