"""The report for the doctor as a PDF, made on this computer with Qt (QPdfWriter and
QTextDocument); the charts are drawn with QPainter at print resolution.  Needs a
QGuiApplication (the command line makes an offscreen one)."""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from coach.adapters.atomic import sync_folder, write_private_text
from coach.core.diary_summary import Period
from coach.services.diary_report import (
    Chart,
    Report,
    ReportWords,
    codebook_text,
    csv_text,
    report,
)
from coach.texts.areas import area_label
from coach.texts.dates import day_name, long_date

CHART_SIZE = (900, 560)  # pixels; shown 220 wide
BAR = QColor("#5b7fa6")
GRID = QColor("#c8c8c8")
INK = QColor("#000000")


def chart_image(chart: Chart) -> QImage:
    """*chart* as a white picture: title, scale, one bar per night (a gap where none)."""
    width, height = CHART_SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont("DejaVu Sans")
        font.setPixelSize(40)
        painter.setFont(font)
        painter.setPen(INK)
        painter.drawText(QRectF(0, 0, width, 56), Qt.AlignmentFlag.AlignLeft, chart.title)
        known = [v for v in chart.values if v is not None]
        top: float = chart.top or max([*known, 1.0])
        if not chart.unit:  # a count: whole steps
            top = float(max(4, math.ceil(top / 4) * 4))
        elif chart.name == "tst":  # hours: steps of two
            top = float(max(8, math.ceil(top / 4) * 4))
        font.setPixelSize(30)
        painter.setFont(font)
        left, right, upper, lower = 100.0, width - 10.0, 78.0, height - 56.0
        for step in range(5):
            value = top * step / 4
            y = lower - (lower - upper) * step / 4
            painter.setPen(QPen(GRID, 2))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(INK)
            shown = f"{value:.0f}" if top >= 8 else f"{value:.1f}".rstrip("0").rstrip(".")
            painter.drawText(
                QRectF(0, y - 18, left - 8, 36),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{shown}{chart.unit}",
            )
        count = max(len(chart.values), 1)
        slot = (right - left) / count
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAR)
        for index, height_value in enumerate(chart.values):
            if height_value is None:
                continue
            bar = (lower - upper) * min(height_value, top) / top
            painter.drawRect(
                QRectF(left + slot * index + slot * 0.15, lower - bar, slot * 0.7, bar)
            )
        painter.setPen(INK)
        every = max(1, math.ceil(count / 5))
        for index, label in enumerate(chart.labels):
            if index % every:
                continue
            painter.drawText(
                QRectF(left + slot * index - 60, lower + 6, slot + 120, 50),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label.split(" ", 1)[-1],
            )
    finally:
        painter.end()
    return image


def document(report: Report) -> QTextDocument:
    doc = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9)
    doc.setDefaultFont(font)
    for chart in report.charts:
        doc.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(f"chart:{chart.name}"),
            chart_image(chart),
        )
    doc.setHtml(report.html)
    return doc


def write_pdf(report: Report, path: Path) -> int:
    """Write *report* to *path* (readable only by the user, in place only when whole);
    returns the number of pages."""
    part = path.with_name(f".{path.name}.part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    try:
        writer = QPdfWriter(str(part))
        writer.setTitle("Sleep diary")
        writer.setCreator("Wind-Down Coach")
        writer.setResolution(300)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        doc = document(report)
        doc.setDocumentMargin(0)
        # Laid out in pages of 96 dots an inch, as on a screen; print_ scales them to
        # the writer's resolution (an unpaginated document would get 2 cm more margin).
        area = writer.pageLayout().paintRectPoints()
        doc.setPageSize(QSizeF(area.width() * 96 / 72, area.height() * 96 / 72))
        pages = doc.pageCount()
        doc.print_(writer)
        del writer  # closes the file
        with open(part, "rb+") as handle:
            os.fsync(handle.fileno())
        if os.path.getsize(part) == 0:
            raise OSError("the PDF writer wrote nothing (is the disk full?)")
        os.replace(part, path)
        sync_folder(path.parent)
        return pages
    except BaseException:
        part.unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class Written:
    pdf: Path
    pages: int
    table: Path | None = None
    codebook: Path | None = None
    rows: int = 0


def codebook_path(table: Path) -> Path:
    """Where the CSV's codebook goes: beside it (``nights.csv`` → ``nights-codebook.csv``)."""
    return table.with_name(f"{table.stem}-codebook{table.suffix or '.csv'}")


def window_words() -> ReportWords:
    """How the PDF says things in the window's language: its words, dates, body parts."""
    return ReportWords(
        say=QCoreApplication.translate,
        day=long_date,
        short_day=lambda day: day_name(day, short=True),
        area=area_label,
    )


def write_report_files(
    period: Period,
    item_label: Callable[[str], str],
    made_on: date,
    pdf: Path,
    table: Path | None = None,
    words: ReportWords | None = None,
) -> Written:
    """The PDF (in *words*; the window's language if None), and when *table* is given
    the CSV and its codebook (all 0600; English, as data for a spreadsheet).

    Raises OSError (with the file's name) when one cannot be written."""
    pages = write_pdf(report(period, item_label, made_on, words=words or window_words()), pdf)
    if table is None:
        return Written(pdf, pages)
    codebook = codebook_path(table)
    write_private_text(table, csv_text(period, item_label))
    write_private_text(codebook, codebook_text(item_label))
    rows = sum(1 for n in period.nights if n.has_anything)
    return Written(pdf, pages, table, codebook, rows)
