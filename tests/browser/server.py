"""Serve the portal to the browser tests from a database of its own.

    python -m tests.browser.server MANIFEST_PATH

Run by ``conftest.py`` in a child process whose ``DATABASE_URL`` names a fresh database:
migrate it, build the content (``content.py``), listen on a free port of 127.0.0.1, write
``{"base_url": …, "pages": {type: {language: path}}, "demo": bool}`` to MANIFEST_PATH, then
serve until terminated. The test suite's own database is never touched, so the rest of
the suite sees exactly the skeleton ``tests/conftest.py`` built, in any test order.
"""

import json
import mimetypes
import os
import sys
import threading
import time
from pathlib import Path


def exit_with_parent():
    """Stop serving if pytest dies without terminating us (no orphan servers)."""
    parent = os.getppid()
    while True:
        time.sleep(1)
        if os.getppid() != parent:
            os._exit(0)


def with_media(app):
    """Serve uploaded images and files from the default storage, as a web server would in
    production (the test settings keep them in memory, in this process)."""
    from django.conf import settings
    from django.core.files.storage import default_storage

    prefix = settings.MEDIA_URL

    def application(environ, start_response):
        path = environ.get("PATH_INFO", "")
        if not path.startswith(prefix):
            return app(environ, start_response)
        name = path[len(prefix) :]
        if ".." in name.split("/") or not default_storage.exists(name):
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"Not found"]
        with default_storage.open(name) as file:
            data = file.read()
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        start_response(
            "200 OK", [("Content-Type", content_type), ("Content-Length", str(len(data)))]
        )
        return [data]

    return application


def main(manifest_path):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()

    from django.core.management import call_command
    from django.core.servers.basehttp import ThreadedWSGIServer
    from django.core.wsgi import get_wsgi_application
    from django.test.testcases import QuietWSGIRequestHandler

    from tests.browser.content import build_content, has_demo_command, page_urls

    threading.Thread(target=exit_with_parent, daemon=True).start()
    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    migrated = time.monotonic()
    print(f"Migrated in {migrated - started:.1f} s", flush=True)
    build_content()
    built = time.monotonic()
    print(f"Content built in {built - migrated:.1f} s", flush=True)

    server = ThreadedWSGIServer(("127.0.0.1", 0), QuietWSGIRequestHandler)
    server.set_app(with_media(get_wsgi_application()))
    manifest = {
        "base_url": f"http://127.0.0.1:{server.server_port}",
        "pages": page_urls(),
        "demo": has_demo_command(),
        "seconds": {"migrate": migrated - started, "content": built - migrated},
    }
    temporary = Path(f"{manifest_path}.partial")
    temporary.write_text(json.dumps(manifest))
    temporary.replace(manifest_path)  # atomic: the parent never reads half a manifest
    print(f"Serving {manifest['base_url']}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main(sys.argv[1])
