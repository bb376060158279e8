"""Files attached to a client card or a task, stored in chunks (SQLite and MariaDB alike) or
in a configured file store (then only the row with the store's relative path is here)."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import BigInteger, DateTime, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base

# One chunk row holds at most this much (MariaDB: MEDIUMBLOB; far below max_allowed_packet).
CHUNK_BYTES = 1024 * 1024


class FileOwner(enum.StrEnum):
    CLIENT = "client"
    TASK = "task"


class StoredFile(Base):
    __tablename__ = "stored_files"
    __table_args__ = (Index(None, "owner_kind", "owner_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_kind: Mapped[str] = mapped_column(String(16))
    owner_id: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    # "" when the bytes are in file_chunks, else the path under the configured file store.
    store_path: Mapped[str] = mapped_column(String(512), default="")
    uploaded_at: Mapped[datetime] = mapped_column(DateTime)
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))


class FileChunk(Base):
    __tablename__ = "file_chunks"

    file_id: Mapped[int] = mapped_column(
        ForeignKey("stored_files.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(LargeBinary(CHUNK_BYTES))
