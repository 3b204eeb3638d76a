"""Machine translation, configured from the environment (read by ``portal/settings/base.py``).

DeepL, through wagtail-localize's own translator, when ``DEEPL_API_KEY`` is set; nothing
otherwise, so translators are offered no machine translation at all. Keys ending in ``:fx``
are DeepL API Free keys: wagtail-localize then calls the free endpoint by itself.

Kept free of Django imports: settings import it before the apps are loaded.
"""

DEEPL_TRANSLATOR_CLASS = "wagtail_localize.machine_translators.deepl.DeepLTranslator"


def machine_translator_from_environment(environ):
    """The ``WAGTAILLOCALIZE_MACHINE_TRANSLATOR`` setting for this environment, or None."""
    api_key = environ.get("DEEPL_API_KEY", "").strip()
    if not api_key:
        return None
    return {"CLASS": DEEPL_TRANSLATOR_CLASS, "OPTIONS": {"AUTH_KEY": api_key}}
