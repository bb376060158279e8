"""Text in exported spreadsheets stays text: no cell of ours becomes a formula (issue 18).

A value a user or an imported file put in the database (a client named ``=HYPERLINK(…)``, a
comment starting with ``@SUM(…)`` or ``-2+3+cmd|' /C calc'!A0``) is run by Excel or LibreOffice
when the exported file is opened, if the cell holds it as a formula. Every export writes its
text cells through this module (OWASP "CSV injection"):

* **xlsx**: text is written as a string-typed cell, so the file holds exactly what the user
  typed, never a formula or an error value; text that starts like a formula also gets Excel's
  own "quote prefix" mark (what Excel stores when someone types ``'=…``), so editing the cell
  later does not turn it into one either. A phone number ``+7 999 123-45-67`` reads as typed.
* **csv** has no types: a text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return is written with a leading single quote. The one exception is text made only of
  digits, spaces and ``+ - ( ) . /`` — a phone number as the operator typed it, a negative
  amount: without a letter it can name no function, no cell and no other program, so it cannot
  do harm, and the operator's ``+7 999 123-45-67`` stays as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["csv_value", "formula_like", "plain_text", "xlsx_value"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A phone number or a number as people type them: nothing a spreadsheet could call or read.
_NUMBER_LIKE = re.compile(r"[0-9 +\-().,/]*[0-9][0-9 +\-().,/]*")
# Strings openpyxl would store as something other than text.
_OPENPYXL_ERRORS = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))


def formula_like(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` for a formula that does something."""
    if not text.startswith(FORMULA_STARTS):
        return False
    return text[0] in "=@\t\r" or _NUMBER_LIKE.fullmatch(text) is None


def csv_value(value: Any) -> Any:
    """``value`` as a csv writer should get it: text that starts like a formula is quoted."""
    if isinstance(value, str) and formula_like(value):
        return "'" + value
    return value


def _needs_cell(text: str) -> bool:
    return formula_like(text) or text.startswith("=") or text in _OPENPYXL_ERRORS


def xlsx_value(sheet: Any, value: Any) -> Any:
    """``value`` for a write-only sheet's ``append``: text openpyxl would not keep as text
    becomes an explicit string cell (anything else is returned as it is)."""
    if not isinstance(value, str) or not _needs_cell(value):
        return value
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]

    cell = WriteOnlyCell(sheet, value=value)
    _as_text(cell)
    return cell


def plain_text(cells: Iterable[Any]) -> None:
    """The same for cells already in a (normal, not write-only) sheet."""
    for cell in cells:
        if isinstance(cell.value, str) and _needs_cell(cell.value):
            _as_text(cell)


def _as_text(cell: Any) -> None:
    cell.data_type = "s"
    if formula_like(cell.value):
        cell.quotePrefix = True
