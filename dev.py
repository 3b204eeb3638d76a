#!/usr/bin/env python3
"""The portal's two commands, for a machine with nothing but Python 3.11.

    python3.11 dev.py run     install into .venv, migrate, set up, load the demo, serve
    python3.11 dev.py test    install the test dependencies into .venv and run every test

Extra arguments after ``test`` go to pytest (``python3.11 dev.py test -k cities``).
Only the standard library is used here: this file runs before anything is installed.
"""

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def say(message):
    print(f"\n==> {message}", flush=True)


def run(*args, env=None):
    subprocess.run([str(a) for a in args], cwd=ROOT, env=env, check=True)


def install(extras=""):
    """Create .venv and install the project; skipped when pyproject.toml is unchanged."""
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"The portal needs Python 3.11; this is {sys.version.split()[0]}.")
    if not PYTHON.exists():
        say("Creating the virtual environment in .venv")
        venv.create(VENV, with_pip=True)
        run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    spec = f".[{extras}]" if extras else "."
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + spec.encode()).hexdigest()
    stamp = VENV / f".installed-{extras or 'main'}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    say(f"Installing the portal{' with ' + extras + ' dependencies' if extras else ''}")
    run(PYTHON, "-m", "pip", "install", "--quiet", "--editable", spec)
    stamp.write_text(digest)


def django_env(settings):
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", settings)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def command_run():
    install()
    env = django_env("portal.settings.dev")
    manage = [PYTHON, "manage.py"]
    say("Migrating the database")
    run(*manage, "migrate", "--no-input", "-v", "0", env=env)
    say("Setting up 27 languages, their home pages and the administrator")
    run(*manage, "setup_portal", "--admin", os.environ.get("PORTAL_ADMIN_USER", "admin"), env=env)
    if (ROOT / "home" / "management" / "commands" / "load_demo.py").exists():
        say("Loading the demo content")
        run(*manage, "load_demo", env=env)
    say("Serving the portal on http://127.0.0.1:8000/ (Ctrl+C stops it)")
    run(*manage, "runserver", "127.0.0.1:8000", env=env)


def command_test(pytest_args):
    install("test")
    env = django_env("portal.settings.test")
    database = env.get("DATABASE_URL", "").split(":", 1)[0] or "sqlite"
    say(f"System checks and migrations check ({database})")
    run(PYTHON, "manage.py", "check", "--fail-level", "WARNING", env=env)
    run(PYTHON, "manage.py", "makemigrations", "--check", "--dry-run", env=env)
    say(f"Running the test suite ({database})")
    result = subprocess.run([str(PYTHON), "-m", "pytest", *pytest_args], cwd=ROOT, env=env)
    if result.returncode == 5:
        print("No test ran: that is a failure, not a pass.", file=sys.stderr)
    sys.exit(result.returncode)


def main(argv):
    if not argv or argv[0] not in {"run", "test"}:
        sys.exit(__doc__)
    try:
        if argv[0] == "run":
            command_run()
        else:
            command_test(argv[1:])
    except subprocess.CalledProcessError as error:
        sys.exit(error.returncode)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main(sys.argv[1:])
