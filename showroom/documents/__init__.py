"""Printed documents: one module per form, each a pure function from data to a PDF.

No Qt here. A form module takes a plain dataclass of the data it prints (never an ORM
object) and a :class:`~showroom.kernel.pdf.layout.DocumentContext` (settings, number, when
and by whom), builds a story from the blocks in :mod:`showroom.kernel.pdf.blocks`, and
renders it with :class:`~showroom.kernel.pdf.layout.DocumentBuilder`, which adds the
letterhead, headers and footers.
"""
