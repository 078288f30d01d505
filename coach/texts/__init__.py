"""Core's values in words of the window's language (Qt's translations, QtCore only).

The layer sits on core and under everything that shows text: the widgets, the
controllers and the command line all say a plan, a body area or a night the same way.
"""
