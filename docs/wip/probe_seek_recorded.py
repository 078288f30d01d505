import sys, time, os, threading
sys.path.insert(0, "tests")
import numpy as np
from pathlib import Path
from support.pulse import start_private_server, stop_private_server, recording, read_raw
from support.players import plan_of
from coach.audio.session_audio import mix
from coach.audio.server_volume import connect
from coach.audio.wav import RATE
import coach.audio.sound_helper as sh
srv = start_private_server()
os.environ["PULSE_SERVER"] = srv.address
raw = Path("/tmp/p/seek.raw")
try:
    t = np.arange(RATE * 10) / RATE
    plan = plan_of([(0.0, np.sin(2*np.pi*300*t)*12000), (10.0, np.sin(2*np.pi*900*t)*12000)], 20.0, Path("/tmp/p/snd2"))
    mixer, f = mix(plan)
    server = connect()
    t0 = time.monotonic()
    ev = []
    def send(m): ev.append((round(time.monotonic()-t0,3), m))
    with recording(srv, raw, RATE):
        time.sleep(0.5)
        t0 = time.monotonic()
        p = sh.Player(mixer, server, send)
        th = threading.Thread(target=sh._run_clock, args=(p,), daemon=True); th.start()
        with p.busy: p.start(0.0)
        time.sleep(3)
        with p.busy: ev.append((round(time.monotonic()-t0,3), "seek")); p.seek(10.0, False)
        p.wake.set()
        time.sleep(float(os.environ.get("AFTER", "3")))
        ev.append((round(time.monotonic()-t0,3), "close"))
        p.close(); 
        time.sleep(1)
    server.close()
finally:
    stop_private_server(srv)
for e in ev: print(e)
a = read_raw(raw).astype(float)
step = RATE // 10
for i in range(0, len(a) - step, step):
    c = a[i:i+step]; sp = np.abs(np.fft.rfft(c)); 
    print(f"{i/RATE:5.1f} {np.abs(c).max():7.0f} {np.argmax(sp)*RATE/len(c):5.0f}")
