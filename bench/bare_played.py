"""The floor for memory after a session: a bare PySide6 window that has played two seconds
of sound through a QAudioSink (so it pays for QtMultimedia's back end, as the app does)."""

import os
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bare_window import private_kb, rss_kb

RATE = 22050

if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare"))
    window.resize(820, 560)
    window.show()
    fmt = QAudioFormat()
    fmt.setSampleRate(RATE)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    sink = QAudioSink(QMediaDevices.defaultAudioOutput(), fmt)
    sound = QBuffer()
    sound.setData(QByteArray(bytes(RATE * 2 * 2)))
    sound.open(QIODevice.OpenModeFlag.ReadOnly)

    def done() -> None:
        if sink.state() == QtAudio.State.IdleState:
            sink.stop()
            QTimer.singleShot(500, report)

    def report() -> None:
        print(f"coach-bare-played rss_kb={rss_kb()} private_kb={private_kb()}", flush=True)
        app.quit()

    sink.stateChanged.connect(done)
    sink.start(sound)
    QTimer.singleShot(15_000, report)  # never longer than this
    sys.exit(app.exec())
