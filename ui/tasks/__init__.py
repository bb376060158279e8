"""The Tasks section: the board, the calendar, the task form."""
