"""Issue 5, translators' rights: a Korean translator and a member of the communication staff
try each right through the admin's own views, allowed and refused."""

from django.contrib.admin.utils import quote
from django.contrib.messages import get_messages
from django.urls import reverse

from wagtail.models import Page

import pytest

from translations.groups import STAFF_GROUP_NAME, ensure_groups, translators_group_name

from .conftest import publish_english_page, translation_of

pytestmark = pytest.mark.django_db

LANGUAGES = ("ko", "fr")  # the two trees these tests look at; the others would only cost time
REFUSAL = "Sorry, you do not have permission to access this area."


def assert_refused(response):
    """Wagtail's answer to a refused admin view: back to the dashboard with a message."""
    if response.status_code == 403:
        return
    assert response.status_code == 302, response.status_code
    assert response["Location"] == reverse("wagtailadmin_home")
    assert REFUSAL in [str(message).strip() for message in get_messages(response.wsgi_request)]


def edit_page(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def snippet_url(model, action, *args):
    return reverse(model.snippet_viewset.get_url_name(action), args=args)


@pytest.fixture
def site(home_page, korean, french, staff_user, start_translation, theme_model):
    """An English page translated into Korean and French, another one not translated, and a
    theme translated into Korean and French."""
    page = publish_english_page(
        home_page, "Smart districts", intro="Sensors and data.", aliases=LANGUAGES
    )
    untranslated = publish_english_page(
        home_page, "Field visits", intro="Where delegates go.", aliases=LANGUAGES
    )
    theme = theme_model.objects.create(
        name="Urban mobility", slug="urban-mobility", description="Buses, bikes and trains."
    )
    for locale in (korean, french):
        start_translation(page, locale, user=staff_user)
        start_translation(theme, locale, user=staff_user)
    return {
        "page": page,
        "ko_page": translation_of(page, korean).get_target_instance(),
        "fr_page": translation_of(page, french).get_target_instance(),
        "untranslated": untranslated,
        "ko_alias": Page.objects.get(translation_key=untranslated.translation_key, locale=korean),
        "fr_alias": Page.objects.get(translation_key=untranslated.translation_key, locale=french),
        "theme": theme,
        "ko_theme": translation_of(theme, korean).get_target_instance(),
        "fr_theme": translation_of(theme, french).get_target_instance(),
        "ko_translation": translation_of(page, korean),
        "fr_translation": translation_of(page, french),
        "ko_theme_translation": translation_of(theme, korean),
        "fr_theme_translation": translation_of(theme, french),
    }


def test_groups_exist_for_staff_and_every_language():
    groups = ensure_groups()

    assert STAFF_GROUP_NAME in groups
    assert translators_group_name("ko") == "Translators: Korean"
    assert {name for name in groups if name.startswith("Translators: ")} == {
        translators_group_name(code)
        for code in Page.objects.filter(depth=2)
        .exclude(locale__language_code="en")
        .values_list("locale__language_code", flat=True)
    }
    korean = groups["Translators: Korean"]
    assert sorted(
        korean.page_permissions.filter(page__depth=2).values_list(
            "page__locale__language_code", "permission__codename"
        )
    ) == [("ko", "add_page"), ("ko", "change_page"), ("ko", "publish_page")]
    # Running it again adds nothing.
    before = korean.permissions.count(), korean.page_permissions.count()
    ensure_groups()
    assert (korean.permissions.count(), korean.page_permissions.count()) == before


def test_korean_translator_edits_and_publishes_korean_pages(
    site, korean_translator, login, django_capture_on_commit_callbacks
):
    client = login(korean_translator)

    assert client.get(edit_page(site["ko_page"])).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_page(site["ko_page"]), {"action": "publish"})
    assert response.status_code == 302
    assert site["ko_page"].revisions.filter(user=korean_translator).exists()
    alias = client.get(edit_page(site["ko_alias"]))
    assert alias.status_code == 200
    assert "Translate this page" in alias.content.decode()
    korean_home = site["ko_page"].get_parent()
    add = client.get(reverse("wagtailadmin_pages:add_subpage", args=[korean_home.pk]))
    assert add.status_code == 200


def test_korean_translator_cannot_edit_or_publish_english_pages(site, korean_translator, login):
    client = login(korean_translator)
    page = site["page"]
    revisions = page.revisions.count()

    assert_refused(client.get(edit_page(page)))
    assert_refused(client.post(edit_page(page), {"title": "Hijacked", "action-publish": "1"}))
    assert_refused(client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk])))
    page.refresh_from_db()
    assert page.title == "Smart districts" and page.live
    assert page.revisions.count() == revisions


def test_korean_translator_cannot_edit_or_publish_french_pages(site, korean_translator, login):
    client = login(korean_translator)

    assert_refused(client.get(edit_page(site["fr_page"])))
    assert_refused(client.post(edit_page(site["fr_page"]), {"action": "publish"}))
    assert_refused(client.get(edit_page(site["fr_alias"])))
    assert not site["fr_page"].revisions.filter(user=korean_translator).exists()


def test_korean_translator_starts_translations_into_korean_only(
    site, korean, french, korean_translator, login, django_capture_on_commit_callbacks
):
    client = login(korean_translator)
    url = reverse("wagtail_localize:submit_page_translation", args=[site["untranslated"].pk])

    form = client.get(url)
    assert form.status_code == 200
    offered = set(form.context["form"].fields["locales"].queryset)
    assert offered == {korean}

    refused = client.post(url, {"locales": [french.pk]})
    assert refused.status_code == 200
    assert "locales" in refused.context["form"].errors
    assert Page.objects.get(pk=site["fr_alias"].pk).alias_of_id is not None

    with django_capture_on_commit_callbacks(execute=True):
        started = client.post(url, {"locales": [korean.pk]})
    assert started.status_code == 302
    assert started["Location"] == edit_page(site["ko_alias"])
    assert Page.objects.get(pk=site["ko_alias"].pk).alias_of_id is None


def test_korean_translator_translates_korean_snippets_only(
    site, theme_model, korean, korean_translator, login
):
    client = login(korean_translator)

    korean_theme = client.get(snippet_url(theme_model, "edit", quote(site["ko_theme"].pk)))
    assert korean_theme.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [
        t.name for t in korean_theme.templates
    ]
    assert_refused(client.get(snippet_url(theme_model, "edit", quote(site["fr_theme"].pk))))
    assert_refused(client.get(snippet_url(theme_model, "edit", quote(site["theme"].pk))))
    assert_refused(client.get(snippet_url(theme_model, "add") + "?locale=ko"))
    assert_refused(client.post(snippet_url(theme_model, "delete", quote(site["ko_theme"].pk))))
    assert theme_model.objects.filter(pk=site["ko_theme"].pk).exists()

    # "Translate" on an English theme offers Korean only.
    energy = theme_model.objects.exclude(pk=site["theme"].pk).filter(locale__language_code="en")[0]
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["cities", "theme", quote(energy.pk)],
    )
    assert set(client.get(url).context["form"].fields["locales"].queryset) == {korean}


def test_korean_translator_works_on_korean_translations_only(site, korean_translator, login):
    client = login(korean_translator)
    ko, fr = site["ko_theme_translation"], site["fr_theme_translation"]

    download = client.get(reverse("wagtail_localize:download_pofile", args=[ko.pk]))
    assert download.status_code == 200
    assert_refused(client.get(reverse("wagtail_localize:download_pofile", args=[fr.pk])))
    assert_refused(
        client.post(
            reverse("wagtail_localize:upload_pofile", args=[fr.pk]),
            {"file": download.content},
        )
    )
    segment = fr.source.stringsegment_set.first()
    assert_refused(
        client.put(
            reverse("wagtail_localize:edit_string_translation", args=[fr.pk, segment.pk]),
            "value=Pirate",
            content_type="application/x-www-form-urlencoded",
        )
    )
    assert_refused(client.post(reverse("wagtail_localize:stop_translation", args=[fr.pk])))
    fr.refresh_from_db()
    assert fr.enabled
    assert not fr.source.stringsegment_set.filter(string__translations__data="Pirate").exists()
    # "Sync translated pages" is for the English source's editors.
    assert_refused(client.get(reverse("wagtail_localize:update_translations", args=[ko.source_id])))


def test_staff_edit_and_publish_english_and_submit_into_any_language(
    site, french, staff_user, login, django_capture_on_commit_callbacks
):
    client = login(staff_user)
    page = site["page"]

    assert client.get(edit_page(page)).status_code == 200
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", page.get_parent().pk]),
        {"title": "Contact", "slug": "contact", "intro": "Write to us.", "body-count": "0",
         "comments-TOTAL_FORMS": "0", "comments-INITIAL_FORMS": "0",
         "comments-MIN_NUM_FORMS": "0", "comments-MAX_NUM_FORMS": "1000",
         "action-publish": "action-publish"},
    )  # fmt: skip
    assert response.status_code == 302
    assert Page.objects.get(slug="contact", locale__language_code="en").live

    url = reverse("wagtail_localize:submit_page_translation", args=[site["untranslated"].pk])
    # Every language is offered, including those the page has no alias in yet.
    assert len(client.get(url).context["form"].fields["locales"].queryset) == 26
    with django_capture_on_commit_callbacks(execute=True):
        submitted = client.post(url, {"locales": [french.pk]})
    assert submitted.status_code == 302
    assert Page.objects.get(pk=site["fr_alias"].pk).alias_of_id is None
    sync = reverse("wagtail_localize:update_translations", args=[site["ko_translation"].source_id])
    assert client.get(sync).status_code == 200


def test_staff_edit_english_snippets_but_not_translations(site, theme_model, staff_user, login):
    client = login(staff_user)

    assert client.get(snippet_url(theme_model, "edit", quote(site["theme"].pk))).status_code == 200
    assert client.get(snippet_url(theme_model, "add")).status_code == 200
    assert_refused(client.get(snippet_url(theme_model, "add") + "?locale=ko"))
    assert_refused(client.get(snippet_url(theme_model, "edit", quote(site["ko_theme"].pk))))
    assert_refused(client.get(edit_page(site["ko_page"])))
    ko = site["ko_translation"]
    assert_refused(client.get(reverse("wagtail_localize:download_pofile", args=[ko.pk])))
