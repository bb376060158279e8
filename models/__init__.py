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
    "ClientHistory",
    "ClientKind",
    "ContactPerson",
    "Direction",
    "Disposition",
    "Employee",
    "HangupBy",
    "Phone",
    "Role",
    "UserSettings",
]
