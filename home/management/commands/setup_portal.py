import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from home.setup import ensure_portal_structure
from portal.languages import LANGUAGE_CODES


class Command(BaseCommand):
    help = (
        "Create the portal's locales, a home page in every language and (with --admin) an "
        "administrator. Safe to run again: nothing is duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin",
            metavar="USERNAME",
            help="Also create this superuser (password from PORTAL_ADMIN_PASSWORD, or a "
            "random one kept in .admin-password) and print the login.",
        )

    def handle(self, *args, admin=None, **options):
        home = ensure_portal_structure()
        self.stdout.write(
            f"Portal structure ready: {len(LANGUAGE_CODES)} languages, home page "
            f"{home.title!r} in each."
        )
        if admin:
            self._ensure_admin(admin)

    def _ensure_admin(self, username):
        password_file = Path(settings.BASE_DIR) / ".admin-password"
        password = os.environ.get("PORTAL_ADMIN_PASSWORD")
        if not password and password_file.exists():
            password = password_file.read_text().strip()
        if not password:
            password = secrets.token_urlsafe(12)
            password_file.write_text(password + "\n")
            password_file.chmod(0o600)
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@localhost"}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        verb = "Created" if created else "Updated"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} administrator. Log in at http://127.0.0.1:8000/admin/ "
                f"as {username!r} with password {password!r}"
            )
        )
