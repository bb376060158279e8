"""The SIP account of an employee: set by an administrator, used by the employee's softphone
at whichever desk they log in, so an operator who changes desks keeps their extension.

The account (PBX, extension, authentication user, transport) is stored with the employee;
the SIP password is not: each workstation asks for it once and keeps it in the OS keyring
under a key naming the employee's login and the PBX (:func:`sip_secret_key`).

A workstation that had its own account (before accounts went with employees) offers it to
the first employee without one who logs in there (:func:`adopt_sip_account`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import WorkstationSettings, delete_secret, get_secret, set_secret
from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.softphone_settings import (
    SoftphoneSettings,
    SoftphoneSettingsError,
    load_softphone_settings,
    store_softphone_settings,
)
from app.staff.admin import UserEdit, create_user, update_user
from app.staff.auth import CurrentUser
from app.staff.permissions import require_admin
from models import Employee, EmployeeSipAccount


class SipAccountError(UserFacingError, ValueError):
    """The SIP account cannot be stored as asked; the message says why."""


@dataclass(frozen=True)
class SipAccount:
    """An employee's SIP account as the app passes it around (no password)."""

    registrar: str
    user: str
    port: int = 5060
    auth_user: str = ""
    display_name: str = ""
    transport: str = "udp"
    version: int = 0  # the stored row's version; 0: not stored yet

    def validated(self) -> SipAccount:
        """Trimmed and checked like the softphone's settings (the same rules and messages)."""
        if not self.registrar.strip() or not self.user.strip():
            raise SipAccountError(
                QT_TRANSLATE_NOOP("app", "Fill in both the PBX address and the extension.")
            )
        try:
            checked = self.as_settings(SoftphoneSettings()).validated()
        except SoftphoneSettingsError as e:
            raise SipAccountError(e.message) from None
        return replace(
            self,
            registrar=checked.registrar,
            user=checked.user,
            auth_user=checked.auth_user,
            display_name=checked.display_name,
        )

    def as_settings(self, workstation: SoftphoneSettings) -> SoftphoneSettings:
        """The workstation's softphone settings (devices, volumes, wrap-up, dial rules) with
        this account in place of the workstation's own."""
        return replace(
            workstation,
            registrar=self.registrar,
            port=self.port,
            user=self.user,
            auth_user=self.auth_user,
            display_name=self.display_name,
            transport=self.transport,
        )

    @property
    def address(self) -> str:
        """How the account reads to a person: ``301@pbx.example.com``."""
        return f"{self.user}@{self.registrar}"

    @classmethod
    def from_settings(cls, settings: SoftphoneSettings) -> SipAccount:
        return cls(
            registrar=settings.registrar,
            user=settings.user,
            port=settings.port,
            auth_user=settings.auth_user,
            display_name=settings.display_name,
            transport=settings.transport,
        )


def without_account(workstation: SoftphoneSettings) -> SoftphoneSettings:
    """The workstation's softphone settings with no account: the employee has none."""
    return replace(workstation, registrar="", user="", auth_user="", display_name="", port=5060)


def _account(row: EmployeeSipAccount) -> SipAccount:
    return SipAccount(
        registrar=row.registrar,
        user=row.sip_user,
        port=row.port,
        auth_user=row.auth_user,
        display_name=row.display_name,
        transport=row.transport,
        version=row.version,
    )


def sip_account_of(session: Session, employee_id: int) -> SipAccount | None:
    """The employee's SIP account; None when they have none."""
    row = session.get(EmployeeSipAccount, employee_id)
    return _account(row) if row is not None else None


def _check_free(session: Session, account: SipAccount, employee_id: int) -> None:
    owner = session.scalar(
        select(Employee.full_name)
        .join(EmployeeSipAccount, EmployeeSipAccount.employee_id == Employee.id)
        .where(
            EmployeeSipAccount.registrar == account.registrar,
            EmployeeSipAccount.port == account.port,
            EmployeeSipAccount.sip_user == account.user,
            EmployeeSipAccount.employee_id != employee_id,
        )
    )
    if owner is not None:
        raise SipAccountError(
            QT_TRANSLATE_NOOP("app", "The SIP account {account} already belongs to {owner}."),
            account=account.address,
            owner=owner,
        )


def _store(
    session: Session, employee_id: int, account: SipAccount | None, version: int
) -> SipAccount | None:
    """Write (or remove, ``account`` None) the row; ``version`` is the one the change was
    based on (0: there was none): a different one stored meanwhile is a conflict."""
    row = session.get(EmployeeSipAccount, employee_id, with_for_update=True)
    if (row.version if row is not None else 0) != version:
        raise SipAccountError(
            QT_TRANSLATE_NOOP(
                "app",
                "Someone changed this SIP account meanwhile. Open it again to see the change.",
            )
        )
    if account is None:
        if row is not None:
            session.delete(row)
            session.flush()
        return None
    checked = account.validated()
    _check_free(session, checked, employee_id)
    if row is None:
        row = EmployeeSipAccount(employee_id=employee_id, version=0)
        session.add(row)
    row.registrar = checked.registrar
    row.port = checked.port
    row.sip_user = checked.user
    row.auth_user = checked.auth_user
    row.display_name = checked.display_name
    row.transport = checked.transport
    row.version = version + 1
    session.flush()
    return _account(row)


def set_sip_account(
    session: Session,
    who: CurrentUser,
    employee_id: int,
    account: SipAccount | None,
    version: int,
) -> SipAccount | None:
    """An administrator sets (or removes, ``account`` None) an employee's SIP account;
    ``version``: the account's version when the dialog was opened (0: none)."""
    require_admin(session, who)
    if session.get(Employee, employee_id) is None:
        raise SipAccountError(QT_TRANSLATE_NOOP("app", "The user no longer exists."))
    return _store(session, employee_id, account, version)


def adopt_sip_account(session: Session, who: CurrentUser, account: SipAccount) -> SipAccount:
    """The employee takes this workstation's own SIP account as theirs (asked at login when
    they have none). Refused when they got one meanwhile or a colleague has this one."""
    employee = session.get(Employee, who.id)
    if employee is None or not employee.active:
        raise SipAccountError(QT_TRANSLATE_NOOP("app", "Your account no longer exists or is off."))
    stored = _store(session, who.id, account, 0)
    assert stored is not None
    return stored


# -- the password on this workstation ---------------------------------------------------


def sip_secret_key(login: str, account: SipAccount) -> str:
    """The keyring entry of an employee's SIP password on this workstation."""
    who = (account.auth_user or account.user).strip()
    return f"sip:{login.strip().lower()}/{who}@{account.registrar.strip()}:{account.port}"


def known_sip_password(login: str, account: SipAccount) -> str | None:
    """The password this workstation keeps for the employee's account; None: not known
    here (ask). SecretsUnavailable when there is no keyring."""
    return get_secret(sip_secret_key(login, account))


def remember_sip_password(login: str, account: SipAccount, password: str) -> None:
    """Keep the password on this workstation (SecretsUnavailable when there is no keyring)."""
    set_secret(sip_secret_key(login, account), password)


def adopt_workstation_password(
    workstation: WorkstationSettings, login: str, account: SipAccount
) -> None:
    """The workstation's own account became the employee's: its password moves to the
    employee's keyring entry and the workstation keeps only its own things (devices, volumes,
    dial rules, wrap-up). The caller saves the settings file."""
    own = load_softphone_settings(workstation)
    if own.configured:
        password = get_secret(own.secret_key())
        if password is not None:
            set_secret(sip_secret_key(login, account), password)
            delete_secret(own.secret_key())
    store_softphone_settings(workstation, without_account(own))


# -- the employee dialog: the user and their SIP account in one transaction --------------


def create_user_with_sip(
    session: Session, who: CurrentUser, edit: UserEdit, password: str, account: SipAccount | None
) -> int:
    """A new user and (optionally) their SIP account: both or neither are stored."""
    user_id = create_user(session, who, edit, password)
    if account is not None:
        set_sip_account(session, who, user_id, account, 0)
    return user_id


def update_user_with_sip(
    session: Session,
    who: CurrentUser,
    user_id: int,
    edit: UserEdit,
    account: SipAccount | None,
    version: int,
) -> None:
    """A user's changes and their SIP account (None: removed) as one change."""
    update_user(session, who, user_id, edit)
    set_sip_account(session, who, user_id, account, version)
