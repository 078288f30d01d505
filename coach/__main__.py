"""Entry point for ``python -m coach``."""

from coach.main import main

raise SystemExit(main())
