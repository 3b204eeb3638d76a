"""The browser harness: Debian's Chromium, driven by Playwright, looking at a live portal.

* ``portal`` (session): a child process (``server.py``) migrates a database of its own,
  builds the content and serves it on 127.0.0.1. The suite's test database is never
  touched, so the tests outside this folder see the same skeleton in any order. The
  process starts when collection ends and the browser tests run last (``PortalServer``).
* ``browser`` (package): one Chromium for all browser tests, launched from PATH with the
  arguments of ``shared/TOOLCHAIN.md``; Playwright never downloads a browser.
* ``page`` (function): a new page per test (in one context per module), with every
  request recorded; a request to any host but the live server fails the test, and cannot
  leave the machine (Chromium resolves no other host name).

``PORTAL_SKIP_BROWSER=1`` skips every browser test (CI runs them on SQLite only);
``PORTAL_REQUIRE_BROWSER=1`` turns a missing Chromium or font into a failure.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dj_database_url
import pytest

from tests.browser.chromium import CHROMIUM_ARGS
from tests.browser.pages import BY_NAME

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
SERVER_LOG = ARTIFACTS / "browser-server.log"
SERVER_START_TIMEOUT = 1800  # seconds: migrate and load_demo took 15 min on a machine 8x overloaded

INSTALL_HINT = "apt-get install -y chromium fonts-noto-cjk"


def _flag(name):
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes"}


def _missing_requirement():
    """Why the browser tests cannot run here, or None."""
    try:
        import axe_playwright_python  # noqa: F401
        import playwright.sync_api  # noqa: F401
    except ImportError as error:
        return f"{error.name} is not installed (pip install -e '.[test]')"
    if shutil.which("chromium") is None:
        return f"Debian's chromium is not on PATH ({INSTALL_HINT})"
    fonts = subprocess.run(["fc-list"], capture_output=True, text=True, check=False).stdout
    if "Noto Sans CJK" not in fonts:
        return f"fonts-noto-cjk is not installed, Hangul would render as boxes ({INSTALL_HINT})"
    return None


@pytest.fixture(scope="session")
def browser_requirements():
    if _flag("PORTAL_SKIP_BROWSER"):
        pytest.skip("PORTAL_SKIP_BROWSER=1: the browser half runs once per CI run, on SQLite")
    missing = _missing_requirement()
    if missing and _flag("PORTAL_REQUIRE_BROWSER"):
        pytest.fail(f"PORTAL_REQUIRE_BROWSER=1 but {missing}", pytrace=False)
    if missing:
        pytest.skip(f"browser tests skipped: {missing}")


class Portal:
    """The live portal: its address and where each page type lives in each language."""

    def __init__(self, manifest):
        self.base_url = manifest["base_url"]
        self.netloc = urlsplit(self.base_url).netloc
        self.pages = manifest["pages"]
        self.demo = manifest["demo"]
        self.seconds = manifest["seconds"]

    def url(self, page_type, language):
        if isinstance(page_type, str):
            page_type = BY_NAME[page_type]
        if page_type.path is not None:
            return f"{self.base_url}/{language}/{page_type.path}"
        paths = self.pages.get(page_type.name)
        if paths is None:
            message = f"the served content has no live {page_type.model} in English"
            if self.demo:
                pytest.fail(f"{message}: load_demo should create one", pytrace=False)
            pytest.skip(f"{message} (load_demo, issue 6, is not built yet)")
        assert language in paths, f"{page_type.model} has no live {language} version"
        return self.base_url + paths[language]


def _database_for_server(workdir):
    """A database URL of the server's own, beside the suite's: SQLite file or PostgreSQL."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{workdir / 'browser.sqlite3'}", None
    import psycopg2

    config = dj_database_url.parse(url)
    name = f"test_{config['NAME']}_browser"
    admin = psycopg2.connect(
        dbname="postgres",
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        host=config["HOST"] or None,
        port=config["PORT"] or None,
    )
    admin.autocommit = True

    def drop():
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    drop()
    with admin.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(url)

    def cleanup():
        drop()
        admin.close()

    return urlunsplit(parts._replace(path=f"/{name}")), cleanup


class PortalServer:
    """The child process serving the portal to the browser tests, and its database.

    It is started as soon as collection ends (``pytest_collection_finish``) and the browser
    tests run last (``pytest_collection_modifyitems``): migrating and loading the demo
    content then happens on the machine's second core while the rest of the suite runs on
    the first, and the browser tests rarely wait for it.
    """

    def __init__(self):
        self.process = None
        self.tmp = None
        self.manifest_path = None
        self.cleanup = None

    def start(self):
        if self.process is not None:
            return
        ARTIFACTS.mkdir(exist_ok=True)
        self.tmp = tempfile.TemporaryDirectory(prefix="portal-browser-")
        workdir = Path(self.tmp.name)
        database_url, self.cleanup = _database_for_server(workdir)
        self.manifest_path = workdir / "manifest.json"
        env = {**os.environ, "DATABASE_URL": database_url, "PYTHONUNBUFFERED": "1"}
        env["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
        with SERVER_LOG.open("w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.browser.server", str(self.manifest_path)],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def wait(self):
        """The manifest the server writes once it listens; a clear failure if it never does."""
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while not self.manifest_path.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(
                    f"the portal server did not start; its output ({SERVER_LOG}):\n"
                    + SERVER_LOG.read_text()[-4000:],
                    pytrace=False,
                )
            time.sleep(0.2)
        return json.loads(self.manifest_path.read_text())

    def stop(self):
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.cleanup is not None:
            self.cleanup()
        self.tmp.cleanup()
        self.process = None


SERVER = PortalServer()

# What the run prints about the browser half: its own time, and how long it waited for the
# server (issue 8 asks for the browser half's time; the server builds alongside the suite).
TIMING = {}


def _uses_live_portal(item):
    return "portal" in getattr(item, "fixturenames", ())


def pytest_collection_modifyitems(config, items):
    """Browser tests last, so that the server builds its content while the others run."""
    items.sort(key=_uses_live_portal)  # stable: the order within each group is kept


def pytest_collection_finish(session):
    if session.config.option.collectonly or _flag("PORTAL_SKIP_BROWSER"):
        return
    if any(_uses_live_portal(item) for item in session.items) and _missing_requirement() is None:
        SERVER.start()


def pytest_sessionfinish(session):
    SERVER.stop()


@pytest.fixture(scope="session")
def portal(browser_requirements):
    """The portal served from a database prepared for the browser tests alone."""
    SERVER.start()  # already running unless collection did not see a browser test
    TIMING["started"] = time.monotonic()
    try:
        portal = Portal(SERVER.wait())
        TIMING["waited"] = time.monotonic() - TIMING["started"]
        TIMING["server"] = portal.seconds
        yield portal
    finally:
        TIMING["finished"] = time.monotonic()
        SERVER.stop()


@pytest.fixture(scope="package")
def browser(browser_requirements):
    """One Chromium for every browser test; stopped when the last one has run, so that
    Playwright's event loop never outlives this folder's tests."""
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
    finally:
        playwright.stop()


class RequestLog:
    """Every request a page makes, and those that went to another host than the portal."""

    LOCAL_SCHEMES = {"data", "blob", "about"}

    def __init__(self, netloc):
        self.netloc = netloc
        self.requests = []
        self.offsite = []

    def record(self, request):
        url = request.url
        self.requests.append(url)
        parts = urlsplit(url)
        if parts.scheme not in self.LOCAL_SCHEMES and parts.netloc != self.netloc:
            self.offsite.append(url)


@pytest.fixture(scope="module")
def browser_context(browser):
    """One context per test module: pages of a module share the HTTP cache (the style
    sheet and images load once), and the portal sets no cookie that a test could leak."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    yield context
    context.close()


@pytest.fixture
def request_log(portal):
    return RequestLog(portal.netloc)


@pytest.fixture
def page(browser_context, request_log):
    """A new page (1280 × 800 CSS px) whose every request is recorded; a test fails if one
    went to another host than the live server (the browser cannot reach one anyway)."""
    page = browser_context.new_page()
    page.on("request", request_log.record)
    page.on("websocket", request_log.record)
    yield page
    page.close()
    assert not request_log.offsite, (
        f"requests left the site (the portal must load nothing from elsewhere): "
        f"{request_log.offsite}"
    )


@pytest.fixture(scope="session")
def screenshot_dir(request):
    """test-artifacts/screenshots/, emptied once per run; the run prints where it is."""
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True)
    request.config.stash[SCREENSHOTS_TAKEN] = True
    return SCREENSHOTS


SCREENSHOTS_TAKEN = pytest.StashKey[bool]()


def pytest_terminal_summary(terminalreporter, config):
    screenshots = config.stash.get(SCREENSHOTS_TAKEN, False)
    timed = "finished" in TIMING and "server" in TIMING
    if not (screenshots or timed):
        return
    terminalreporter.write_sep("-", "browser tests")
    if screenshots:
        shots = sorted(SCREENSHOTS.glob("*.png"))
        terminalreporter.write_line(f"{len(shots)} screenshots in {SCREENSHOTS}")
    if timed:
        server = TIMING["server"]
        terminalreporter.write_line(
            f"browser half: {TIMING['finished'] - TIMING['started']:.0f} s, of which "
            f"{TIMING['waited']:.0f} s waiting for the server (it migrated in "
            f"{server['migrate']:.0f} s and built the content in {server['content']:.0f} s, "
            "starting at the end of collection)"
        )
    terminalreporter.write_line(f"live server log: {SERVER_LOG}")
