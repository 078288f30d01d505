"""Speech engines, each behind one protocol (:mod:`.protocol`).

- :mod:`.espeak` — eSpeak NG through pyttsx3, and the ``espeak-ng`` command;
- :mod:`.natural` — the natural English voice (hibari-tts);
- :mod:`.helper` — the helper process's main: it runs one engine and renders;
- :mod:`.client` — the app's side: a helper process per engine (and per pyttsx3 setting);
- :mod:`.chain` — which engine speaks: the natural voice for English, eSpeak NG for the rest.
"""
