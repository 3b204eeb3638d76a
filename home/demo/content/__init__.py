"""Demo content as Python data: English source text next to its translations.

Every translatable piece of text is a :class:`T`: the English source and, keyed by language
code, what a translator wrote for it. The loader creates English pages from ``T.en`` and then
answers wagtail-localize's translation segments from the other keys.
"""

from dataclasses import dataclass, field

# Every demo page is translated into these; home, about and accessibility into more.
PAGE_LANGUAGES = ("ko", "vi", "id")
EXTRA_LANGUAGES = ("fr", "de", "es")


class T(dict):
    """A piece of text in English and its translations: ``T("Hello", ko="안녕하세요")``."""

    def __init__(self, en, **translations):
        super().__init__(en=en, **translations)

    @property
    def en(self):
        return self["en"]

    def format(self, **values):
        return T(**{lang: text.format(**values) for lang, text in self.items()})


@dataclass(frozen=True)
class Partner:
    sector: str  # government, research or business (cities.models.choices.Sector)
    organisation: T
    url: str = ""


@dataclass(frozen=True)
class City:
    slug: str
    title: T
    kind: str  # cities.models.choices.CityKind
    country: str  # ISO 3166-1 alpha-2
    population: int
    latitude: float
    longitude: float
    themes: tuple
    website: str
    intro: T
    goals: T
    offer: T
    partners: tuple = field(default_factory=tuple)
