"""Employees: logging in, what each may do, administration, pauses and personal settings.

* :mod:`~app.staff.auth` — login and password (argon2 hashes only).
* :mod:`~app.staff.permissions` — role and permission flags, each employee's field access.
* :mod:`~app.staff.admin` — users, groups, groups' field access, card fields (admins only).
* :mod:`~app.staff.pauses` — Ready / Paused with a reason, stored for KPI.
* :mod:`~app.staff.user_settings` — per-employee settings that follow the user (journal columns).
"""
