"""The sleep history: the last nights (or any range) as charts and, with the same figures,
as tables a screen reader can read; what was done each evening beside how the night
went; a calm word about a doctor when the log shows a warning sign.

It shows a :class:`~coach.core.diary_summary.Period` and forwards what is asked of it
(another range, a night to check in, a startle to log, the report).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.core.diary_summary import RELAXATION_FINISHED, NightRow, Period
from coach.core.words import marked
from coach.texts.areas import area_label
from coach.texts.dates import day_name
from coach.ui import theme
from coach.ui.flow_layout import FlowLayout

translate = QCoreApplication.translate

#: The ranges offered, in nights (0: the dates chosen below).
RANGES = (
    (marked("history_window", "Last 14 nights"), 14),
    (marked("history_window", "Last 30 nights"), 30),
    (marked("history_window", "Last 90 nights"), 90),
    (marked("history_window", "Chosen dates"), 0),
)


def hours_minutes(minutes: float | None) -> str:
    if minutes is None:
        return "–"
    whole = round(minutes)
    return translate("HistoryWindow", "{hours} h {minutes}").format(
        hours=whole // 60, minutes=f"{whole % 60:02d}"
    )


def _number(value: float | None, suffix: str = "") -> str:
    if value is None:
        return "–"
    return f"{value:.1f}".rstrip("0").rstrip(".") + suffix


class HistoryWindow(QDialog):
    #: Show the nights from the first date to the second.
    range_chosen = Signal(object, object)
    #: Fill in (or change) the check-in of this night.
    checkin_requested = Signal(object)
    startle_requested = Signal()
    report_requested = Signal(object, object)

    def __init__(self, last_night: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("HistoryWindow", "Sleep history"))
        self._last_night = last_night
        self.period: Period | None = None

        self.range = QComboBox()
        self.range.setAccessibleName(translate("HistoryWindow", "Which nights"))
        for label, nights in RANGES:
            self.range.addItem(translate("history_window", label), nights)
        self.first = QDateEdit(_qdate(last_night - timedelta(days=13)))
        self.last = QDateEdit(_qdate(last_night))
        for edit, name in (
            (self.first, translate("HistoryWindow", "From the night of")),
            (self.last, translate("HistoryWindow", "To the night of")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy")
            edit.setAccessibleName(name)
            edit.setMaximumDate(_qdate(last_night))
            edit.dateChanged.connect(lambda _d: self._dates_changed())
        top = FlowLayout()  # wraps when the words are long: the window fits 1280×800
        top.addWidget(QLabel(translate("HistoryWindow", "Nights:")))
        top.addWidget(self.range)
        top.addWidget(QLabel(translate("HistoryWindow", "from")))
        top.addWidget(self.first)
        top.addWidget(QLabel(translate("HistoryWindow", "to")))
        top.addWidget(self.last)

        self.note = QLabel()
        self.note.setObjectName("notice")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setAccessibleName(translate("HistoryWindow", "A word about seeing a doctor"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(translate("HistoryWindow", "Averages"))

        self.sleep_chart = QChartView()
        self.sleep_chart.setAccessibleName(
            translate("HistoryWindow", "Chart: sleep efficiency and total sleep per night")
        )
        self.sleep_chart.setAccessibleDescription(
            translate("HistoryWindow", "The same figures are in the table of nights.")
        )
        self.startle_chart = QChartView()
        self.startle_chart.setAccessibleName(
            translate("HistoryWindow", "Chart: startles per night")
        )
        self.startle_chart.setAccessibleDescription(
            translate("HistoryWindow", "The same figures are in the table of nights.")
        )
        for view in (self.sleep_chart, self.startle_chart):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the tables carry the figures
        charts = QVBoxLayout()
        charts.addWidget(self.sleep_chart)
        charts.addWidget(self.startle_chart)

        self.nights = _table(
            translate("HistoryWindow", "Nights"),
            [
                translate("HistoryWindow", "Night"),
                translate("HistoryWindow", "Sleep efficiency"),
                translate("HistoryWindow", "Total sleep"),
                translate("HistoryWindow", "Time in bed"),
                translate("HistoryWindow", "To fall asleep"),
                translate("HistoryWindow", "Awake in the night"),
                translate("HistoryWindow", "Quality"),
                translate("HistoryWindow", "Startles"),
                translate("HistoryWindow", "Relaxation"),
                translate("HistoryWindow", "Evening plan done"),
            ],
        )
        self.nights.itemSelectionChanged.connect(self._selection_changed)
        self.nights.itemActivated.connect(lambda _item: self._check_in_selected())
        self.side_by_side = _table(
            translate("HistoryWindow", "The evening plan beside the nights"),
            [
                translate("HistoryWindow", "Done that evening"),
                translate("HistoryWindow", "Nights"),
                translate("HistoryWindow", "Sleep efficiency"),
                translate("HistoryWindow", "Other nights"),
                translate("HistoryWindow", "Sleep efficiency"),
            ],
        )
        self.startles = QLabel()
        self.startles.setWordWrap(True)
        self.startles.setTextFormat(Qt.TextFormat.PlainText)
        self.startles.setAccessibleName(translate("HistoryWindow", "Startles in these nights"))

        content = QWidget()
        column = QVBoxLayout(content)
        column.addLayout(top)
        column.addWidget(self.note)
        column.addWidget(self.summary)
        column.addLayout(charts)
        column.addWidget(_heading(translate("HistoryWindow", "Night by night")))
        column.addWidget(self.nights)
        column.addWidget(_heading(translate("HistoryWindow", "Startles")))
        column.addWidget(self.startles)
        column.addWidget(_heading(translate("HistoryWindow", "The evening plan beside the nights")))
        column.addWidget(self.side_by_side)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll = scroll

        self.checkin_button = QPushButton(translate("HistoryWindow", "Check in for this night…"))
        self.checkin_button.setAccessibleName(
            translate("HistoryWindow", "Fill in or change the check-in of the chosen night")
        )
        self.checkin_button.clicked.connect(self._check_in_selected)
        self.startle_button = QPushButton(translate("HistoryWindow", "I startled…"))
        self.startle_button.clicked.connect(self.startle_requested)
        self.report_button = QPushButton(translate("HistoryWindow", "Create report…"))
        self.report_button.setAccessibleName(
            translate("HistoryWindow", "Create a PDF report of these nights for a doctor")
        )
        self.report_button.clicked.connect(self._report)
        close = QPushButton(translate("HistoryWindow", "Close"))
        close.clicked.connect(self.accept)
        buttons = FlowLayout()
        for button in (self.checkin_button, self.startle_button, self.report_button):
            buttons.addWidget(button)
        buttons.add_right(close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.range.currentIndexChanged.connect(lambda _i: self._range_changed())
        self._range_changed(emit=False)
        self._sized = False
        self.range.setFocus()

    # -- shown ---------------------------------------------------------------------------
    def show_period(
        self,
        period: Period,
        item_label: Callable[[str], str],
        situation_words: Mapping[str, str],
        note: str,
    ) -> None:
        """Show *period*; *note* is the doctor note (empty: none)."""
        self.period = period
        self.note.setText(note)
        self.note.setVisible(bool(note))
        a = period.averages
        nights = len(period.nights)
        if a.nights:
            self.summary.setText(
                translate(
                    "HistoryWindow",
                    "{done} of %n night(s) have a check-in. On average: sleep efficiency "
                    "{se}, total sleep {tst}, in bed {tib}, {sol} minutes to fall asleep, "
                    "{waso} minutes awake in the night.",
                    None,
                    nights,
                ).format(
                    done=a.nights,
                    se=_number(a.se, " %"),
                    tst=hours_minutes(a.tst),
                    tib=hours_minutes(a.tib),
                    sol=_number(a.sol),
                    waso=_number(a.waso),
                )
            )
        else:
            self.summary.setText(
                translate(
                    "HistoryWindow",
                    "None of these %n night(s) has a check-in yet. “How did you sleep?” on "
                    "the home page asks about last night.",
                    None,
                    nights,
                )
            )
        self._fill_nights(period.nights, item_label)
        self._fill_side_by_side(period, item_label)
        self._show_startles(period, situation_words)
        self._draw_charts(period)
        self._selection_changed()
        if not self._sized:  # wide enough for the table of nights (the page scrolls down)
            self._sized = True
            bar = self._scroll.verticalScrollBar().sizeHint().width()
            wanted = self.nights.horizontalHeader().length() + bar + 60
            self.resize(min(max(wanted, 900), 1240), 740)

    def chosen_night(self) -> date | None:
        rows = self.nights.selectionModel().selectedRows()
        if not rows or self.period is None:
            return None
        item = self.nights.item(rows[0].row(), 0)
        night = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return night if isinstance(night, date) else None

    def dates(self) -> tuple[date, date]:
        return self.first.date().toPython(), self.last.date().toPython()  # type: ignore[return-value]

    # -- the parts -------------------------------------------------------------------------
    def _fill_nights(self, nights: tuple[NightRow, ...], item_label: Callable[[str], str]) -> None:
        table = self.nights
        table.setRowCount(0)
        for row in reversed(nights):  # the newest first
            f = row.figures
            quick = translate("HistoryWindow", "short check-in") if row.quick else "–"
            woke = "woke" if row.quick and row.quick.woke else "–"
            startles = str(len(row.startles)) if row.startles else ("yes" if row.startled else "0")
            cells = [
                day_name(row.night, short=True),
                _number(f.se, " %") if f else quick,
                hours_minutes(f.tst) if f else "–",
                hours_minutes(f.tib) if f else "–",
                f"{f.sol} min" if f else "–",
                f"{f.waso} min, {f.awakenings}×" if f else woke,
                str(row.quality) if row.quality is not None else "–",
                startles,
                row.relaxation or "–",
                ", ".join(item_label(i) for i in row.done) or "–",
            ]
            at = table.rowCount()
            table.insertRow(at)
            for index, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the whole text where a column is cut short
                if index == 0:
                    item.setData(Qt.ItemDataRole.UserRole, row.night)
                table.setItem(at, index, item)
        _fit(table)

    def _fill_side_by_side(self, period: Period, item_label: Callable[[str], str]) -> None:
        table = self.side_by_side
        table.setRowCount(0)
        for side in period.side_by_side:
            name = (
                translate("HistoryWindow", "Relaxation finished")
                if side.item == RELAXATION_FINISHED
                else item_label(side.item)
            )
            at = table.rowCount()
            table.insertRow(at)
            for index, text in enumerate(
                [
                    name,
                    str(side.nights_done),
                    _number(side.se_done, " %"),
                    str(side.nights_not),
                    _number(side.se_not, " %"),
                ]
            ):
                table.setItem(at, index, QTableWidgetItem(text))
        table.setVisible(bool(period.side_by_side))
        _fit(table)

    def _show_startles(self, period: Period, situation_words: Mapping[str, str]) -> None:
        if not period.startle_count:
            self.startles.setText(translate("HistoryWindow", "No startles logged in these nights."))
            return
        parts = ", ".join(f"{area_label(a)} {n}" for a, n in period.startles_by_area)
        when = ", ".join(
            f"{situation_words.get(s, s)} {n}" for s, n in period.startles_by_situation
        )
        nights = sum(1 for n in period.nights if n.startles)
        startles = period.startle_count
        self.startles.setText(
            translate("HistoryWindow", "%n startle(s)", None, startles)
            + " "
            + translate(
                "HistoryWindow",
                "on %n night(s). By body part: {parts}. When: {when}. {woke} woke you; "
                "before {legs} the legs felt uncomfortable.",
                None,
                nights,
            ).format(parts=parts, when=when, woke=period.startles_woke, legs=period.startles_legs)
        )

    def _draw_charts(self, period: Period) -> None:
        labels = [f"{n.night.day}.{n.night.month}" for n in period.nights]
        efficiency = QBarSet(translate("HistoryWindow", "Sleep efficiency (%)"))
        efficiency.setColor(QColor(theme.ACCENT_DIM))
        efficiency.setBorderColor(QColor(theme.ACCENT))
        for n in period.nights:
            efficiency.append(n.figures.se if n.figures else 0.0)
        bars = QBarSeries()
        bars.append(efficiency)
        sleep = QLineSeries()
        sleep.setName(translate("HistoryWindow", "Total sleep (hours)"))
        sleep.setPen(QPen(QColor(theme.TEXT), 2))
        sleep.setPointsVisible(True)
        for index, n in enumerate(period.nights):
            if n.figures:
                sleep.append(index, n.figures.tst / 60)
        chart = _chart(translate("HistoryWindow", "Sleep efficiency and total sleep"))
        chart.addSeries(bars)
        chart.addSeries(sleep)
        nights_axis = _category_axis(labels, 14)
        chart.addAxis(nights_axis, Qt.AlignmentFlag.AlignBottom)
        percent = _value_axis(0, 100, "%")
        longest = max((n.figures.tst / 60 for n in period.nights if n.figures), default=0.0)
        top = max(10, 2 * -(-int(longest) // 2))
        hours = _value_axis(0, top, "h")
        hours.setTickCount(top // 2 + 1)
        chart.addAxis(percent, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(hours, Qt.AlignmentFlag.AlignRight)
        bars.attachAxis(nights_axis)
        bars.attachAxis(percent)
        sleep.attachAxis(hours)
        # The line's x is the night's index: a value axis over the same slots.
        slots = QValueAxis()
        slots.setRange(-0.5, len(labels) - 0.5)
        slots.setVisible(False)
        chart.addAxis(slots, Qt.AlignmentFlag.AlignTop)
        sleep.attachAxis(slots)
        self._set_chart(self.sleep_chart, chart)

        counts = QBarSet(translate("HistoryWindow", "Startles"))
        counts.setColor(QColor(theme.ACCENT))
        counts.setBorderColor(QColor(theme.ACCENT))
        for n in period.nights:
            counts.append(float(len(n.startles)))
        series = QBarSeries()
        series.append(counts)
        chart = _chart(translate("HistoryWindow", "Startles per night"))
        chart.addSeries(series)
        axis = _category_axis(labels, 14)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        most = max((len(n.startles) for n in period.nights), default=0)
        count_axis = _value_axis(0, max(4, most), "")
        count_axis.setTickCount(5)
        count_axis.setLabelFormat("%d")
        chart.addAxis(count_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        series.attachAxis(count_axis)
        self._set_chart(self.startle_chart, chart)

    def _set_chart(self, view: QChartView, chart: QChart) -> None:
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()

    # -- intent ------------------------------------------------------------------------------
    def _range_changed(self, emit: bool = True) -> None:
        nights = self.range.currentData()
        chosen = nights == 0
        self.first.setEnabled(chosen)
        self.last.setEnabled(chosen)
        if not chosen:
            for edit, day in (
                (self.last, self._last_night),
                (self.first, self._last_night - timedelta(days=int(nights) - 1)),
            ):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        if emit:
            self.range_chosen.emit(*self.dates())

    def _dates_changed(self) -> None:
        if self.range.currentData() == 0:
            first, last = self.dates()
            if first > last:
                self.first.blockSignals(True)
                self.first.setDate(_qdate(last))
                self.first.blockSignals(False)
            self.range_chosen.emit(*self.dates())

    def _selection_changed(self) -> None:
        self.checkin_button.setEnabled(self.chosen_night() is not None)

    def _check_in_selected(self) -> None:
        night = self.chosen_night()
        if night is not None:
            self.checkin_requested.emit(night)

    def _report(self) -> None:
        self.report_requested.emit(*self.dates())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setWordWrap(False)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Wider than the page (large text, many evening items): the table scrolls sideways.
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fit(table: QTableWidget) -> None:
    """Tall enough for every row: the page scrolls, not the table."""
    table.resizeRowsToContents()
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    height += table.horizontalScrollBar().sizeHint().height()  # room for it, if needed
    table.setFixedHeight(height + 2)


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setBackgroundBrush(QColor(theme.SURFACE))
    chart.setBackgroundRoundness(6)
    chart.setPlotAreaBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setTitleBrush(QColor(theme.TEXT))
    font = QFont(chart.titleFont())
    font.setPixelSize(15)
    chart.setTitleFont(font)
    chart.legend().setLabelColor(QColor(theme.TEXT))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _category_axis(labels: list[str], room: int) -> QBarCategoryAxis:
    """Nights along the bottom; with more than *room* of them, every nth is labelled."""
    axis = QBarCategoryAxis()
    every = max(1, -(-len(labels) // room))
    # Categories must differ: an unlabelled one is a run of zero-width spaces.
    axis.append([label if i % every == 0 else "\u200b" * (i + 1) for i, label in enumerate(labels)])
    axis.setLabelsColor(QColor(theme.TEXT_DIM))
    axis.setGridLineVisible(False)
    font = QFont(axis.labelsFont())
    font.setPixelSize(11)
    axis.setLabelsFont(font)
    return axis


def _value_axis(low: float, high: float, unit: str) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(low, high)
    axis.setLabelFormat(f"%.0f{unit.replace('%', '%%')}")
    axis.setLabelsColor(QColor(theme.TEXT_DIM))
    axis.setGridLineColor(QColor(theme.SURFACE_HIGH))
    axis.setLinePenColor(QColor(theme.EDGE))
    return axis
