"""The machine's own stalls: a bare PySide6 window with the app bench's 1 ms ticker.

Runs beside the app's session (same seconds, same machine) until its standard input
closes, then prints the longest gap between ticks and how much of it this process's
window thread spent running (the rest it waited: for the machine, not for its own work).
"""

import os
import sys
import threading
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare"))
    window.resize(820, 560)
    window.show()
    longest = [0.0, 0.0, 0.0]  # wall s, thread CPU s in it, longest thread CPU in any gap
    last = [0.0, 0.0]
    closed = threading.Event()

    def tick() -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if last[0]:
            wall, work = now - last[0], cpu - last[1]
            if wall > longest[0]:
                longest[0], longest[1] = wall, work
            longest[2] = max(longest[2], work)
        last[0], last[1] = now, cpu
        if closed.is_set():
            app.quit()

    def wait_for_eof() -> None:
        sys.stdin.buffer.read()
        closed.set()

    threading.Thread(target=wait_for_eof, daemon=True).start()
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(tick)
    # Its first second (the first paint, Qt settling) is not the machine's stalls.
    QTimer.singleShot(1000, lambda: ticker.start(1))
    app.exec()
    print(
        f"bare-ticks gap_ms={longest[0] * 1000:.3f} work_ms={longest[1] * 1000:.3f} "
        f"longest_work_ms={longest[2] * 1000:.3f}",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
