"""Use cases, one transaction each. The GUI and the CLI call only these."""
