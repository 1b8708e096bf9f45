"""Peewee models, opening a database, schema versions and the queries that feed the domain."""
