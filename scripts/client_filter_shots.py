"""Screenshots of the client table's header filters in the main window at 1280x800, in
Russian: a city filter applied and the responsible manager's pop-up open (values with
counts, search, Apply / Reset), and the table under a saved view; on a small seeded database.

    xvfb-run -a -s "-screen 0 1920x1080x24" \
        .venv/bin/python scripts/client_filter_shots.py OUT [ru|uk|en]

The pop-up is a window of its own: the shot is taken of the screen where the main window sits.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select, update

from app import clock
from app.clients.column_filters import field_column
from app.database import Database, make_engine, migrate
from app.staff import admin
from models import Client, ClientField, FieldType, Role
from scripts.screenshots import SIZE, wait
from tests.support.clock_support import NOW
from tests.support.ui_support import seed_small, user_with_role

CITIES = ("Москва", "Казань", "Тверь", "Самара", "Омск")
SEGMENTS = ("Крупный", "Средний", "Малый")


def add_fields(db: Database) -> int:
    me = user_with_role(db, Role.ADMIN)
    with db.transaction() as s:
        admin.save_field(
            s, me, None, admin.FieldEdit("Город", FieldType.TEXT, in_table=True, sort_order=1)
        )
        admin.save_field(
            s,
            me,
            None,
            admin.FieldEdit(
                "Сегмент", FieldType.DROPDOWN, in_table=True, sort_order=2, items=list(SEGMENTS)
            ),
        )
        city = s.scalar(select(ClientField.id).where(ClientField.title == "Город"))
        segment = s.scalar(select(ClientField.id).where(ClientField.title == "Сегмент"))
        assert city is not None and segment is not None
        for n, client_id in enumerate(s.scalars(select(Client.id).order_by(Client.id))):
            values = {str(city): CITIES[n % len(CITIES)]}
            if n % 4:
                values[str(segment)] = SEGMENTS[n % len(SEGMENTS)]
            s.execute(update(Client).where(Client.id == client_id).values(custom_fields=values))
    return city


def main() -> None:
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "ru"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="calldesk-filter-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    from ui import style
    from ui.application import create_application

    app = create_application(language, style.THEME_LIGHT)
    from softphone.audio_devices import MemoryAudioDevice
    from ui.clients.form import ClientsForm
    from ui.main_window import MainWindow
    from ui.value_filter import FilterChoice

    engine = make_engine(f"sqlite:///{tmp / 'shots.db'}")
    migrate(engine)
    with clock.using(clock.ShiftedClock(NOW)):
        seed_small(engine, calls=300, clients=120)
        db = Database(engine)
        city = add_fields(db)
        boss = user_with_role(db, Role.SUPERVISOR)
        window = MainWindow(db, boss, "demo", audio_device=MemoryAudioDevice())
        window.resize(*SIZE)
        window.move(0, 0)
        window.show()
        form = window.open_section(MainWindow.SECTION_CLIENTS)
        assert isinstance(form, ClientsForm)
        form._column_applied(field_column(city), FilterChoice(("Казань", "Тверь")))
        for _ in range(100):
            if form.model.rowCount() and not form.model.loading:
                break
            wait(100)
        form.view.selectRow(2)
        popup = form.open_column_filter(form.columns.index("responsible"))
        assert popup is not None
        for _ in range(100):
            if popup.item_values():
                break
            wait(100)
        popup.tick(popup.item_values()[1])
        wait(500)
        geometry = window.frameGeometry()
        shot = app.primaryScreen().grabWindow(
            0, geometry.x(), geometry.y(), geometry.width(), geometry.height()
        )
        path = out / "clients-filter-popup-1280.png"
        shot.save(str(path))
        print(path)
        popup.apply()
        form.views.ask_save("Казань и Тверь, мой менеджер")
        wait(800)
        path = out / "clients-filtered-view-1280.png"
        window.grab().save(str(path))
        print(path)
        window.close()
        db.dispose()


if __name__ == "__main__":
    main()
