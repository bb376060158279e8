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
from models.events import MAX_EVENT_DESCRIPTION_LENGTH, Event
from models.files import CHUNK_BYTES, FileChunk, FileOwner, StoredFile
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
from models.presence import OperatorPresence, PresenceState
from models.reports import (
    CallSummary,
    DaySummary,
    EmployeeDaySummary,
    EmployeeMonthSummary,
    HourSummary,
    ParticipantDaySummary,
    ParticipantMonthSummary,
    ParticipantSummary,
    TeamDaySummary,
    TeamDayTotal,
    TeamHourSummary,
    TeamMonthSummary,
    TrafficMonthSummary,
)
from models.sip_accounts import EmployeeSipAccount
from models.tasks import Task, TaskClient, TaskComment, TaskHistory, TaskPriority, TaskStatus
from models.work_sessions import APP_SESSION_SOURCE, PBX_SESSION_SOURCE, WorkSession

__all__ = [
    "APP_SESSION_SOURCE",
    "CHUNK_BYTES",
    "MAX_EVENT_DESCRIPTION_LENGTH",
    "MAX_PAUSE_NOTE_LENGTH",
    "PBX_SESSION_SOURCE",
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
    "EmployeeDaySummary",
    "EmployeeGroup",
    "EmployeeMonthSummary",
    "EmployeeSipAccount",
    "Event",
    "FieldAccess",
    "FieldType",
    "FileChunk",
    "FileOwner",
    "GroupFieldAccess",
    "HangupBy",
    "HourSummary",
    "OperatorPresence",
    "ParticipantDaySummary",
    "ParticipantMonthSummary",
    "ParticipantSummary",
    "Pause",
    "PauseReason",
    "Phone",
    "PresenceState",
    "Role",
    "StoredFile",
    "Task",
    "TaskClient",
    "TaskComment",
    "TaskHistory",
    "TaskPriority",
    "TaskStatus",
    "TeamDaySummary",
    "TeamDayTotal",
    "TeamHourSummary",
    "TeamMonthSummary",
    "TrafficMonthSummary",
    "UserSettings",
    "WorkSession",
]
