"""Attached files of client cards and tasks."""
