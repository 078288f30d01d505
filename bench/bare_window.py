"""The floor Qt itself sets: a bare PySide6 window that loads QtMultimedia."""

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtMultimedia import QMediaDevices  # noqa: F401 - loading it is the point
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def private_kb() -> int:
    """Memory only this process uses (private clean + dirty pages), beside RSS."""
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
            return sum(
                int(line.split()[1])
                for line in rollup
                if line.startswith(("Private_Clean:", "Private_Dirty:"))
            )
    except OSError:
        return 0


class Bare(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setCentralWidget(QLabel("bare"))
        self.resize(820, 560)
        self._painted = False

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.report)

    def report(self) -> None:
        print(
            f"coach-startup painted={time.monotonic():.6f} rss_kb={rss_kb()} "
            f"private_kb={private_kb()}",
            flush=True,
        )
        QApplication.instance().quit()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    window = Bare()
    window.show()
    sys.exit(app.exec())
