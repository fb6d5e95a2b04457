"""Importers: mail, calendars, contacts and spreadsheets into the planner, one transaction per file.

Stages, each a plain function or class tested alone: detect (format by content) →
parse (email_eml, mbox, email_msg, calendar_ics, contacts_vcf, spreadsheet + sheet_rows,
with encodings, normalize and columns) → match (matching) → de-duplicate and write
(writer, writer_sheets) → report. ``service.import_files`` runs a batch.
"""
