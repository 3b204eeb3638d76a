"""Issue 5, machine translation from the environment: DeepL when DEEPL_API_KEY is set, none
otherwise. No test reaches the network: DeepL's HTTP call is replaced by a fake."""

import json
import subprocess
import sys

from django.conf import settings as django_settings
from django.urls import reverse

from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.models import StringTranslation

import pytest

from translations.machine import DEEPL_TRANSLATOR_CLASS, machine_translator_from_environment

from .conftest import publish_english_page

DEEPL = {"CLASS": DEEPL_TRANSLATOR_CLASS, "OPTIONS": {"AUTH_KEY": "test-key:fx"}}


@pytest.mark.parametrize("environ", [{}, {"DEEPL_API_KEY": ""}, {"DEEPL_API_KEY": "   "}])
def test_no_key_no_machine_translation(environ):
    assert machine_translator_from_environment(environ) is None


def test_a_key_selects_wagtail_localizes_deepl_translator():
    setting = machine_translator_from_environment({"DEEPL_API_KEY": " abc123:fx \n"})

    assert setting == {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "abc123:fx"},
    }


@pytest.mark.parametrize(
    ("environ", "expected"),
    [({}, "None"), ({"DEEPL_API_KEY": "secret"}, DEEPL_TRANSLATOR_CLASS)],
)
def test_the_settings_module_reads_the_environment(environ, expected):
    """The real settings module, imported in a fresh interpreter with the given environment."""
    env = {
        key: value
        for key, value in __import__("os").environ.items()
        if key not in ("DEEPL_API_KEY", "DJANGO_SETTINGS_MODULE")
    }
    env.update(environ)
    code = (
        "import portal.settings.base as s; t = s.WAGTAILLOCALIZE_MACHINE_TRANSLATOR; "
        "print(t and t['CLASS'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == expected


def test_deepl_free_and_pro_keys_use_their_endpoints(settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DEEPL
    translator = get_machine_translator()
    assert isinstance(translator, DeepLTranslator)
    assert translator.get_api_endpoint() == "https://api-free.deepl.com/v2/translate"
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_environment(
        {"DEEPL_API_KEY": "pro-key"}
    )
    assert get_machine_translator().get_api_endpoint() == "https://api.deepl.com/v2/translate"


@pytest.fixture
def translation(db, home_page, korean, start_translation):
    page = publish_english_page(
        home_page, "Urban cooperation", intro="Cities learn together.", aliases=("ko",)
    )
    return start_translation(page, korean)


def editor_props(client, translation):
    page = translation.get_target_instance()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return json.loads(response.context["props"])


def test_without_deepl_the_editor_offers_no_machine_translation(
    settings, translation, korean_translator, login
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
    client = login(korean_translator)

    assert editor_props(client, translation)["machineTranslator"] is None
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    assert client.post(url, follow=True).status_code == 404
    assert not StringTranslation.objects.filter(translation_type="machine").exists()


class FakeDeepLResponse:
    def __init__(self, texts):
        self.texts = texts

    def json(self):
        return {"translations": [{"text": f"[ko] {text}"} for text in self.texts]}


def test_with_deepl_the_translator_machine_translates_without_the_network(
    settings, monkeypatch, translation, korean_translator, login
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DEEPL
    calls = []

    def fake_post(url, data, timeout, headers):
        calls.append((url, data, headers))
        return FakeDeepLResponse(data["text"])

    monkeypatch.setattr("wagtail_localize.machine_translators.deepl.requests.post", fake_post)
    client = login(korean_translator)

    offered = editor_props(client, translation)["machineTranslator"]
    assert offered["name"] == "DeepL"
    response = client.post(offered["url"])

    assert response.status_code == 302
    [(url, data, headers)] = calls
    assert url == "https://api-free.deepl.com/v2/translate"
    assert headers == {"Authorization": "DeepL-Auth-Key test-key:fx"}
    assert (data["source_lang"], data["target_lang"]) == ("EN", "KO")
    machine = StringTranslation.objects.filter(
        locale=translation.target_locale, translation_type="machine", tool_name="DeepL"
    )
    assert set(machine.values_list("data", flat=True)) >= {
        "[ko] Urban cooperation",
        "[ko] Cities learn together.",
    }
