"""The words of tasks on screen: statuses (the board's columns) and priorities."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from models import TaskPriority, TaskStatus


def status_names() -> dict[TaskStatus, str]:
    return {
        TaskStatus.NEW: QCoreApplication.translate("tasks", "New"),
        TaskStatus.IN_PROGRESS: QCoreApplication.translate("tasks", "In progress"),
        TaskStatus.READY: QCoreApplication.translate("tasks", "Ready"),
        TaskStatus.CLOSED: QCoreApplication.translate("tasks", "Closed"),
    }


def priority_names() -> dict[TaskPriority, str]:
    return {
        TaskPriority.LOW: QCoreApplication.translate("tasks", "Low"),
        TaskPriority.NORMAL: QCoreApplication.translate("tasks", "Normal"),
        TaskPriority.HIGH: QCoreApplication.translate("tasks", "High"),
    }


def field_names() -> dict[str, str]:
    """The history's names of task fields."""
    return {
        "created": QCoreApplication.translate("tasks", "Created"),
        "title": QCoreApplication.translate("tasks", "Title"),
        "description": QCoreApplication.translate("tasks", "Description"),
        "status": QCoreApplication.translate("tasks", "Status"),
        "priority": QCoreApplication.translate("tasks", "Priority"),
        "due_at": QCoreApplication.translate("tasks", "Due"),
        "remind_at": QCoreApplication.translate("tasks", "Reminder"),
        "assignee_id": QCoreApplication.translate("tasks", "Assignee"),
        "hours_spent": QCoreApplication.translate("tasks", "Hours spent"),
        "closed_at": QCoreApplication.translate("tasks", "Closed at"),
        "client_filter": QCoreApplication.translate("tasks", "Client filter"),
        "clients": QCoreApplication.translate("tasks", "Clients"),
    }


def moment_text(moment: datetime | None) -> str:
    return "" if moment is None else moment.strftime("%d.%m.%Y %H:%M")
