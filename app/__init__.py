"""CallDesk application core: use cases and rules, free of any GUI toolkit."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("calldesk")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
