"""CallDesk's database schema: typed SQLAlchemy models and their Alembic migrations."""

from models.base import Base
from models.callbacks import CallbackClaim
from models.calls import (
    Call,
    CallPart,
    CallParticipant,
    CallSource,
    CallStatus,
    Direction,
    Disposition,
    HangupBy,
)
from models.client_fields import (
    ClientField,
    CompanySetting,
    EmployeeGroup,
    FieldAccess,
    FieldType,
    GroupFieldAccess,
)
from models.collector import CollectedLeg, CollectorLease, CollectorWatermark
from models.pauses import MAX_PAUSE_NOTE_LENGTH, Pause, PauseReason
from models.people import (
    Client,
    ClientHistory,
    ClientKind,
    ContactPerson,
    Employee,
    Phone,
    Role,
    UserSettings,
)
from models.reports import (
    CallSummary,
    DaySummary,
    HourSummary,
    ParticipantSummary,
    TeamDaySummary,
)

__all__ = [
    "MAX_PAUSE_NOTE_LENGTH",
    "Base",
    "Call",
    "CallPart",
    "CallParticipant",
    "CallSource",
    "CallStatus",
    "CallSummary",
    "CallbackClaim",
    "Client",
    "ClientField",
    "ClientHistory",
    "ClientKind",
    "CollectedLeg",
    "CollectorLease",
    "CollectorWatermark",
    "CompanySetting",
    "ContactPerson",
    "DaySummary",
    "Direction",
    "Disposition",
    "Employee",
    "EmployeeGroup",
    "FieldAccess",
    "FieldType",
    "GroupFieldAccess",
    "HangupBy",
    "HourSummary",
    "ParticipantSummary",
    "Pause",
    "PauseReason",
    "Phone",
    "Role",
    "TeamDaySummary",
    "UserSettings",
]
