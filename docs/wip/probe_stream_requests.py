import sys, time, os, ctypes, threading
sys.path.insert(0, "tests")
import numpy as np
from support.pulse import start_private_server, stop_private_server
from coach.audio.server_volume import connect
import coach.audio.pulse_stream as ps
srv = start_private_server(); os.environ["PULSE_SERVER"] = srv.address
try:
    server = connect()
    t0 = time.monotonic(); total = [0]
    def fill(n):
        total[0] += n
        print(f"{time.monotonic()-t0:6.3f} fill {n} total {total[0]/44100:.3f}s", flush=True)
        return bytes(n)
    s = ps.PulseStream(server, 22050, fill, lambda: print("ended"))
    lib = s._lib
    lib.pa_stream_get_buffer_attr.restype = ctypes.POINTER(ps._BufferAttr)
    lib.pa_stream_get_buffer_attr.argtypes = [ctypes.c_void_p]
    with s.locked():
        a = lib.pa_stream_get_buffer_attr(s._stream).contents
        print("attr", a.maxlength, a.tlength, a.prebuf, a.minreq)
    import subprocess
    for i in range(8):
        time.sleep(0.5); print(f"{time.monotonic()-t0:6.3f} time", s.time())
        if i in (0, 4):
            out = subprocess.run(["pactl", "list", "sinks"], capture_output=True, text=True, env={**os.environ}).stdout
            print([l.strip() for l in out.splitlines() if "atency" in l])
            out = subprocess.run(["pactl", "list", "sink-inputs"], capture_output=True, text=True, env={**os.environ}).stdout
            print([l.strip() for l in out.splitlines() if "atency" in l])
    s.close(); server.close()
finally:
    stop_private_server(srv)
