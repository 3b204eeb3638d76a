"""News of the programme: NewsIndexPage (/news/, with its RSS and Atom feeds) and NewsPage."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cities.localization import localized_themes, theme_names
from cities.models import Theme
from news import structured_data
from news.forms import NewsPageForm
from news.listings import FilterReader, paginate
from news.visibility import public_q
from portal.blocks import BodyBlock
from portal.localization import localize_pages, mark_text_language, source_language_annotation
from portal.models import PortalPage

from .files import PageFilesMixin

# The newest items a feed carries: what feed readers expect, and a fixed cost per request.
FEED_LENGTH = 20
# Exactly the specs of news_card.html's {% picture %} (same order of operations), so that
# the listing fetches every card's renditions in one query.
CARD_RENDITIONS = ("fill-480x270|format-webp", "fill-960x540|format-webp")
# The image search engines and social sites show: JPEG, which every one of them reads.
SHARE_RENDITION = "fill-1200x675|format-jpeg"


def for_display(articles, themes=None):
    """Articles of a listing with what their cards show: ``text_lang`` and
    ``display_themes`` (in the visitor's language). Articles must come with their themes
    prefetched; ``themes`` is ``Theme.objects.for_display()`` when the caller has it
    already. At most two queries, for any number of articles."""
    articles = mark_text_language(articles)
    names = themes if themes is not None else Theme.objects.for_display() if articles else {}
    for article in articles:
        article.display_themes = sorted(
            (names.get(theme.translation_key, theme) for theme in article.themes.all()),
            key=lambda theme: theme.name,
        )
    return articles


class NewsIndexPage(PageFilesMixin, RoutablePageMixin, PortalPage):
    """/news/: every article, newest first, filtered by theme and year; RSS and Atom feeds."""

    intro = models.TextField(blank=True, help_text="A short text above the list of articles.")

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    search_fields = PortalPage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "news index page"

    def articles(self):
        """The live, public articles under this index, newest first, ready for a listing."""
        return (
            NewsPage.objects.live()
            .filter(public_q())
            .descendant_of(self)
            .defer_streamfields()
            .select_related("locale")
            .annotate(source_language_code=source_language_annotation())
            .prefetch_related(
                "themes",
                models.Prefetch(
                    "image",
                    queryset=get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS),
                ),
            )
            .order_by("-date", "-first_published_at", "-pk")
        )

    def feed_articles(self, limit):
        """The newest articles, for the feeds."""
        return for_display(self.articles()[:limit])

    def filter_articles(self, request, names):
        articles = self.articles()
        reader = FilterReader(request)
        themes = sorted(names.values(), key=lambda theme: theme.name)
        slug = reader.choice("theme", _("Theme"), {theme.slug for theme in themes}, str.lower)
        if slug:
            # Through the link table: an article linked to two locales' copies of a theme
            # must come once.
            tagged = NewsPage.themes.through.objects.filter(theme__slug=slug)
            articles = articles.filter(pk__in=tagged.values("newspage_id"))
        years = {day.year for day in self.articles().dates("date", "year")}
        year = reader.year("year", _("Year"), years)
        if year:
            articles = articles.filter(date__year=year)
        return articles, reader.filters, {"years": sorted(years, reverse=True), "themes": themes}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        names = Theme.objects.for_display()
        articles, filters, options = self.filter_articles(request, names)
        articles_page = paginate(request, articles)
        articles_page.object_list = for_display(articles_page.object_list, names)
        context.update(
            articles=articles_page,
            filters=filters,
            **options,
            rss_url=self.file_url("rss", request),
            atom_url=self.file_url("atom", request),
        )
        return context

    @path("rss.xml/", name="rss")
    def rss_feed(self, request):
        from news.feeds import NewsRssFeed

        return self.cacheable(request, NewsRssFeed(self)(request))

    @path("atom.xml/", name="atom")
    def atom_feed(self, request):
        from news.feeds import NewsAtomFeed

        return self.cacheable(request, NewsAtomFeed(self)(request))


class NewsPage(PortalPage):
    """An article: date, intro, image, body."""

    date = models.DateField(
        default=timezone.localdate,
        help_text="The date the news is from; the list of news is ordered by it.",
    )
    intro = models.TextField(
        help_text="One or two sentences that sum up the news, shown in lists and feeds."
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        "image alternative text",
        max_length=250,
        blank=True,
        help_text="What the image shows, for people who cannot see it. Translators translate it.",
    )
    body = StreamField(BodyBlock(), blank=True)
    related_cities = ParentalManyToManyField(
        "cities.CityPage",
        blank=True,
        related_name="news_pages",
        help_text="The cities the news is about.",
    )
    themes = ParentalManyToManyField(
        "cities.Theme",
        blank=True,
        related_name="news_pages",
        help_text="The programme themes the news is about; visitors filter news by them.",
    )

    content_panels = PortalPage.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading="Image"),
        FieldPanel("body"),
    ]
    relations_panels = [
        FieldPanel("related_cities", widget=forms.CheckboxSelectMultiple),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(relations_panels, heading="Relations"),
            ObjectList(PortalPage.promote_panels, heading="Promotion"),
            ObjectList(PortalPage.settings_panels, heading="Settings"),
        ],
        base_form_class=NewsPageForm,
    )
    override_translatable_fields = [
        SynchronizedField("date", overridable=False),
        SynchronizedField("image"),
        TranslatableField("image_alt"),
        SynchronizedField("related_cities", overridable=False),
        SynchronizedField("themes", overridable=False),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "news page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        image_url = None
        if self.image is not None:
            image_url = self.image.get_rendition(SHARE_RENDITION).url
        themes = theme_names(self.themes.all(), localized_themes())
        context.update(
            themes=themes,
            cities=localize_pages(self.related_cities.all()),
            json_ld=structured_data.news_article(self, request, image_url=image_url, themes=themes),
        )
        return context
