"""A FreePBX ``cdr`` table in a real MariaDB, and the rows Asterisk writes per scenario.

The column set and indexes are FreePBX's (``asteriskcdrdb.cdr``). Each scenario function
returns the rows of one logical call as Asterisk 16+ writes them (PBX_CDR.md): one row per
device rung in a ring group or queue, two for a blind transfer, three for an attended one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, text
from sqlalchemy.orm import Session

from app.phones import reversed_digits
from models import Client, ContactPerson, Employee, Phone

CDR_DDL = """
CREATE TABLE `cdr` (
  `calldate` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `clid` varchar(80) NOT NULL DEFAULT '',
  `src` varchar(80) NOT NULL DEFAULT '',
  `dst` varchar(80) NOT NULL DEFAULT '',
  `dcontext` varchar(80) NOT NULL DEFAULT '',
  `channel` varchar(80) NOT NULL DEFAULT '',
  `dstchannel` varchar(80) NOT NULL DEFAULT '',
  `lastapp` varchar(80) NOT NULL DEFAULT '',
  `lastdata` varchar(80) NOT NULL DEFAULT '',
  `duration` int(11) NOT NULL DEFAULT 0,
  `billsec` int(11) NOT NULL DEFAULT 0,
  `disposition` varchar(45) NOT NULL DEFAULT '',
  `amaflags` int(11) NOT NULL DEFAULT 0,
  `accountcode` varchar(20) NOT NULL DEFAULT '',
  `uniqueid` varchar(32) NOT NULL DEFAULT '',
  `userfield` varchar(255) NOT NULL DEFAULT '',
  `did` varchar(50) NOT NULL DEFAULT '',
  `recordingfile` varchar(255) NOT NULL DEFAULT '',
  `cnum` varchar(80) NOT NULL DEFAULT '',
  `cnam` varchar(80) NOT NULL DEFAULT '',
  `outbound_cnum` varchar(80) NOT NULL DEFAULT '',
  `outbound_cnam` varchar(80) NOT NULL DEFAULT '',
  `dst_cnam` varchar(80) NOT NULL DEFAULT '',
  `linkedid` varchar(32) NOT NULL DEFAULT '',
  `peeraccount` varchar(80) NOT NULL DEFAULT '',
  `sequence` int(11) NOT NULL DEFAULT 0,
  KEY `calldate` (`calldate`),
  KEY `dst` (`dst`),
  KEY `accountcode` (`accountcode`),
  KEY `uniqueid` (`uniqueid`),
  KEY `did` (`did`),
  KEY `recordingfile` (`recordingfile`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
"""

TRUNK = "PJSIP/trunk"
DID = "+74950000000"
EMPLOYEES = {"101": "Ivanova", "102": "Petrov", "103": "Sidorova", "104": "Kuznetsov"}
CLIENT_NUMBER = "+74951112233"
CONTACT_NUMBER = "+74951112244"


def create_cdr_table(engine: Engine, *, index_calldate: bool = True) -> None:
    ddl = CDR_DDL if index_calldate else CDR_DDL.replace("  KEY `calldate` (`calldate`),\n", "")
    with engine.begin() as conn:
        conn.execute(text(ddl))


def insert_rows(engine: Engine, rows: Sequence[dict[str, Any]], table: str = "cdr") -> None:
    """Rows (all with the same keys) into a PBX table, as the PBX writes them."""
    if not rows:
        return
    columns = sorted(rows[0])
    sql = text(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
    )
    with engine.begin() as conn:
        conn.execute(sql, list(rows))


def seed_directory(engine: Engine, created: datetime) -> dict[str, int]:
    """Employees 101-104 and a client with a number and a contact person's number.

    Returns the ids: extension -> employee id, plus "client" and "contact"."""
    ids: dict[str, int] = {}
    with Session(engine) as session, session.begin():
        for ext, name in EMPLOYEES.items():
            employee = Employee(
                login=name.lower(),
                full_name=name,
                extension=ext,
                password_hash="-",
                created_at=created,
            )
            session.add(employee)
            session.flush()
            ids[ext] = employee.id
        client = Client(
            display_name="Romashka",
            responsible_id=ids["104"],
            created_at=created,
            updated_at=created,
        )
        session.add(client)
        session.flush()
        contact = ContactPerson(client_id=client.id, full_name="Anna")
        session.add(contact)
        session.flush()
        for number, contact_id in ((CLIENT_NUMBER, None), (CONTACT_NUMBER, contact.id)):
            session.execute(
                insert(Phone).values(
                    number=number,
                    digits_reversed=reversed_digits(number),
                    client_id=client.id,
                    contact_id=contact_id,
                    created_at=created,
                )
            )
        ids["client"] = client.id
        ids["contact"] = contact.id
    return ids


def recording_name(kind: str, to: str, frm: str, at: datetime, uniqueid: str) -> str:
    return f"{kind}-{to}-{frm}-{at:%Y%m%d-%H%M%S}-{uniqueid}.wav"


@dataclass
class Cdr:
    """Builds rows like Asterisk: unique ids and channel names, one counter per PBX."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    _n: int = 1000

    def uniqueid(self, at: datetime) -> str:
        self._n += 1
        return f"{int(at.timestamp())}.{self._n}"

    def channel(self, base: str) -> str:
        self._n += 1
        return f"{base}-{self._n:08x}"

    def row(
        self,
        at: datetime,
        *,
        linkedid: str,
        uniqueid: str,
        channel: str,
        src: str,
        dst: str,
        duration: int,
        disposition: str,
        dstchannel: str = "",
        billsec: int = 0,
        dcontext: str = "from-trunk",
        lastapp: str = "Dial",
        lastdata: str = "",
        sequence: int = 0,
        recordingfile: str = "",
    ) -> dict[str, Any]:
        row = {
            "calldate": at,
            "clid": f'"" <{src}>',
            "src": src,
            "dst": dst,
            "dcontext": dcontext,
            "channel": channel,
            "dstchannel": dstchannel,
            "lastapp": lastapp,
            "lastdata": lastdata,
            "duration": duration,
            "billsec": billsec,
            "disposition": disposition,
            "uniqueid": uniqueid,
            "linkedid": linkedid,
            "sequence": sequence or self._next_sequence(),
            "recordingfile": recordingfile,
            "did": DID if dcontext == "from-trunk" else "",
        }
        self.rows.append(row)
        return row

    def _next_sequence(self) -> int:
        self._n += 1
        return self._n

    # -- scenarios: each returns the call's linkedid ---------------------------------------

    def incoming(
        self,
        at: datetime,
        caller: str,
        ext: str,
        *,
        ring: int = 8,
        talk: int = 60,
        recording: bool = False,
        unanswered: str = "NO ANSWER",
    ) -> str:
        """``unanswered``: the leg's disposition when nobody talked (BUSY, CONGESTION…)."""
        uid = self.uniqueid(at)
        disposition = "ANSWERED" if talk else unanswered
        self.row(
            at,
            linkedid=uid,
            uniqueid=uid,
            channel=self.channel(TRUNK),
            dstchannel=self.channel(f"PJSIP/{ext}"),
            src=caller,
            dst=ext,
            duration=ring + talk,
            billsec=talk,
            disposition=disposition,
            lastdata=f"PJSIP/{ext},30",
            recordingfile=recording_name("in", ext, caller, at, uid) if recording else "",
        )
        return uid

    def outgoing(
        self,
        at: datetime,
        ext: str,
        number: str,
        disposition: str,
        *,
        ring: int = 10,
        talk: int = 0,
    ) -> str:
        uid = self.uniqueid(at)
        self.row(
            at,
            linkedid=uid,
            uniqueid=uid,
            channel=self.channel(f"PJSIP/{ext}"),
            dstchannel="" if disposition == "FAILED" else self.channel(TRUNK),
            src=ext,
            dst=number,
            duration=ring + talk,
            billsec=talk,
            disposition=disposition,
            dcontext="from-internal",
            lastdata=f"PJSIP/{number}@trunk",
        )
        return uid

    def internal(self, at: datetime, ext: str, to: str, *, ring: int = 5, talk: int = 30) -> str:
        uid = self.uniqueid(at)
        self.row(
            at,
            linkedid=uid,
            uniqueid=uid,
            channel=self.channel(f"PJSIP/{ext}"),
            dstchannel=self.channel(f"PJSIP/{to}"),
            src=ext,
            dst=to,
            duration=ring + talk,
            billsec=talk,
            disposition="ANSWERED" if talk else "NO ANSWER",
            dcontext="from-internal",
        )
        return uid

    def ring_group(
        self,
        at: datetime,
        caller: str,
        members: Sequence[str],
        answering: str | None,
        *,
        ring: int = 12,
        talk: int = 90,
    ) -> str:
        uid = self.uniqueid(at)
        trunk = self.channel(TRUNK)
        for ext in members:
            answered = ext == answering
            self.row(
                at,
                linkedid=uid,
                uniqueid=uid,
                channel=trunk,
                dstchannel=self.channel(f"PJSIP/{ext}"),
                src=caller,
                dst="600",
                duration=ring + (talk if answered else 0),
                billsec=talk if answered else 0,
                disposition="ANSWERED" if answered else "NO ANSWER",
                dcontext="ext-group",
                lastdata="PJSIP/101&PJSIP/102&PJSIP/103,20",
            )
        return uid

    def queue(
        self,
        at: datetime,
        caller: str,
        members: Sequence[str],
        answering: str | None,
        *,
        wait: int = 40,
        talk: int = 120,
        recording: bool = False,
    ) -> str:
        """FreePBX queue members are Local/<ext>@from-queue channels; the answering one has
        its ``;2`` half towards the phone (plumbing the collector must not count)."""
        uid = self.uniqueid(at)
        trunk = self.channel(TRUNK)
        rec = recording_name("q", "400", caller, at, uid) if recording else ""
        for ext in members:
            answered = ext == answering
            local = self.channel(f"Local/{ext}@from-queue")
            self.row(
                at,
                linkedid=uid,
                uniqueid=uid,
                channel=trunk,
                dstchannel=f"{local};1",
                src=caller,
                dst="400",
                duration=wait + (talk if answered else 0),
                billsec=talk if answered else 0,
                disposition="ANSWERED" if answered else "NO ANSWER",
                dcontext="ext-queues",
                lastapp="Queue",
                lastdata="400,t,,,300",
                recordingfile=rec,
            )
            if answered:
                half = self.uniqueid(at)
                self.row(
                    at + timedelta(seconds=wait - 5),
                    linkedid=uid,
                    uniqueid=half,
                    channel=f"{local};2",
                    dstchannel=self.channel(f"PJSIP/{ext}"),
                    src=caller,
                    dst=ext,
                    duration=5 + talk,
                    billsec=talk,
                    disposition="ANSWERED",
                    dcontext="from-queue",
                )
        return uid

    def blind_transfer(
        self,
        at: datetime,
        caller: str,
        first: str,
        second: str,
        *,
        talk1: int = 30,
        talk2: int = 50,
    ) -> str:
        uid = self.uniqueid(at)
        trunk = self.channel(TRUNK)
        self.row(
            at,
            linkedid=uid,
            uniqueid=uid,
            channel=trunk,
            dstchannel=self.channel(f"PJSIP/{first}"),
            src=caller,
            dst=first,
            duration=5 + talk1,
            billsec=talk1,
            disposition="ANSWERED",
            recordingfile=recording_name("in", first, caller, at, uid),
        )
        moved = at + timedelta(seconds=5 + talk1)
        self.row(
            moved,
            linkedid=uid,
            uniqueid=uid,
            channel=trunk,
            dstchannel=self.channel(f"PJSIP/{second}"),
            src=caller,
            dst=second,
            duration=4 + talk2,
            billsec=talk2,
            disposition="ANSWERED",
            dcontext="from-internal-xfer",
            recordingfile=recording_name("exten", second, caller, moved, uid),
        )
        return uid

    def attended_transfer(
        self,
        at: datetime,
        caller: str,
        first: str,
        second: str,
        *,
        talk1: int = 40,
        consult: int = 20,
        talk2: int = 60,
    ) -> str:
        """Alice (caller) - Bob (first); Bob consults Charlie (second) on a new channel with
        the caller's linkedid; then Alice - Charlie."""
        uid, _, _ = self._attended(at, caller, first, second, talk1, consult, talk2, False)
        return uid

    def phone_attended_transfer(
        self,
        at: datetime,
        caller: str,
        first: str,
        second: str,
        *,
        talk1: int = 40,
        consult: int = 20,
        talk2: int = 60,
    ) -> tuple[str, str, list[dict[str, Any]]]:
        """The phone of ``first`` transfers by itself (SIP REFER with Replaces): its consult
        call to ``second`` is a call of its own (own linkedid), and the colleague's channel
        is then bridged to the caller — the linkedid chain is broken, one channel name is
        shared. Returns (the caller's linkedid, the consult's, the joining row)."""
        return self._attended(at, caller, first, second, talk1, consult, talk2, True)

    def _attended(
        self,
        at: datetime,
        caller: str,
        first: str,
        second: str,
        talk1: int,
        consult: int,
        talk2: int,
        own_consult_linkedid: bool,
    ) -> tuple[str, str, list[dict[str, Any]]]:
        """Three rows: the caller with ``first``, ``first``'s consult of ``second``, the
        caller with ``second`` (on the colleague's same channel)."""
        uid = self.uniqueid(at)
        trunk = self.channel(TRUNK)
        self.row(
            at,
            linkedid=uid,
            uniqueid=uid,
            channel=trunk,
            dstchannel=self.channel(f"PJSIP/{first}"),
            src=caller,
            dst=first,
            duration=5 + talk1 + consult,
            billsec=talk1 + consult,
            disposition="ANSWERED",
        )
        consult_at = at + timedelta(seconds=5 + talk1)
        consult_id = self.uniqueid(consult_at)
        colleague = self.channel(f"PJSIP/{second}")
        self.row(
            consult_at,
            linkedid=consult_id if own_consult_linkedid else uid,
            uniqueid=consult_id,
            channel=self.channel(f"PJSIP/{first}"),
            dstchannel=colleague,
            src=first,
            dst=second,
            duration=3 + consult,
            billsec=consult,
            disposition="ANSWERED",
            dcontext="from-internal",
        )
        joined = consult_at + timedelta(seconds=3 + consult)
        joining = self.row(
            joined,
            linkedid=uid,
            uniqueid=uid,
            channel=trunk,
            dstchannel=colleague,
            src=caller,
            dst=second,
            duration=talk2,
            billsec=talk2,
            disposition="ANSWERED",
        )
        return uid, consult_id, [joining]

    def ivr_hangup(self, at: datetime, caller: str) -> str:
        uid = self.uniqueid(at)
        self.row(
            at,
            linkedid=uid,
            uniqueid=uid,
            channel=self.channel(TRUNK),
            src=caller,
            dst="s",
            duration=15,
            billsec=15,
            disposition="ANSWERED",
            dcontext="ivr-1",
            lastapp="BackGround",
            lastdata="custom/welcome",
        )
        return uid

    def voicemail(self, at: datetime, caller: str, ext: str) -> str:
        uid = self.uniqueid(at)
        trunk = self.channel(TRUNK)
        self.row(
            at,
            linkedid=uid,
            uniqueid=uid,
            channel=trunk,
            dstchannel=self.channel(f"PJSIP/{ext}"),
            src=caller,
            dst=ext,
            duration=20,
            disposition="NO ANSWER",
        )
        self.row(
            at,
            linkedid=uid,
            uniqueid=uid,
            channel=trunk,
            src=caller,
            dst=f"vmu{ext}",
            duration=45,
            billsec=25,
            disposition="ANSWERED",
            dcontext="ext-local",
            lastapp="VoiceMail",
            lastdata=f"{ext}@default,u",
        )
        return uid


def every_minute(start: datetime) -> Iterator[datetime]:
    moment = start
    while True:
        yield moment
        moment += timedelta(minutes=1)


def master_csv_line(row: dict[str, Any]) -> str:
    """The row as Asterisk's cdr_csv writes it to Master.csv (``newcdrcolumns = yes``)."""
    import csv
    import io

    start: datetime = row["calldate"]
    end = start + timedelta(seconds=row["duration"])
    answer = end - timedelta(seconds=row["billsec"]) if row["billsec"] else None
    fields = [
        "",
        row["src"],
        row["dst"],
        row["dcontext"],
        row["clid"],
        row["channel"],
        row["dstchannel"],
        row["lastapp"],
        row["lastdata"],
        f"{start:%Y-%m-%d %H:%M:%S}",
        f"{answer:%Y-%m-%d %H:%M:%S}" if answer else "",
        f"{end:%Y-%m-%d %H:%M:%S}",
        str(row["duration"]),
        str(row["billsec"]),
        row["disposition"],
        "DOCUMENTATION",
        row["uniqueid"],
        "",
        "",
        row["linkedid"],
        str(row["sequence"]),
    ]
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(fields)
    return out.getvalue()
