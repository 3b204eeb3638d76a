"""Fixed vocabularies of the city network.

Visitors see these labels (filters, badges, page facts), so they go through gettext; the
stored values are stable English keys that also appear in listing URLs (``?status=active``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    EU = "eu", _("European Union")
    PARTNER = "partner", _("Partner countries")


class CityKind(models.TextChoices):
    CITY = "city", _("City")
    DISTRICT = "district", _("City district")
    METROPOLITAN = "metropolitan", _("Metropolitan municipality")
    REGION = "region", _("Region")
    ALLIANCE = "alliance", _("Alliance of cities")


class Sector(models.TextChoices):
    """The triple helix: who takes part in a city's cooperation."""

    GOVERNMENT = "government", _("Government")
    RESEARCH = "research", _("Research")
    BUSINESS = "business", _("Business")


class PairStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    ACTIVE = "active", _("Active")
    COMPLETED = "completed", _("Completed")
