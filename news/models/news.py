"""News of the programme: NewsIndexPage (/news/, with its RSS and Atom feeds) and NewsPage."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from news import structured_data
from news.listings import FilterReader, paginate
from news.localization import mark_text_language, source_language_annotation
from portal.blocks import BodyBlock
from portal.models import PortalPage

from .files import PageFilesMixin

# The newest items a feed carries: what feed readers expect, and a fixed cost per request.
FEED_LENGTH = 20
CARD_RENDITIONS = ("fill-480x270|format-webp", "fill-960x540|format-webp")
# The image search engines and social sites show: JPEG, which every one of them reads.
SHARE_RENDITION = "fill-1200x675|format-jpeg"


def for_display(articles):
    """Articles of a listing with what their cards show: ``text_lang``, ``display_themes``."""
    articles = mark_text_language(articles)
    for article in articles:
        article.display_themes = []
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
            .public()
            .descendant_of(self)
            .defer_streamfields()
            .select_related("locale")
            .annotate(source_language_code=source_language_annotation())
            .prefetch_related(
                models.Prefetch(
                    "image",
                    queryset=get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS),
                )
            )
            .order_by("-date", "-first_published_at", "-pk")
        )

    def feed_articles(self, limit):
        """The newest articles, for the feeds."""
        return for_display(self.articles()[:limit])

    def filter_articles(self, request):
        articles = self.articles()
        reader = FilterReader(request)
        years = {day.year for day in articles.dates("date", "year")}
        year = reader.year("year", _("Year"), years)
        if year:
            articles = articles.filter(date__year=year)
        return articles, reader.filters, sorted(years, reverse=True)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles, filters, years = self.filter_articles(request)
        articles_page = paginate(request, articles)
        articles_page.object_list = for_display(articles_page.object_list)
        context.update(
            articles=articles_page,
            filters=filters,
            years=years,
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

    content_panels = PortalPage.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading="Image"),
        FieldPanel("body"),
    ]
    override_translatable_fields = [
        SynchronizedField("date", overridable=False),
        SynchronizedField("image"),
        TranslatableField("image_alt"),
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
        context["json_ld"] = structured_data.news_article(self, request, image_url=image_url)
        return context
