"""Anonymised counts that leave the desk: the catalogue, the release, the writers.

Pure Python, no Qt and no SQL: :mod:`.catalogue` names the tables and periods,
:mod:`.release` turns counts into protected tables (through
:mod:`hotline.disclosure`), :mod:`.writers` and :mod:`.manifest` write the files,
:mod:`.formats` is the one registry of the formats (name, extension, writer;
the PDF is registered from the Qt side) and :mod:`.grid` lays a table out as
rows by columns.  The counting itself lives in :mod:`hotline.storage.exports`
and the use case in :mod:`hotline.services.export`.
"""
