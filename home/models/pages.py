from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from portal.blocks import BodyBlock
from portal.models import PortalPage


class HomePage(PortalPage):
    """The root of each language tree: /en/, /ko/, …"""

    intro = models.TextField(
        blank=True, help_text="One or two sentences under the site title: what the programme is."
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        "hero image alternative text",
        max_length=250,
        blank=True,
        help_text="What the image shows, for people who cannot see it. Translators translate it.",
    )
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)

    content_panels = PortalPage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading="Hero image"
        ),
        FieldPanel("body"),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    # Only one home page per language tree, always at the top.
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "home page"

    def get_context(self, request, *args, **kwargs):
        # Imported here: the sections read the cities and news models, which import ours.
        from home.sections import home_sections

        context = super().get_context(request, *args, **kwargs)
        context.update(home_sections(self))
        return context


class StandardPage(PortalPage):
    """About, accessibility statement, privacy notice, legal notice and the like."""

    intro = models.TextField(blank=True, help_text="A short summary shown under the title.")
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)
    show_in_footer = models.BooleanField(
        default=False,
        help_text="List this page in every page's footer (legal notice, privacy, accessibility).",
    )

    content_panels = PortalPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    promote_panels = PortalPage.promote_panels + [FieldPanel("show_in_footer")]
    search_fields = PortalPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = "standard page"
