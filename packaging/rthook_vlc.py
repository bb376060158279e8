"""PyInstaller runtime hook: point python-vlc and libVLC at the libVLC inside the bundle.

python-vlc reads PYTHON_VLC_LIB_PATH (the library to load) and PYTHON_VLC_MODULE_PATH (the
plugin folder) when it is imported; libVLC itself reads VLC_PLUGIN_PATH. Without them the
bundle would use a system VLC, or none. A bundle built without libVLC keeps the defaults.
"""

import os
import sys

_base = getattr(sys, "_MEIPASS", "")
if sys.platform.startswith("win"):
    _lib = os.path.join(_base, "libvlc.dll")
else:
    _lib = os.path.join(_base, "libvlc.so.5")
_plugins = os.path.join(_base, "vlc", "plugins")
if os.path.isfile(_lib) and os.path.isdir(_plugins):
    os.environ["PYTHON_VLC_LIB_PATH"] = _lib
    os.environ["PYTHON_VLC_MODULE_PATH"] = _plugins
    os.environ["VLC_PLUGIN_PATH"] = _plugins
