"""How each channel looks wherever it is shown: one colour and one icon name per kind,
shared by the timeline, the quick log and the activity chart."""

from __future__ import annotations

from db.enums import InteractionKind

#: Order of channels in legends and filters: the richest contact first.
ORDER = (
    InteractionKind.SITE_VISIT,
    InteractionKind.MEETING,
    InteractionKind.CONFERENCE,
    InteractionKind.VIDEO_CALL,
    InteractionKind.CALL,
    InteractionKind.EMAIL,
    InteractionKind.MESSAGE,
    InteractionKind.WEB_VISIT,
    InteractionKind.NOTE,
)
COLOURS = {
    InteractionKind.SITE_VISIT: "#1f5fa8",
    InteractionKind.MEETING: "#3a9a5b",
    InteractionKind.CONFERENCE: "#8c4fb3",
    InteractionKind.VIDEO_CALL: "#2aa1b3",
    InteractionKind.CALL: "#e07b1a",
    InteractionKind.EMAIL: "#6b7a8f",
    InteractionKind.MESSAGE: "#b39b2d",
    InteractionKind.WEB_VISIT: "#c2577a",
    InteractionKind.NOTE: "#9aa3ad",
}
#: Icon names (freedesktop / Qt theme names the UI maps to its own icon files).
ICONS = {
    InteractionKind.SITE_VISIT: "go-home",
    InteractionKind.MEETING: "system-users",
    InteractionKind.CONFERENCE: "applications-education",
    InteractionKind.VIDEO_CALL: "camera-web",
    InteractionKind.CALL: "call-start",
    InteractionKind.EMAIL: "mail-message",
    InteractionKind.MESSAGE: "mail-send",
    InteractionKind.WEB_VISIT: "applications-internet",
    InteractionKind.NOTE: "accessories-text-editor",
}
NAMES = {
    "en": {
        InteractionKind.SITE_VISIT: "Site visit",
        InteractionKind.MEETING: "Meeting",
        InteractionKind.CONFERENCE: "Conference",
        InteractionKind.VIDEO_CALL: "Video call",
        InteractionKind.CALL: "Call",
        InteractionKind.EMAIL: "E-mail",
        InteractionKind.MESSAGE: "Message",
        InteractionKind.WEB_VISIT: "Web visit",
        InteractionKind.NOTE: "Note",
    },
    "ru": {
        InteractionKind.SITE_VISIT: "Визит",
        InteractionKind.MEETING: "Встреча",
        InteractionKind.CONFERENCE: "Конференция",
        InteractionKind.VIDEO_CALL: "Видеозвонок",
        InteractionKind.CALL: "Звонок",
        InteractionKind.EMAIL: "Письмо",
        InteractionKind.MESSAGE: "Сообщение",
        InteractionKind.WEB_VISIT: "Посещение сайта",
        InteractionKind.NOTE: "Заметка",
    },
}


def name(kind: InteractionKind, lang: str = "en") -> str:
    return NAMES.get(lang, NAMES["en"])[kind]
