"""CallDesk's database schema: typed SQLAlchemy models and their Alembic migrations."""

from models.base import Base
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

__all__ = [
    "Base",
    "Call",
    "CallPart",
    "CallParticipant",
    "CallSource",
    "CallStatus",
    "Client",
    "ClientField",
    "ClientHistory",
    "ClientKind",
    "CompanySetting",
    "ContactPerson",
    "Direction",
    "Disposition",
    "Employee",
    "EmployeeGroup",
    "FieldAccess",
    "FieldType",
    "GroupFieldAccess",
    "HangupBy",
    "Phone",
    "Role",
    "UserSettings",
]
