"""The Briefing tab: choose a meeting, audience and language, preview the outline, write the .docx."""
