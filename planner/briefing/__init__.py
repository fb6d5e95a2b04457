"""The meeting briefing: collect → decide → render, one .docx per meeting, audience and language.

- ``request``: what to brief (account, meeting or date + attendees, audience, language).
- ``collect``: one read-model (``facts.MeetingData``) of everything the meeting needs.
- ``talking_points``: rules deriving points, questions, aims and risks, each with its sources.
- ``decide``: the sections an audience gets (``model``); the client model has no internal fields.
- ``render`` / ``render_sections`` / ``docx_kit`` / ``figures``: python-docx on the template.
- ``lexicon`` (+ ``lexicon_en``, ``lexicon_ru``) and ``typography``: every word and format.
- ``service``: ``build_briefing``, ``outline`` and the meeting pickers, for the app and ``kap brief``.

Import the submodules directly; python-docx and matplotlib load only when a document is written.
"""
