"""Use cases, free of Qt: what the window, the command line and the session share."""
