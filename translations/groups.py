"""The portal's editorial groups: communication staff, and translators per language.

``ensure_groups()`` creates them on the first run and refreshes them on every later run
(``home.setup.ensure_portal_structure`` calls it, so the test database has them too). It
only ever adds what is missing: permissions an administrator grants by hand survive.

- **Communication staff** edit and publish the English source tree, manage English snippets,
  images and documents, and submit content for translation into any language.
- **Translators: <language>** (one group per non-English locale, e.g. "Translators: Korean")
  add, edit and publish pages in their language's tree, change (and publish) translatable
  snippets, and start translations into their own language. The locale rule of
  ``translations.rights`` keeps them out of every other language's snippets.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import get_language_info

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    TranslatableMixin,
)
from wagtail.snippets.models import get_snippet_models

from portal.languages import ENGLISH_NAMES, SOURCE_LANGUAGE_CODE

STAFF_GROUP_NAME = "Communication staff"
TRANSLATORS_GROUP_PREFIX = "Translators: "

STAFF_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
TRANSLATOR_PAGE_PERMISSIONS = ("add", "change", "publish")
# Snippet actions; "publish" only exists for snippets with draft states and is skipped otherwise.
STAFF_SNIPPET_ACTIONS = ("add", "change", "delete", "publish", "view")
TRANSLATOR_SNIPPET_ACTIONS = ("change", "publish", "view")
STAFF_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "image", ("add", "change", "choose")),
    ("wagtaildocs", "document", ("add", "change", "choose")),
)


def english_language_name(language_code):
    """The language's English name, as group names use it ("Korean")."""
    if language_code in ENGLISH_NAMES:
        return ENGLISH_NAMES[language_code]
    try:
        return get_language_info(language_code)["name"]
    except KeyError:
        return language_code


def translators_group_name(language_code):
    return f"{TRANSLATORS_GROUP_PREFIX}{english_language_name(language_code)}"


def translatable_snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _permission(app_label, codename):
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def _snippet_permissions(actions):
    models = translatable_snippet_models()
    if not models:
        return []
    content_types = ContentType.objects.get_for_models(*models)
    codenames = [f"{action}_{model._meta.model_name}" for model in models for action in actions]
    return list(
        Permission.objects.filter(
            content_type__in=list(content_types.values()), codename__in=codenames
        )
    )


def language_roots():
    """Each locale's home page (the root of its tree), by locale id."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        homes = Page.objects.filter(depth=2)
    else:
        homes = Page.objects.filter(translation_key=site.root_page.translation_key)
    return {page.locale_id: page for page in homes}


def _grant_page_permissions(group, page, permission_types):
    for permission_type in permission_types:
        permission = _permission("wagtailcore", f"{permission_type}_page")
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def _grant_common(group, snippet_actions):
    permissions = [
        _permission("wagtailadmin", "access_admin"),
        _permission("wagtail_localize", "submit_translation"),
        *_snippet_permissions(snippet_actions),
    ]
    group.permissions.add(*[permission for permission in permissions if permission is not None])


def ensure_staff_group(english_root):
    group, _ = Group.objects.get_or_create(name=STAFF_GROUP_NAME)
    _grant_common(group, STAFF_SNIPPET_ACTIONS)
    if english_root is not None:
        _grant_page_permissions(group, english_root, STAFF_PAGE_PERMISSIONS)
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for app_label, model_name, actions in STAFF_COLLECTION_PERMISSIONS:
            for action in actions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(app_label, f"{action}_{model_name}"),
                )
    return group


def ensure_translators_group(locale, root=None):
    """The translators' group of one language; page rights once its tree exists."""
    group, _ = Group.objects.get_or_create(name=translators_group_name(locale.language_code))
    _grant_common(group, TRANSLATOR_SNIPPET_ACTIONS)
    if root is None:
        root = language_roots().get(locale.pk)
    if root is not None:
        _grant_page_permissions(group, root, TRANSLATOR_PAGE_PERMISSIONS)
    return group


@transaction.atomic
def ensure_groups():
    """Create or refresh every editorial group; returns them by name."""
    roots = language_roots()
    groups = {}
    english = Locale.objects.filter(language_code=SOURCE_LANGUAGE_CODE).first()
    staff = ensure_staff_group(roots.get(english.pk) if english else None)
    groups[staff.name] = staff
    for locale in Locale.objects.exclude(language_code=SOURCE_LANGUAGE_CODE):
        group = ensure_translators_group(locale, roots.get(locale.pk))
        groups[group.name] = group
    return groups
