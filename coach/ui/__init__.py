"""Widgets that show state and forward what the user wants; no business logic here."""
