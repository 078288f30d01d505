"""The floor for CPU at rest: a bare QAudioSink playing silence from a QBuffer (all C++)."""

import sys
import time

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QTimer
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices

SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 8.0
RATE = 22050

app = QCoreApplication(sys.argv[:1])
fmt = QAudioFormat()
fmt.setSampleRate(RATE)
fmt.setChannelCount(1)
fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
sink = QAudioSink(QMediaDevices.defaultAudioOutput(), fmt)
sink.setBufferSize(int(RATE * 2 * 0.25))  # as the app does
silence = QBuffer()
silence.setData(QByteArray(bytes(int(RATE * 2 * (SECONDS + 3)))))
silence.open(QIODevice.OpenModeFlag.ReadOnly)
sink.start(silence)
marks = {}


def begin() -> None:
    marks["cpu"], marks["wall"] = time.process_time(), time.monotonic()


def end() -> None:
    cpu = 100 * (time.process_time() - marks["cpu"]) / (time.monotonic() - marks["wall"])
    print(f"coach-bare-sink cpu_percent={cpu:.3f}", flush=True)
    app.quit()


QTimer.singleShot(1000, begin)
QTimer.singleShot(int(1000 + SECONDS * 1000), end)
sys.exit(app.exec())
