"""Country and language names in the app's language ("DE" → "Germany" / "Германия").

Qt names territories and languages only in English or in their own language, so
the ones a key-account portfolio meets are listed here for the translators; any
other code falls back to Qt's English name, then to the code itself.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

COUNTRIES: dict[str, str] = {
    "AE": QT_TRANSLATE_NOOP("countries", "United Arab Emirates"),
    "AM": QT_TRANSLATE_NOOP("countries", "Armenia"),
    "AT": QT_TRANSLATE_NOOP("countries", "Austria"),
    "AZ": QT_TRANSLATE_NOOP("countries", "Azerbaijan"),
    "BE": QT_TRANSLATE_NOOP("countries", "Belgium"),
    "BG": QT_TRANSLATE_NOOP("countries", "Bulgaria"),
    "BR": QT_TRANSLATE_NOOP("countries", "Brazil"),
    "BY": QT_TRANSLATE_NOOP("countries", "Belarus"),
    "CA": QT_TRANSLATE_NOOP("countries", "Canada"),
    "CH": QT_TRANSLATE_NOOP("countries", "Switzerland"),
    "CN": QT_TRANSLATE_NOOP("countries", "China"),
    "CZ": QT_TRANSLATE_NOOP("countries", "Czechia"),
    "DE": QT_TRANSLATE_NOOP("countries", "Germany"),
    "DK": QT_TRANSLATE_NOOP("countries", "Denmark"),
    "EE": QT_TRANSLATE_NOOP("countries", "Estonia"),
    "ES": QT_TRANSLATE_NOOP("countries", "Spain"),
    "FI": QT_TRANSLATE_NOOP("countries", "Finland"),
    "FR": QT_TRANSLATE_NOOP("countries", "France"),
    "GB": QT_TRANSLATE_NOOP("countries", "United Kingdom"),
    "GE": QT_TRANSLATE_NOOP("countries", "Georgia"),
    "GR": QT_TRANSLATE_NOOP("countries", "Greece"),
    "HU": QT_TRANSLATE_NOOP("countries", "Hungary"),
    "IE": QT_TRANSLATE_NOOP("countries", "Ireland"),
    "IN": QT_TRANSLATE_NOOP("countries", "India"),
    "IT": QT_TRANSLATE_NOOP("countries", "Italy"),
    "JP": QT_TRANSLATE_NOOP("countries", "Japan"),
    "KG": QT_TRANSLATE_NOOP("countries", "Kyrgyzstan"),
    "KR": QT_TRANSLATE_NOOP("countries", "South Korea"),
    "KZ": QT_TRANSLATE_NOOP("countries", "Kazakhstan"),
    "LT": QT_TRANSLATE_NOOP("countries", "Lithuania"),
    "LU": QT_TRANSLATE_NOOP("countries", "Luxembourg"),
    "LV": QT_TRANSLATE_NOOP("countries", "Latvia"),
    "MD": QT_TRANSLATE_NOOP("countries", "Moldova"),
    "MN": QT_TRANSLATE_NOOP("countries", "Mongolia"),
    "NL": QT_TRANSLATE_NOOP("countries", "Netherlands"),
    "NO": QT_TRANSLATE_NOOP("countries", "Norway"),
    "PL": QT_TRANSLATE_NOOP("countries", "Poland"),
    "PT": QT_TRANSLATE_NOOP("countries", "Portugal"),
    "RO": QT_TRANSLATE_NOOP("countries", "Romania"),
    "RS": QT_TRANSLATE_NOOP("countries", "Serbia"),
    "RU": QT_TRANSLATE_NOOP("countries", "Russia"),
    "SA": QT_TRANSLATE_NOOP("countries", "Saudi Arabia"),
    "SE": QT_TRANSLATE_NOOP("countries", "Sweden"),
    "SG": QT_TRANSLATE_NOOP("countries", "Singapore"),
    "SI": QT_TRANSLATE_NOOP("countries", "Slovenia"),
    "SK": QT_TRANSLATE_NOOP("countries", "Slovakia"),
    "TJ": QT_TRANSLATE_NOOP("countries", "Tajikistan"),
    "TM": QT_TRANSLATE_NOOP("countries", "Turkmenistan"),
    "TR": QT_TRANSLATE_NOOP("countries", "Turkey"),
    "UA": QT_TRANSLATE_NOOP("countries", "Ukraine"),
    "US": QT_TRANSLATE_NOOP("countries", "United States"),
    "UZ": QT_TRANSLATE_NOOP("countries", "Uzbekistan"),
    "VN": QT_TRANSLATE_NOOP("countries", "Vietnam"),
}

LANGUAGES: dict[str, str] = {
    "ar": QT_TRANSLATE_NOOP("languages", "Arabic"),
    "be": QT_TRANSLATE_NOOP("languages", "Belarusian"),
    "cs": QT_TRANSLATE_NOOP("languages", "Czech"),
    "da": QT_TRANSLATE_NOOP("languages", "Danish"),
    "de": QT_TRANSLATE_NOOP("languages", "German"),
    "en": QT_TRANSLATE_NOOP("languages", "English"),
    "es": QT_TRANSLATE_NOOP("languages", "Spanish"),
    "fi": QT_TRANSLATE_NOOP("languages", "Finnish"),
    "fr": QT_TRANSLATE_NOOP("languages", "French"),
    "it": QT_TRANSLATE_NOOP("languages", "Italian"),
    "ja": QT_TRANSLATE_NOOP("languages", "Japanese"),
    "kk": QT_TRANSLATE_NOOP("languages", "Kazakh"),
    "ko": QT_TRANSLATE_NOOP("languages", "Korean"),
    "nl": QT_TRANSLATE_NOOP("languages", "Dutch"),
    "no": QT_TRANSLATE_NOOP("languages", "Norwegian"),
    "pl": QT_TRANSLATE_NOOP("languages", "Polish"),
    "pt": QT_TRANSLATE_NOOP("languages", "Portuguese"),
    "ru": QT_TRANSLATE_NOOP("languages", "Russian"),
    "sv": QT_TRANSLATE_NOOP("languages", "Swedish"),
    "tr": QT_TRANSLATE_NOOP("languages", "Turkish"),
    "uk": QT_TRANSLATE_NOOP("languages", "Ukrainian"),
    "uz": QT_TRANSLATE_NOOP("languages", "Uzbek"),
    "zh": QT_TRANSLATE_NOOP("languages", "Chinese"),
}


def country_name(code: str | None) -> str | None:
    """``DE`` as "Germany (DE)" in the app's language; an unknown code as itself."""
    if not code:
        return None
    code = code.upper()
    source = COUNTRIES.get(code)
    if source is not None:
        return f"{QCoreApplication.translate('countries', source)} ({code})"
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return f"{QLocale.territoryToString(territory)} ({code})"


def language_name(code: str | None) -> str | None:
    """``ru`` as "Russian" in the app's language; an unknown code as itself."""
    if not code:
        return None
    base = code.split("-")[0].split("_")[0].lower()
    source = LANGUAGES.get(base)
    if source is not None:
        return QCoreApplication.translate("languages", source)
    language = QLocale.codeToLanguage(base)
    if language == QLocale.Language.AnyLanguage:
        return code
    return QLocale.languageToString(language)
