"""The PySide6 desktop application: thin screens over the services."""
