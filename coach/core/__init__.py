"""Qt-free core: routine model and format, timeline compiler, session engine.

Nothing in this package may import PySide6; it is tested with a fake clock.
"""
