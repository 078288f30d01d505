import sys, time, os, json
sys.path.insert(0, "tests")
import numpy as np
from pathlib import Path
from support.pulse import start_private_server, stop_private_server
from support.players import plan_of
from coach.audio.session_audio import mix
from coach.audio.server_volume import connect
import coach.audio.sound_helper as sh

srv = start_private_server()
os.environ["PULSE_SERVER"] = srv.address
try:
    tone = np.sin(np.arange(2205) * 0.1) * 3000
    plan = plan_of([(0.2, tone)], 1.0, Path("/tmp/p/snd"))
    mixer, f = mix(plan)
    server = connect()
    t0 = time.monotonic()
    def send(m): print(round(time.monotonic()-t0,3), m, flush=True)
    p = sh.Player(mixer, server, send)
    orig = p._fill
    def fill(n):
        d = orig(n); print(round(time.monotonic()-t0,3), "fill", n, len(d), flush=True); return d
    p._fill = fill
    import threading
    th = threading.Thread(target=sh._run_clock, args=(p,), daemon=True); th.start()
    with p.busy: p.start(0.0)
    time.sleep(4)
    for i in range(4):
        print("heard", p.heard()); time.sleep(0.3)
    p.close(); server.close()
finally:
    stop_private_server(srv)
