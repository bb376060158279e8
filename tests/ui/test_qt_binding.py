"""Guards against Qt binding releases that break CallDesk at run time.

PySide6 6.12.0 releases one reference to None each time ``QModelIndex.data()`` returns
an empty value; after a few thousand calls the interpreter aborts ("deallocating None").
constraints.txt pins a release without the bug; this test fails on one that has it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QStringListModel, Qt


def test_model_index_data_keeps_none_alive() -> None:
    model = QStringListModel(["a"])
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(500):
        assert index.data(Qt.ItemDataRole.DecorationRole) is None
    assert sys.getrefcount(None) >= before - 10
