"""Adapters around the outside world: speech, storage, settings."""
