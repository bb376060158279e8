"""Charts of the reports (QtCharts) and the traffic heat map (a table of coloured cells).

Colours: the series use mid-tone colours readable on light and dark backgrounds; the chart's
background, titles, labels and grid come from the application palette, so a dark theme gets
light text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from app.messages import QT_TRANSLATE_NOOP
from app.reports import ReportResult
from ui.call_vocabulary import short_name
from ui.reports.model import format_value
from ui.reports.vocabulary import short_period_label, word

# Mid-tone series colours (Material 500/600): enough contrast on white and on #2b2b2b.
GREEN = QColor("#43a047")
AMBER = QColor("#fb8c00")
RED = QColor("#e53935")
BLUE = QColor("#1e88e5")
PURPLE = QColor("#8e24aa")
GREY = QColor("#78909c")
TEAL = QColor("#00897b")

MAX_CATEGORIES = 60  # more bars than this are unreadable; the chart shows the first ones


def _translated(text: str) -> str:
    return QCoreApplication.translate("ReportCharts", text)


def _palette() -> QPalette:
    app = QApplication.instance()
    return app.palette() if isinstance(app, QApplication) else QPalette()


def _styled_chart(title: str) -> QChart:
    palette = _palette()
    chart = QChart()
    chart.setTitle(title)
    chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
    chart.setBackgroundRoundness(0)
    chart.setTitleBrush(QBrush(palette.color(QPalette.ColorRole.Text)))
    chart.legend().setLabelColor(palette.color(QPalette.ColorRole.Text))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _style_axis(axis: Any) -> None:
    palette = _palette()
    text = palette.color(QPalette.ColorRole.Text)
    axis.setLabelsColor(text)
    axis.setTitleBrush(QBrush(text))
    grid = QColor(text)
    grid.setAlpha(40)
    axis.setGridLineColor(grid)
    axis.setLinePenColor(grid)


def _bar_set(name: str, color: QColor, values: Sequence[float]) -> QBarSet:
    bar = QBarSet(name)
    bar.setColor(color)
    bar.setBorderColor(color.darker(115))
    bar.setLabelColor(_palette().color(QPalette.ColorRole.Text))
    for v in values:
        bar.append(float(v or 0))
    return bar


def _category_chart(
    title: str,
    categories: list[str],
    sets: list[QBarSet],
    stacked: bool = False,
    horizontal: bool = False,
) -> QChart:
    chart = _styled_chart(title)
    series: QAbstractBarSeries
    if horizontal:
        series = QHorizontalBarSeries()
    else:
        series = QStackedBarSeries() if stacked else QBarSeries()
    for s in sets:
        series.append(s)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append(categories)
    longest = max((len(c) for c in categories), default=0)
    if not horizontal and len(categories) * max(longest, 3) > 110:  # would overlap
        x.setLabelsAngle(-90)
    _style_axis(x)
    chart.addAxis(x, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x)
    y = QValueAxis()
    y.setLabelFormat("%d")
    top = max(
        (
            sum(s.at(i) for s in sets) if stacked else max(s.at(i) for s in sets)
            for i in range(len(categories))
        ),
        default=0,
    )
    y.setRange(0, max(1.0, top * 1.1))
    y.applyNiceNumbers()
    _style_axis(y)
    chart.addAxis(y, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y)
    return chart


def _label(result: ReportResult, row: dict[str, Any], key: str) -> str:
    return format_value(result.column(key).kind, row.get(key))


def call_center_chart(result: ReportResult) -> QChart:
    """Calls per period stacked by status, service level (%) as a line on the right axis."""
    rows = result.rows[:MAX_CATEGORIES]
    categories = [
        short_period_label(result.params.breakdown, r.get("key")) or _label(result, r, "period")
        for r in rows
    ]
    answered = [r.get("answered") or 0 for r in rows]
    lost = [r.get("lost") or 0 for r in rows]
    no_answer = [max(0, (r.get("missed") or 0) - (r.get("lost") or 0)) for r in rows]
    sets = [
        _bar_set(QCoreApplication.translate("ReportCharts", "Answered"), GREEN, answered),
        _bar_set(QCoreApplication.translate("ReportCharts", "No answer"), AMBER, no_answer),
        _bar_set(QCoreApplication.translate("ReportCharts", "Lost"), RED, lost),
    ]
    chart = _category_chart(
        QCoreApplication.translate("ReportCharts", "Calls by status and service level"),
        categories,
        sets,
        True,
    )
    line = QLineSeries()
    line.setName(QCoreApplication.translate("ReportCharts", "Service level, %"))
    pen = QPen(BLUE)
    pen.setWidth(3)
    line.setPen(pen)
    line.setPointsVisible(True)
    for i, r in enumerate(rows):
        value = r.get("service_level_pct")
        if value is not None:
            line.append(i, float(value))
    chart.addSeries(line)
    x = chart.axes(Qt.Orientation.Horizontal)[0]
    line.attachAxis(x)
    right = QValueAxis()
    right.setRange(0, 100)
    right.setLabelFormat("%d %%")
    _style_axis(right)
    right.setGridLineVisible(False)
    chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
    line.attachAxis(right)
    return chart


def operators_chart(result: ReportResult) -> QChart:
    """Bars per operator: incoming taken, outgoing made, missed on duty (summed over periods)."""
    order: list[str] = []
    sums: dict[str, list[int]] = {}
    for r in result.rows:
        name = short_name(str(r.get("operator") or "")) or "—"
        if name not in sums:
            order.append(name)
            sums[name] = [0, 0, 0]
        for i, key in enumerate(("incoming_taken", "outgoing_made", "missed_on_duty")):
            sums[name][i] += int(r.get(key) or 0)
    order = order[:MAX_CATEGORIES]
    sets = [
        _bar_set(
            QCoreApplication.translate("ReportCharts", "Incoming taken"),
            GREEN,
            [sums[n][0] for n in order],
        ),
        _bar_set(
            QCoreApplication.translate("ReportCharts", "Outgoing made"),
            BLUE,
            [sums[n][1] for n in order],
        ),
        _bar_set(
            QCoreApplication.translate("ReportCharts", "Missed on duty"),
            RED,
            [sums[n][2] for n in order],
        ),
    ]
    return _category_chart(
        QCoreApplication.translate("ReportCharts", "Calls per operator"),
        order,
        sets,
    )


def lost_calls_chart(result: ReportResult) -> QChart:
    """The callback funnel: lost -> called back within 15 min / same day / later / never."""
    funnel = result.sections.get("funnel") or []
    categories: list[str] = []
    values: list[float] = []
    for stage in funnel:
        text = next((v for k, v in stage.items() if isinstance(v, str) and k != "key"), None)
        number = next(
            (
                v
                for k, v in stage.items()
                if isinstance(v, int) and not isinstance(v, bool) and k != "key"
            ),
            0,
        )
        categories.append(word(text or str(stage.get("key"))))
        values.append(number)
    if not funnel and result.total:
        for key in ("calls", "called_back", "got_through", "open"):
            if key in result.total:
                categories.append(
                    QCoreApplication.translate("app", result.column(key).title)
                    if _has(result, key)
                    else key
                )
                values.append(result.total.get(key) or 0)
    chart = _category_chart(
        QCoreApplication.translate("ReportCharts", "Lost calls and callbacks"),
        categories,
        [_bar_set(QCoreApplication.translate("ReportCharts", "Calls"), RED, values)],
    )
    chart.legend().hide()
    return chart


def _has(result: ReportResult, key: str) -> bool:
    return any(c.key == key for c in result.columns)


def waits_chart(result: ReportResult) -> QChart:
    categories = [str(r.get("bucket") or "") for r in result.rows]
    sets = [
        _bar_set(
            QCoreApplication.translate("ReportCharts", "Answered"),
            GREEN,
            [r.get("answered") or 0 for r in result.rows],
        ),
        _bar_set(
            QCoreApplication.translate("ReportCharts", "Abandoned"),
            RED,
            [r.get("abandoned") or 0 for r in result.rows],
        ),
    ]
    chart = _category_chart(
        QCoreApplication.translate("ReportCharts", "Wait before answer or abandon, s"),
        categories,
        sets,
    )
    return chart


def clients_chart(result: ReportResult) -> QChart | None:
    sums: dict[str, list[int]] = {}
    for r in result.rows:
        name = short_name(str(r.get("manager") or "")) or "—"
        s = sums.setdefault(name, [0, 0])
        s[0] += int(r.get("created") or 0)
        s[1] += int(r.get("changed") or 0)
    if not sums:
        return None
    names = list(sums)[:MAX_CATEGORIES]
    sets = [
        _bar_set(
            QCoreApplication.translate("ReportCharts", "Created"),
            GREEN,
            [sums[n][0] for n in names],
        ),
        _bar_set(
            QCoreApplication.translate("ReportCharts", "Changed"), BLUE, [sums[n][1] for n in names]
        ),
    ]
    return _category_chart(
        QCoreApplication.translate("ReportCharts", "Client cards by manager"), names, sets
    )


CHARTS = {
    "call-center": call_center_chart,
    "operators": operators_chart,
    "lost-calls": lost_calls_chart,
    "waits": waits_chart,
    "clients": clients_chart,
}


def chart_for(result: ReportResult) -> QChart | None:
    """The chart of a report, or None (detail, repeat callers; traffic has its heat map)."""
    build = CHARTS.get(result.report)
    if build is None or not result.rows:
        return None
    return build(result)


def chart_view(chart: QChart | None = None) -> QChartView:
    view = QChartView()
    view.setObjectName("report_chart")
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    if chart is not None:
        view.setChart(chart)
    return view


# -- the traffic heat map ------------------------------------------------------------------

WEEKDAY_SHORT = (
    QT_TRANSLATE_NOOP("ReportCharts", "Mon"),
    QT_TRANSLATE_NOOP("ReportCharts", "Tue"),
    QT_TRANSLATE_NOOP("ReportCharts", "Wed"),
    QT_TRANSLATE_NOOP("ReportCharts", "Thu"),
    QT_TRANSLATE_NOOP("ReportCharts", "Fri"),
    QT_TRANSLATE_NOOP("ReportCharts", "Sat"),
    QT_TRANSLATE_NOOP("ReportCharts", "Sun"),
)

CELL_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def readable_text(background: QColor) -> QColor:
    """Black or white, whichever reads on ``background`` (by its luminance)."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor(Qt.GlobalColor.black) if luminance > 150 else QColor(Qt.GlobalColor.white)


class HeatMapModel(QAbstractTableModel):
    """Weekdays (rows) x hours of day (columns); a cell is the offered calls, coloured from
    the palette's base colour (none) to red (the busiest hour)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.value_key = "offered"
        self._cells: dict[tuple[int, int], dict[str, Any]] = {}
        self._max = 0

    def set_result(self, result: ReportResult | None, value_key: str = "offered") -> None:
        self.beginResetModel()
        self.value_key = value_key
        self._cells = {}
        for row in result.rows if result is not None else []:
            key = row.get("key")
            if isinstance(key, (tuple, list)) and len(key) == 2:
                self._cells[(int(key[0]), int(key[1]))] = row
        self._max = max((int(r.get(value_key) or 0) for r in self._cells.values()), default=0)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 24

    def value(self, weekday: int, hour: int) -> int:
        return int(self._cells.get((weekday, hour), {}).get(self.value_key) or 0)

    def color(self, weekday: int, hour: int) -> QColor:
        base = _palette().color(QPalette.ColorRole.Base)
        value = self.value(weekday, hour)
        if not value or not self._max:
            return base
        return _mix(_mix(base, AMBER, 0.35), RED, value / self._max)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        weekday, hour = index.row(), index.column()
        value = self.value(weekday, hour)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value) if value else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(self.color(weekday, hour))
        if role == Qt.ItemDataRole.ForegroundRole:
            if not value:
                return None
            return QBrush(readable_text(self.color(weekday, hour)))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            row = self._cells.get((weekday, hour), {})
            return QCoreApplication.translate(
                "ReportCharts",
                "{day} {hour}:00 — offered {offered}, answered {answered}, lost {lost}",
            ).format(
                day=_translated(WEEKDAY_SHORT[weekday]),
                hour=hour,
                offered=row.get("offered") or 0,
                answered=row.get("answered") or 0,
                lost=row.get("lost") or 0,
            )
        if role == CELL_KEY_ROLE:
            return (weekday, hour)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return f"{section:02d}"
        return _translated(WEEKDAY_SHORT[section]) if 0 <= section < 7 else None


def heat_map_view(model: HeatMapModel, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setObjectName("heat_map")
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.setToolTip(
        QCoreApplication.translate(
            "ReportCharts", "Offered calls by weekday and hour; double-click a cell for its calls"
        )
    )
    return view
