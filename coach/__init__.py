"""Wind-Down Coach: spoken progressive muscle relaxation for bedtime."""

__version__ = "0.1.0"
