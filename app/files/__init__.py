"""Files attached to client cards and tasks (issue 20, part 2).

* :mod:`~app.files.storage` — upload, list, read in chunks, save as, delete; size limit and
  file store settings.
"""

from app.company_settings import FILE_SIZE_LIMIT_MB, FILE_STORE_DIR
from app.files.storage import (
    AttachedFile,
    Cancelled,
    FileError,
    Progress,
    TransferCancelled,
    check_size,
    delete_file,
    file_size,
    list_files,
    read_chunks,
    save_to,
    size_limit,
    upload,
)

__all__ = [
    "FILE_SIZE_LIMIT_MB",
    "FILE_STORE_DIR",
    "AttachedFile",
    "Cancelled",
    "FileError",
    "Progress",
    "TransferCancelled",
    "check_size",
    "delete_file",
    "file_size",
    "list_files",
    "read_chunks",
    "save_to",
    "size_limit",
    "upload",
]
