"""PyMySQL's DATETIME decoding, faster: the collector reads a DATETIME in every cdr row and
several per call written (the report peaks read the batch's calls back).

PyMySQL decodes a DATETIME column's text with a regular expression and int() of each part;
the text a server sends for a DATETIME column is ``YYYY-MM-DD HH:MM:SS`` (plus a fraction
when the column keeps one), which ``datetime.fromisoformat`` reads in C. Anything else (a
fraction, a zero date, an impossible date) goes to PyMySQL's own decoder, so every value
decodes as before.
"""

from __future__ import annotations

from datetime import datetime

from pymysql.constants import FIELD_TYPE
from pymysql.converters import convert_datetime
from sqlalchemy import Connection


def decode_datetime(value: object) -> object:
    """What PyMySQL's ``convert_datetime`` returns for a DATETIME column's text."""
    if isinstance(value, str) and len(value) == 19:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    return convert_datetime(value)


def fast_datetimes(conn: Connection) -> None:
    """This connection's PyMySQL connection decodes DATETIME columns with
    :func:`decode_datetime` (nothing to do on another driver)."""
    decoders = getattr(conn.connection.driver_connection, "decoders", None)
    if isinstance(decoders, dict) and decoders.get(FIELD_TYPE.DATETIME) is convert_datetime:
        decoders[FIELD_TYPE.DATETIME] = decode_datetime
