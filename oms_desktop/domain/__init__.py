"""Pure business rules: no Qt, no database, no I/O."""
