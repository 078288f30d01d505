"""A real X screen for tests: Xvfb, optionally a system-tray host, and window handling.

Everything here is started as a child process and stopped by its PID.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from Xlib import X, Xatom, display, protocol  # python-xlib, from the test extra
from Xlib.error import BadWindow

from support.processes import stop


@dataclass
class Desktop:
    name: str  # for DISPLAY, e.g. ":5"
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def env(self) -> dict[str, str]:
        return {**os.environ, "DISPLAY": self.name, "QT_QPA_PLATFORM": "xcb"}

    def connect(self) -> display.Display:
        return display.Display(self.name)

    def tray_owned(self) -> bool:
        with contextlib.closing(self.connect()) as d:
            atom = d.intern_atom("_NET_SYSTEM_TRAY_S0")
            return d.get_selection_owner(atom) != X.NONE

    def find_window(self, title: str, pid: int | None = None) -> int | None:
        """The id of a top-level window whose title is *title* (of process *pid*)."""
        with contextlib.closing(self.connect()) as d:
            net_pid = d.intern_atom("_NET_WM_PID")
            for window in d.screen().root.query_tree().children:
                name = window.get_wm_name()
                if name != title:
                    continue
                if pid is not None:
                    prop = window.get_full_property(net_pid, Xatom.CARDINAL)
                    if prop is None or prop.value[0] != pid:
                        continue
                return int(window.id)
        return None

    def viewable(self, window_id: int) -> bool:
        with contextlib.closing(self.connect()) as d:
            try:
                attributes = d.create_resource_object("window", window_id).get_attributes()
            except BadWindow:  # gone
                return False
            return attributes.map_state == X.IsViewable

    def close_window(self, window_id: int) -> None:
        """What a window manager's close button does: send WM_DELETE_WINDOW."""
        with contextlib.closing(self.connect()) as d:
            window = d.create_resource_object("window", window_id)
            protocols = d.intern_atom("WM_PROTOCOLS")
            delete = d.intern_atom("WM_DELETE_WINDOW")
            event = protocol.event.ClientMessage(
                window=window, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0])
            )
            window.send_event(event)
            d.sync()  # a round trip: the server has handled it before we hang up


def wait_until(condition, seconds: float = 20.0, what: str = "") -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        time.sleep(0.05)


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a display number of its own (a random high one: a chroot beside us has
    other lock files but shares the abstract socket names), once it is ready."""
    rng = random.Random()
    for _ in range(20):
        number = rng.randint(100, 4000)
        if os.path.exists(f"/tmp/.X{number}-lock"):
            continue
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            [
                "Xvfb",
                f":{number}",
                "-displayfd",
                str(write),
                "-screen",
                "0",
                "1280x800x24",
                "-noreset",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        # Read the whole line: Xvfb writes the number and the newline apart, and dies
        # ("Cannot write display number") if the pipe is closed in between.
        line = b""
        while not line.endswith(b"\n"):
            chunk = os.read(read, 16)
            if not chunk:
                break  # it stopped
            line += chunk
        os.close(read)
        ready = line.decode().strip()
        if ready and xvfb.poll() is None:
            return xvfb, f":{ready}"
        stop(xvfb)
    raise RuntimeError("Xvfb did not start on any display")


@contextlib.contextmanager
def desktop(tray: bool) -> Iterator[Desktop]:
    """An Xvfb screen of 1280×800 (and a tray host if *tray*), stopped on the way out."""
    for tool in ("Xvfb", *(("trayer",) if tray else ())):
        if shutil.which(tool) is None:
            raise RuntimeError(f"{tool} is not installed; scripts/test installs it")
    xvfb, name = _start_xvfb()
    screen = Desktop(name)
    screen.processes.append(xvfb)
    try:
        if tray:
            screen.processes.append(
                subprocess.Popen(
                    [
                        "trayer",
                        "--edge",
                        "top",
                        "--align",
                        "right",
                        "--widthtype",
                        "pixel",
                        "--width",
                        "120",
                        "--height",
                        "24",
                    ],
                    env=screen.env(),
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
            wait_until(screen.tray_owned, what="the tray host")
        yield screen
    finally:
        for process in reversed(screen.processes):
            stop(process)
