"""Partner matching: the stored scores and the "Find a partner" page.

``PartnerScore`` holds one row per EU city ↔ partner city combination of the English source
pages (the scores read the English text, so they are the same in every language), with the
reasons as data. ``cities.suggestions`` writes the rows when a city is published, changed or
unpublished, and the ``rescore_matches`` command rewrites them all; pages only read them.
"""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from portal.models import PortalPage


class PartnerScore(models.Model):
    eu_city = models.ForeignKey(
        "cities.CityPage", on_delete=models.CASCADE, related_name="partner_scores_as_eu_city"
    )
    partner_city = models.ForeignKey(
        "cities.CityPage",
        on_delete=models.CASCADE,
        related_name="partner_scores_as_partner_city",
    )
    score = models.FloatField(help_text="0 to 1: the weighted sum of the three parts below.")
    theme_score = models.FloatField(default=0)
    text_score = models.FloatField(default=0)
    sector_score = models.FloatField(default=0)
    # {"themes": [theme translation keys, rarest first], "sectors": [...], "texts": [{"learner":
    # "eu"|"partner", "similarity": 0.4, "goal": {paragraph, sentence, sentences, text},
    # "offer": {...}}]}: see cities.matching.Match.reasons.
    reasons = models.JSONField(default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "partner score"
        constraints = [
            models.UniqueConstraint(
                fields=["eu_city", "partner_city"], name="cities_partnerscore_unique_pair"
            ),
        ]
        indexes = [
            models.Index(fields=["eu_city", "-score"], name="cities_score_by_eu_city"),
            models.Index(fields=["partner_city", "-score"], name="cities_score_by_partner"),
        ]

    def __str__(self):
        return f"{self.eu_city_id} ↔ {self.partner_city_id}: {self.score:.3f}"


class FindPartnerPage(PortalPage):
    """A page where visitors find partner cities: pick a city, or describe one."""

    intro = models.TextField(
        blank=True, help_text="A short text above the form: who the page is for and what it does."
    )

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "find a partner page"

    def get_context(self, request, *args, **kwargs):
        # Imported here: the module imports these models.
        from cities.find_partner import find_partner_context

        context = super().get_context(request, *args, **kwargs)
        context.update(find_partner_context(self, request))
        return context
