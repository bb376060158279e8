"""Entry point of the frozen CallDesk (PyInstaller): the same ``calldesk`` command."""

import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
