"""Translations, fonts, icons and demo data; installed as `oms_desktop.resources`."""
