"""The main window: routines on one page, the session on the other.

The home page is built first and painted; the session, tonight and simple pages, the
dimmer and the session keys come just after (:meth:`MainWindow.add_pages`), so the
window is up sooner.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFontMetrics,
    QKeyEvent,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.core.formatting import next_change
from coach.core.session import State
from coach.ui.home_page import HomePage
from coach.ui.placement import centre_over_parent

if TYPE_CHECKING:
    from coach.core.body_progress import Jump
    from coach.ui.dim_overlay import DimOverlay
    from coach.ui.session_page import SessionPage
    from coach.ui.simple_page import SimplePage
    from coach.ui.tonight_page import TonightPage

translate = QCoreApplication.translate

#: How often the progress bar and time left are refreshed while running (ms).
#: The session's bar and minutes left are shown again when they change, at most this
#: often (ms); never while the window is hidden, minimised or the screen is dark.
REFRESH_MIN_MS = 250


#: A dialog that changes its size this soon after opening is centred again (ms).
SETTLE_MS = 700
#: The notice area grows to this many lines of text at most; more scroll.
NOTICE_LINES = 3
#: The events the window's application-wide filter looks at (keys anywhere in it, its own
#: showing and minimising, dialogs opening and settling); every other one passes on.
WATCHED_EVENTS = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.Show, QEvent.Type.WindowStateChange, QEvent.Type.Resize}
)


class MainWindow(QMainWindow):
    """The window: its pages show the session's state and forward what the person asks
    for (the composition root connects both to the session controller)."""

    #: Preferences (voice, screen and sound, evening and reminders).
    preferences_requested = Signal()
    #: Emitted once, after the window has been painted for the first time.
    first_painted = Signal()
    #: The session keys and buttons: pause or resume, the step before, the next, stop.
    pause_requested = Signal()
    previous_requested = Signal()
    next_requested = Signal()
    stop_requested = Signal()
    startle_requested = Signal()
    #: A body region clicked while paused: go to the step that relaxes it.
    region_chosen = Signal(str)

    # Built by add_pages(), after the home page has been painted.
    session: SessionPage
    tonight: TonightPage
    simple: SimplePage
    dimmer: DimOverlay
    notice: QLabel
    dismiss_button: QPushButton
    notice_bar: QWidget

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False
        self._complete = False
        #: Where the session stands (position, length) for the time shown; None while
        #: nothing plays.  Given by the composition root.
        self.progress: Callable[[], tuple[float, float] | None] = lambda: None
        #: Whether the session shown is the editor's preview (which stays in the editor).
        self.previewing: Callable[[], bool] = lambda: False
        self.setWindowTitle(translate("MainWindow", "Wind-Down Coach"))
        self.resize(860, 660)
        self._notices: list[str] = []
        self._session_notice = ""
        self.pages = QStackedWidget()
        # Made inside the pages (not moved there after): a page moved under a styled
        # parent is styled over again, a few milliseconds before the first paint.
        self.home = HomePage(self.pages)
        self.simple_mode = False
        self.pages.addWidget(self.home)
        # Only the page shown counts for the window's size (not the largest of all).
        self.pages.currentChanged.connect(self._size_to_page)
        self.close_requested_to_tray: Callable[[], bool] = lambda: False
        #: Set when the person chose Quit: closing then really closes, never to the tray.
        self.quitting = False
        central = self._central = QWidget()
        layout = self._layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        #: The window's state before the screen went dark (it goes full screen).
        self._state_before_dim: Qt.WindowState | None = None

        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.timeout.connect(self._show_time)
        self._running = False
        self.home.preferences_requested.connect(self.preferences_requested)
        # The session keys (given by add_pages()).
        self.session_keys: dict[int, Callable[[], object]] = {}
        self._keys_enabled = False
        self.home.routines.setFocus()

    def _build_notice_bar(self) -> None:
        """The notices' area above the pages (hidden while there is nothing to say)."""
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(translate("MainWindow", "Notice"))
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.dismiss_button = QPushButton(translate("MainWindow", "Dismiss"))
        self.dismiss_button.setAccessibleName(translate("MainWindow", "Dismiss the notice"))
        self.dismiss_button.clicked.connect(self.dismiss_notices)
        self.notice_bar = QWidget()
        bar = QHBoxLayout(self.notice_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        # At most a few lines tall (more scroll), so notices never squeeze the page.
        self._notice_scroll = QScrollArea()
        self._notice_scroll.setWidget(self.notice)
        self._notice_scroll.setWidgetResizable(True)
        self._notice_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._notice_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar.addWidget(self._notice_scroll, 1)
        bar.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.notice_bar.hide()
        self._layout.insertWidget(0, self.notice_bar)

    def add_pages(self, body_svg: Path) -> None:
        """Build the session, tonight and simple pages, the dimmer and the session keys
        (once: the home page is painted before them)."""
        if self._complete:
            return
        from coach.ui.dim_overlay import DimOverlay
        from coach.ui.session_page import SessionPage
        from coach.ui.simple_page import SimplePage
        from coach.ui.tonight_page import TonightPage

        self._build_notice_bar()
        self.session = SessionPage(body_svg, self.pages)  # (made inside: styled once)
        self.tonight = TonightPage(self.pages)
        self.simple = SimplePage(self.pages)
        self.pages.addWidget(self.session)
        self.pages.addWidget(self.tonight)
        self.pages.addWidget(self.simple)
        self._size_to_page()
        self.dimmer = DimOverlay(self._central)
        self.dimmer.touched.connect(self._lift_screen)
        self.session.display_changed.connect(self._show_time)  # e.g. the screen no longer dark
        self.session.pause_requested.connect(self.pause_requested)
        self.session.previous_requested.connect(self.previous_requested)
        self.session.next_requested.connect(self.next_requested)
        self.session.stop_requested.connect(self.stop_requested)
        self.session.startle_requested.connect(self.startle_requested)
        self.session.back_requested.connect(self.show_home)
        self.home.tonight_requested.connect(self.show_tonight)
        self.tonight.back_requested.connect(self.show_home)
        self.session.body_map.region_clicked.connect(self.region_chosen)

        #: The session keys.  They are handled as key events rather than QShortcuts:
        #: a shortcut only fires in the active window, while a focused button would
        #: otherwise take Space for a click (e.g. on Stop).
        self.session_keys = {
            Qt.Key.Key_Space: self.pause_requested.emit,
            Qt.Key.Key_Left: self.previous_requested.emit,
            Qt.Key.Key_Right: self.next_requested.emit,
            Qt.Key.Key_Escape: self.stop_requested.emit,
            Qt.Key.Key_S: self.startle_requested.emit,
        }
        self._complete = True
        self._show_notices()
        # Every key pressed in this window passes here first, whatever has the focus
        # (even a button on a page that is no longer shown).  Installed only now: the
        # first object PySide6 does not know (Qt's private classes pass an application's
        # filter) makes it create every class and enum it has, ~0.1 s.
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            if self.isVisible():
                self._refresh.start(0)

    def show_jump(self, jump: Jump) -> None:
        """The session went to another step while paused (a click on the body map)."""
        self.session.show_body(jump.roles)
        self.session.show_words(jump.words)
        self.session.show_section(jump.section)
        self._show_time()  # the bar and the time left agree with the words at once

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def add_notice(self, text: str) -> None:
        """Add *text* below what the notice area already says (the last few are kept)."""
        kept = [line for line in self._notices if line != text]
        self._notices = [*kept[-2:], text]
        self._show_notices()

    def show_notice(self, text: str) -> None:
        """Say *text* in the notice area instead of the app's earlier notices."""
        self._notices = [text] if text else []
        self._show_notices()

    def show_session_notice(self, text: str) -> None:
        """What the session says (no voice, no sound…); kept apart from the app's notices."""
        self._session_notice = text
        self._show_notices()

    def _place_dialog(self, dialog: QDialog, event: QEvent) -> None:
        """Centre a dialog over its window when it opens, and again if it settles its
        size just after (message boxes do); later a dialog moved by hand stays put."""
        kind = event.type()
        if kind == QEvent.Type.Show and not dialog.property("placed"):
            clock = QElapsedTimer()
            clock.start()
            dialog.setProperty("placed", clock.msecsSinceReference())
            centre_over_parent(dialog)
        elif kind == QEvent.Type.Resize and dialog.isVisible():
            placed = dialog.property("placed")
            clock = QElapsedTimer()
            clock.start()
            if isinstance(placed, int) and clock.msecsSinceReference() - placed < SETTLE_MS:
                centre_over_parent(dialog)

    def _size_to_page(self, _index: int = 0) -> None:
        for i in range(self.pages.count()):
            page = self.pages.widget(i)
            if page is None:
                continue
            policy = (
                QSizePolicy.Policy.Preferred
                if page is self.pages.currentWidget()
                else QSizePolicy.Policy.Ignored
            )
            page.setSizePolicy(policy, policy)
            page.updateGeometry()

    def dismiss_notices(self) -> None:
        """The person has read them: clear the notice area until something new comes."""
        self._notices = []
        self._session_notice = ""
        self._show_notices()

    def _show_notices(self) -> None:
        if not self._complete:
            return  # said once the notice area is there (add_pages)
        text = "\n\n".join([n for n in (self._session_notice, *self._notices) if n])
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self.notice_bar.setVisible(bool(text))
        self._fit_notice()

    def _fit_notice(self) -> None:
        lines = QFontMetrics(self.notice.font()).lineSpacing()
        margins = self.notice.contentsMargins()
        needed = self.notice.heightForWidth(max(200, self._notice_scroll.viewport().width()))
        most = lines * NOTICE_LINES + margins.top() + margins.bottom() + 16
        self._notice_scroll.setFixedHeight(max(lines + 16, min(needed, most)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._complete and self.notice_bar.isVisible():
            self._fit_notice()

    def home_entries(self) -> list:
        """The routines listed on the home page."""
        return [
            self.home.routines.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.home.routines.count())
        ]

    def show_tonight(self) -> None:
        self.pages.setCurrentWidget(self.tonight)
        self.tonight.items.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.quitting and self.close_requested_to_tray():
            event.ignore()
            self.hide()
            return
        super().closeEvent(event)

    def show_home(self) -> None:
        if self.simple_mode:
            self.pages.setCurrentWidget(self.simple)
            self.simple.start_button.setFocus()
            return
        self.pages.setCurrentWidget(self.home)
        self.home.routines.setFocus()

    def _set_session_keys(self, enabled: bool) -> None:
        self._keys_enabled = enabled

    def _session_key(self, event: QKeyEvent) -> bool:
        """Run the session action for *event*'s key; whether it was one."""
        action = self.session_keys.get(event.key()) if self._keys_enabled else None
        on_session = self.pages.currentWidget() is self.session
        if event.key() == Qt.Key.Key_S and on_session:
            action = self.startle_requested.emit  # also after the session, in the night
        if event.key() == Qt.Key.Key_Escape and on_session and self.session.night_shown:
            action = self.stop_requested.emit  # the background playing on after it
        if action is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if not event.isAutoRepeat():
            action()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in WATCHED_EVENTS:  # most of what passes (timers, paints): at once
            return False
        if isinstance(watched, QDialog) and watched.isWindow():
            self._place_dialog(watched, event)
        if watched is self and kind in (QEvent.Type.Show, QEvent.Type.WindowStateChange):
            # Shown or (un)minimised: look again at once; the time is drawn and its timer
            # kept only while it can be seen (once hidden, the next look stops it).  Done
            # here, not by overriding the window's own event handlers, which Qt also
            # calls while it destroys the window.
            self._refresh.start(0)
        if (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and watched.window() is self
        ):
            if self.dimmer.isVisible() and self.dimmer.level > 0:
                self._lift_screen()  # the first touch only brings the screen back
                return True
            if self._session_key(event):
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
                watched, QAbstractButton
            ):
                watched.click()  # Enter activates the focused button
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._complete:
            super().keyPressEvent(event)
            return
        if self.dimmer.isVisible() and self.dimmer.level > 0:
            self._lift_screen()  # the first touch only brings the screen back
            return
        if not self._session_key(event):
            super().keyPressEvent(event)

    def show_state(self, state: State) -> None:
        self.session.show_state(state)
        if self.previewing():
            # The editor's preview shows and stops in the editor; this window stays put.
            self._set_session_keys(False)
            self._refresh.stop()
            return
        if state is State.PREPARING:
            self.pages.setCurrentWidget(self.session)
            self.session.show_preparing(0, 0)
            self.session.stop_button.setFocus()  # never a button on a hidden page
        self._set_session_keys(state in (State.PREPARING, State.RUNNING, State.PAUSED))
        self._running = state is State.RUNNING
        self._refresh.stop()
        self._show_time()
        if state is State.STOPPED:
            self.show_home()
        if state is State.FINISHED:
            self.session.back_button.setFocus()  # the session controls are gone
            self._dim_screen()
        elif state in (State.PREPARING, State.RUNNING):
            self._lift_screen()

    def _dim_screen(self) -> None:
        """Fade to black over the whole screen: the window goes full screen first."""
        if self._state_before_dim is None:
            self._state_before_dim = self.windowState()
        self.dimmer.dim()
        if self.isVisible():
            self.showFullScreen()

    def _lift_screen(self) -> None:
        self.dimmer.lift()
        if self._state_before_dim is not None:
            self.setWindowState(self._state_before_dim)
            self._state_before_dim = None

    def _show_time(self) -> None:
        """Show the bar and the minutes left; while they are seen, come back when one of
        them will change (not on a fixed tick that repaints the window every second)."""
        shown = self.progress()
        if shown is None:
            return
        self.session.show_time(*shown)
        wait = next_change(*shown, self.session.bar_steps(shown[1]))
        if wait is not None and self._time_seen():
            self._refresh.start(max(REFRESH_MIN_MS, math.ceil(wait * 1000) + 5))
        else:
            self._refresh.stop()

    def _time_seen(self) -> bool:
        return (
            self._running
            and self.isVisible()
            and not self.isMinimized()
            and self.pages.currentWidget() is self.session
            and not self.session.display.screen_dark
        )
