"""The city network's models.

Snippets (translatable, one row per locale; pages point to the English rows):
- ``cities.Theme``: name, slug (the same in every locale), description.
- ``cities.Country``: name, iso_code (ISO 3166-1 alpha-2), region ("eu" or "partner").

Pages (all inherit ``portal.models.PortalPage``):
- ``cities.CityIndexPage`` → ``cities.CityPage``: kind, country (FK Country), population,
  latitude, longitude, hero_image (+ hero_image_alt), intro, goals, offer, themes (M2M Theme),
  website, body; inline ``partners`` (``cities.CityPartner``: organisation, sector, url).
- ``cities.PairIndexPage`` → ``cities.PairPage``: eu_city and partner_city (FKs to CityPage),
  cycle ("2017-2018"), status, themes, summary, cooperation_plan, outcomes.
- ``cities.CaseStudyIndexPage`` → ``cities.CaseStudyPage``: city_links (inline
  ``cities.CaseStudyCity``: city FK), pair (FK PairPage, optional), themes,
  involves_government/research/business, year, summary, challenge, approach, results,
  lessons, transferability, documents.

Facts and relations are synchronised across locales by wagtail-localize; words are
translated. Choice vocabularies (Region, CityKind, Sector, PairStatus) are in ``choices``.
"""

from .case_studies import CaseStudyCity, CaseStudyIndexPage, CaseStudyPage
from .choices import CityKind, PairStatus, Region, Sector
from .cities import CityIndexPage, CityPage, CityPartner
from .matching import FindPartnerPage, PartnerScore
from .pairs import PairIndexPage, PairPage
from .snippets import Country, Theme

__all__ = [
    "CaseStudyCity",
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "CityIndexPage",
    "CityKind",
    "CityPage",
    "CityPartner",
    "Country",
    "FindPartnerPage",
    "PairIndexPage",
    "PairPage",
    "PairStatus",
    "PartnerScore",
    "Region",
    "Sector",
    "Theme",
]
