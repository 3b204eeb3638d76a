from django.apps import AppConfig


class CitiesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "cities"
    verbose_name = "City network"

    def ready(self):
        from . import matching_signals  # noqa: F401 - keeps partner scores and caches current
