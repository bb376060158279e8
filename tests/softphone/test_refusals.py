"""pjsua2's refusals sorted into what the operator is told (softphone.calls.refusal), and the
words the panel shows for them (ui.softphone.refusals)."""

from __future__ import annotations

import pytest

from softphone.calls import refusal
from softphone.engine import Refusal, Softphone, SoftphoneError
from tests.support.sipp import free_udp_port
from tests.support.softphone_support import account, running
from ui.softphone.refusals import refusal_text

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.mark.parametrize(
    ("status", "text", "kind"),
    [
        (70013, "Invalid operation (PJ_EINVALIDOP)", Refusal.NOT_NOW),
        (171060, "Session already terminated (PJSIP_ESESSIONTERMINATED)", Refusal.NO_CALL),
        (171039, "Invalid URI (PJSIP_EINVALIDURI)", Refusal.BAD_ADDRESS),
        (70018, "Unable to resolve (PJ_ERESOLVE)", Refusal.NETWORK),
        (120111, "Connection refused", Refusal.NETWORK),  # the OS's errno 111
        (70010, "Too many objects of the specified type (PJ_ETOOMANY)", Refusal.TOO_MANY),
        (70001, "Unknown Error (PJ_EUNKNOWN)", Refusal.OTHER),
    ],
)
def test_pjsip_errors_are_sorted_by_their_symbol_or_range(
    status: int, text: str, kind: Refusal
) -> None:
    assert refusal(status, text) is kind


def test_the_operator_reads_words_not_pjsip_symbols() -> None:
    for kind in Refusal:
        if kind is Refusal.SAID:
            continue
        words = refusal_text(SoftphoneError("Invalid operation (PJ_EINVALIDOP)", kind))
        assert words and words[0].isupper() and words.endswith(".")
        if kind is not Refusal.OTHER:  # only "could not do it (…)" keeps the detail
            assert "PJ_" not in words
    said = SoftphoneError("Phone: not set up", Refusal.SAID)
    assert refusal_text(said) == "Phone: not set up"


def test_a_number_pjsip_cannot_address_is_a_bad_address() -> None:
    """The real engine, asked to call what no SIP URI can hold."""
    with running() as phone:
        phone.start(account(free_udp_port(), register=False))
        with pytest.raises(SoftphoneError) as refused:
            phone.dial('<>"bad number')
        assert refused.value.kind is Refusal.BAD_ADDRESS, str(refused.value)
        assert "PJ" not in refusal_text(refused.value)
        del refused  # its traceback's frames must not outlive the library


def test_a_call_that_is_gone_is_no_call() -> None:
    phone = Softphone()
    with pytest.raises(SoftphoneError) as refused:
        phone.hold(12345)
    assert refused.value.kind is Refusal.NO_CALL
