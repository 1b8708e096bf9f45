"""Files in: supplier catalogs read into plain records and per-row error reports.

Importers read files and nothing else; they know no database. The services decide what to
write.
"""
