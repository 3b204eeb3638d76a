"""Which pages anyone may see, as a condition inside a listing's own query.

Wagtail's ``PageQuerySet.public()`` first reads every view restriction (a query of its own,
each time a queryset is built); a listing that builds several querysets (the list, its
count, the filter menus, the timeline) would pay for it each time. ``public_q`` asks the
same question in SQL: is any restricted page this page or one of its ancestors?
"""

from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef

from wagtail.models import PageViewRestriction


def public_q():
    outer_path = ExpressionWrapper(OuterRef("path"), output_field=CharField())
    return ~Exists(
        PageViewRestriction.objects.alias(outer_path=outer_path).filter(
            outer_path__startswith=F("page__path")
        )
    )
