"""The "To call back" section (issue 16): the callback worklist on screen.

* :mod:`~ui.callbacks.watch` — reads the worklist every few seconds (one for the window):
  the section's counter, the status bar's overdue count and the form all follow it.
* :mod:`~ui.callbacks.model` — the worklist's table model, with the live countdown.
* :mod:`~ui.callbacks.form` — the section: the items, Take it / Call back, the call's path.
"""
