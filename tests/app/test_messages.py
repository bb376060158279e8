"""The core's messages (app.messages) reach the user in the installed language."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from app.calls.facts import CallFacts
from app.calls.status import explain_status
from app.clients.card import CardError
from app.clients.numbers import NumberTaken
from app.database import DatabaseProblem, check_tls_files, parse_url
from app.journal.comments import MAX_COMMENT_LENGTH, CommentTooLong
from app.journal.filter import MAX_SEARCH_LENGTH, JournalFilter
from app.messages import QT_TRANSLATE_NOOP, Message, UserFacingError
from app.staff.auth import LoginFailed
from ui import resources
from ui.messages import user_text

TOOLS = Path(sys.executable).parent
DAY = datetime(2026, 11, 19, 10, 0)


def _filter_error() -> UserFacingError:
    flt = JournalFilter(period_start=DAY, period_end=DAY.replace(hour=12), search="7" * 101)
    with pytest.raises(UserFacingError) as caught:
        flt.validate()
    return caught.value


def _samples() -> list[UserFacingError | Message]:
    return [
        CommentTooLong(250),
        LoginFailed("Wrong login or password."),
        _filter_error(),
        NumberTaken("+74951234567", 1, "Ромашка", None, "Иванов", None),
        explain_status(
            CallFacts("in", "no_answer", True, DAY, dismissed_at=DAY.replace(hour=11)),
            dismissed_by="Петров",
        ),
    ]


@pytest.fixture
def russian(qtbot: QtBot, tmp_path: Path) -> Iterator[None]:
    qm = tmp_path / "calldesk_ru.qm"
    subprocess.run(
        [
            str(TOOLS / "pyside6-lrelease"),
            str(resources.path("translations", "calldesk_ru.ts")),
            "-qm",
            str(qm),
        ],
        check=True,
        capture_output=True,
    )
    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(qm))
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def test_app_messages_come_out_in_russian(russian: None) -> None:
    comment, login, search, taken, explanation = (user_text(s) for s in _samples())
    assert comment == (
        f"В комментарии 250 символов, допускается не более {MAX_COMMENT_LENGTH}. "
        "Сократите его — ничего не сохранено."
    )
    assert login == "Неверный логин или пароль."
    assert search == (
        f"Текст поиска длиной 101 символов, допускается не более {MAX_SEARCH_LENGTH}. "
        "Введите имя или часть номера."
    )
    assert taken == "Номер +74951234567 уже присвоен клиенту «Ромашка» пользователем Иванов."
    assert explanation == (
        "Пропущенный с номера клиента, до 23:59 не было разговора → нет ответа; "
        "метку снял Петров в 11:00"
    )


def test_without_a_translation_the_messages_stay_english(qtbot: QtBot) -> None:
    texts = [user_text(s) for s in _samples()]
    assert texts == [str(s) for s in _samples()]
    assert texts[1] == "Wrong login or password."
    assert texts[3] == "The number +74951234567 is already assigned to «Ромашка» by Иванов."
    assert texts[4] == (
        "Missed from a client's number, no answered contact until 23:59 → no answer; "
        "mark removed at 11:00 by Петров"
    )


def _database_problem() -> DatabaseProblem:
    with pytest.raises(DatabaseProblem) as caught:
        parse_url("postgresql://db/calldesk")
    return caught.value


def test_card_and_database_errors_in_russian(russian: None) -> None:
    required = CardError(
        QT_TRANSLATE_NOOP("app", "Fill in the required field «{field}»."), field="ИНН"
    )
    assert user_text(required) == "Заполните обязательное поле «ИНН»."
    assert user_text(_database_problem()) == (
        "Тип базы данных 'postgresql' не поддерживается: используйте MySQL/MariaDB или SQLite."
    )
    assert str(required) == "Fill in the required field «ИНН»."


def test_other_errors_show_as_they_are(qtbot: QtBot) -> None:
    assert user_text(OSError("disk full")) == "disk full"
    assert user_text("plain") == "plain"


def test_a_missing_tls_file_is_named_in_russian(russian: None, tmp_path: Path) -> None:
    missing = tmp_path / "ca.pem"
    url = parse_url(f"mysql+pymysql://calldesk@db/calldesk?ssl_ca={missing}")
    with pytest.raises(DatabaseProblem) as caught:
        check_tls_files(url)
    assert user_text(caught.value) == (
        f"Файл TLS {missing}, указанный как ssl_ca в адресе базы данных, не существует."
    )
