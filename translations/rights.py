"""Which languages a user may work in.

Wagtail grants page rights per subtree, so a group with rights on the Korean home page can
edit the Korean tree and nothing else. Snippet rights, though, are per model: "can change
theme" would let a Korean translator edit the French themes as well, and wagtail-localize
adds no locale check of its own (its PO, string and machine-translation views only ask
"may this user edit themes?").

The portal closes that gap with one rule, applied by the hooks in ``wagtail_hooks.py`` and
the guarded views in ``localize_views.py``: a user may create, edit, delete or translate a
translatable object of a language only if they have page rights (add, edit or publish)
somewhere in that language's tree. Rights on the root page (depth 1) cover every language;
superusers have every language.
"""

from dataclasses import dataclass

from wagtail.models import GroupPagePermission

# Page permissions that make a language "yours". Lock/unlock and bulk delete do not.
WORKING_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")


@dataclass(frozen=True)
class LanguageRights:
    """The languages one user may work in: every language, or a set of locale ids."""

    every_language: bool = False
    locale_ids: frozenset = frozenset()

    def allows(self, locale_id):
        return self.every_language or locale_id in self.locale_ids

    def allows_all(self, locale_ids):
        return all(self.allows(locale_id) for locale_id in locale_ids)

    def __bool__(self):
        return self.every_language or bool(self.locale_ids)


NO_RIGHTS = LanguageRights()


def language_rights(user):
    """The user's :class:`LanguageRights`, computed once per user object (one query)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return NO_RIGHTS
    cached = getattr(user, "_portal_language_rights", None)
    if cached is not None:
        return cached
    if user.is_superuser:
        rights = LanguageRights(every_language=True)
    else:
        rows = (
            GroupPagePermission.objects.filter(
                group__user=user,
                permission__content_type__app_label="wagtailcore",
                permission__codename__in=WORKING_PAGE_PERMISSIONS,
            )
            .values_list("page__locale_id", "page__depth")
            .distinct()
        )
        locale_ids = set()
        every_language = False
        for locale_id, depth in rows:
            if depth == 1:
                every_language = True
            locale_ids.add(locale_id)
        rights = LanguageRights(every_language=every_language, locale_ids=frozenset(locale_ids))
    user._portal_language_rights = rights
    return rights


def may_work_in(user, locale_id):
    return language_rights(user).allows(locale_id)
