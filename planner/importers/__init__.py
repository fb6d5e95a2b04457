"""Importers: mail, calendars, contacts and spreadsheets into the planner, one transaction per file.

Stages, each a plain function or class tested alone: find the files (folders) → detect
(format by content) → parse (email_eml, mbox, email_msg, calendar_ics, contacts_vcf,
spreadsheet + sheet_reader + sheet_rows, with sheet_typed's direct path for typed order
rows; encodings, normalize and columns) → match (matching) → de-duplicate and write
(writer, writer_sheets, mailgroup; bulk for the multi-row inserts) → report.
``service.import_files`` runs a batch.
"""
