"""Pages for the search tests, published the way editors publish them.

The page types belong to other apps; the search index covers every PortalPage model, so
the tests use the foundation's StandardPage (intro, StreamField body) as a stand-in for all.
"""

import json

import factory
import wagtail_factories

from home.models import StandardPage


def paragraphs(*texts):
    """A StreamField body of rich text paragraphs (HTML, as the editor stores it)."""
    return json.dumps([{"type": "paragraph", "value": text} for text in texts])


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Search test page {n}")
    slug = factory.Sequence(lambda n: f"search-test-{n}")
    intro = ""
    body = "[]"
    # Created as a draft, then published: publishing is what indexes a page.
    live = False

    @classmethod
    def _create(cls, model_class, *args, publish=True, **kwargs):
        page = super()._create(model_class, *args, **kwargs)
        if publish:
            page.save_revision().publish()
            page.refresh_from_db()
        return page
