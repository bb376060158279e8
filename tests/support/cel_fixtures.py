"""A FreePBX ``cel`` table and the HANGUP events Asterisk writes for the calls that
tests/support/collector_fixtures.py's ``Cdr`` builds."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, text

from tests.support.collector_fixtures import insert_rows

# FreePBX's asteriskcdrdb.cel (installlib / the cel module's table).
CEL_DDL = """
CREATE TABLE `cel` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `eventtype` varchar(30) NOT NULL,
  `eventtime` datetime NOT NULL,
  `cid_name` varchar(80) NOT NULL DEFAULT '',
  `cid_num` varchar(80) NOT NULL DEFAULT '',
  `cid_ani` varchar(80) NOT NULL DEFAULT '',
  `cid_rdnis` varchar(80) NOT NULL DEFAULT '',
  `cid_dnid` varchar(80) NOT NULL DEFAULT '',
  `exten` varchar(80) NOT NULL DEFAULT '',
  `context` varchar(80) NOT NULL DEFAULT '',
  `channame` varchar(80) NOT NULL DEFAULT '',
  `appname` varchar(80) NOT NULL DEFAULT '',
  `appdata` varchar(80) NOT NULL DEFAULT '',
  `amaflags` int(11) NOT NULL DEFAULT 0,
  `accountcode` varchar(20) NOT NULL DEFAULT '',
  `uniqueid` varchar(32) NOT NULL DEFAULT '',
  `linkedid` varchar(32) NOT NULL DEFAULT '',
  `peer` varchar(80) NOT NULL DEFAULT '',
  `userdeftype` varchar(255) NOT NULL DEFAULT '',
  `extra` varchar(512) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `uniqueid_index` (`uniqueid`),
  KEY `linkedid_index` (`linkedid`),
  KEY `context_index` (`context`)
) DEFAULT CHARSET=utf8
"""


def create_cel_table(engine: Engine, *, index_linkedid: bool = True) -> None:
    ddl = (
        CEL_DDL if index_linkedid else CEL_DDL.replace("  KEY `linkedid_index` (`linkedid`),\n", "")
    )
    with engine.begin() as conn:
        conn.execute(text(ddl))


@dataclass
class Cel:
    """Channel events of calls, as Asterisk 13+ writes them with the stock FreePBX events."""

    rows: list[dict[str, Any]] = field(default_factory=list)

    def event(
        self, at: datetime, eventtype: str, channel: str, linkedid: str, **extra: Any
    ) -> None:
        self.rows.append(
            {
                "eventtype": eventtype,
                "eventtime": at.replace(microsecond=0),
                "channame": channel,
                "uniqueid": linkedid,
                "linkedid": linkedid,
                "extra": json.dumps(extra) if extra else "",
            }
        )

    def hung_up(
        self,
        cdr_rows: Sequence[dict[str, Any]],
        linkedid: str,
        by: str | None,
        *,
        end: bool = True,
        cause: int = 16,
        dialstatus: str = "ANSWER",
    ) -> None:
        """HANGUP / CHAN_END of every channel of the call's CDR rows, then LINKEDID_END.

        ``by``: the channel that asked for the hang-up — "customer" (the call's trunk
        channel), "employee" (the first phone channel), None (Asterisk itself: a timeout).
        The asking channel is hung up first, as Asterisk does. ``cause`` (Q.850) and
        ``dialstatus`` go into every HANGUP's ``extra``."""
        legs = [r for r in cdr_rows if r["linkedid"] == linkedid]
        assert legs, linkedid
        channels: list[str] = []
        for r in legs:
            for name in (r["channel"], r["dstchannel"]):
                if name and name not in channels:
                    channels.append(name)
        trunk = next((c for c in channels if c.startswith("PJSIP/trunk")), "")
        phone = next((c for c in channels if c.startswith("PJSIP/") and c != trunk), "")
        source = {"customer": trunk, "employee": phone, None: ""}[by]
        at = max(r["calldate"] + timedelta(seconds=r["duration"]) for r in legs)
        ordered = sorted(channels, key=lambda c: c != source)
        for name in ordered:
            self.event(
                at,
                "HANGUP",
                name,
                linkedid,
                hangupcause=cause,
                hangupsource=source,
                dialstatus=dialstatus,
            )
            self.event(at, "CHAN_END", name, linkedid)
        if end:
            self.event(at, "LINKEDID_END", channels[0], linkedid)

    def flush(self, engine: Engine) -> None:
        insert_rows(engine, self.rows, "cel")
        self.rows.clear()
