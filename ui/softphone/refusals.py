"""The engine's refusals in the operator's words: pjsip's own texts ("Invalid operation
(PJ_EINVALIDOP)") never reach the panel; they stay in the log and the tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.messages import QT_TRANSLATE_NOOP
from softphone.engine import Refusal, SoftphoneError

CONTEXT = "SoftphoneRefusal"
_TEXTS = {
    Refusal.NO_CALL: QT_TRANSLATE_NOOP("SoftphoneRefusal", "The call has already ended."),
    Refusal.NOT_NOW: QT_TRANSLATE_NOOP(
        "SoftphoneRefusal",
        "The call cannot do that now: it may be ringing, on hold or ending.",
    ),
    Refusal.BAD_ADDRESS: QT_TRANSLATE_NOOP(
        "SoftphoneRefusal", "This number cannot be dialled: check it for stray characters."
    ),
    Refusal.NETWORK: QT_TRANSLATE_NOOP(
        "SoftphoneRefusal",
        "No connection to the PBX: check the network and the PBX address in Settings.",
    ),
    Refusal.NO_ACCOUNT: QT_TRANSLATE_NOOP(
        "SoftphoneRefusal", "The softphone is not connected: set it up in Settings → Softphone."
    ),
    Refusal.TOO_MANY: QT_TRANSLATE_NOOP(
        "SoftphoneRefusal", "Too many calls at once: end one of them first."
    ),
    Refusal.OTHER: QT_TRANSLATE_NOOP(
        "SoftphoneRefusal", "The softphone could not do it ({detail})."
    ),
}


def refusal_text(error: SoftphoneError) -> str:
    """What to tell the operator about ``error``."""
    if error.kind is Refusal.SAID:
        return str(error)
    text = QCoreApplication.translate(CONTEXT, _TEXTS[error.kind])
    return text.format(detail=str(error)) if error.kind is Refusal.OTHER else text
