"""The Events section (calendar with reminders), its dialog, the card's tab, the pop-ups."""
