"""CallDesk's PySide6 user interface: thin widgets over app/ and softphone/."""
