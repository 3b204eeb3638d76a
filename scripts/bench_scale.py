#!/usr/bin/env python
"""Benchmark ``manage.py load_demo --scale N`` on fresh databases.

    .venv/bin/python scripts/bench_scale.py            # N = 50, 100, 200 on SQLite
    .venv/bin/python scripts/bench_scale.py 20 50      # other sizes
    .venv/bin/python scripts/bench_scale.py --base demo.sqlite3 50   # start from a demo database
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wc_bench .venv/bin/python scripts/bench_scale.py

One demo database is prepared (``migrate``, ``setup_portal``, ``load_demo``: an SQLite file in a
temporary folder, or a PostgreSQL database named after DATABASE_URL's with ``_base``); each N
then runs ``load_demo --scale N`` on a fresh copy of it (a file copy, or ``CREATE DATABASE …
TEMPLATE``). It prints the wall-clock and CPU time of the scale step and the pages
it added. CPU time is worth reading next to wall time: on a shared machine other processes
slow the wall clock, not the work.
"""

import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def manage(*args, env):
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return time.perf_counter() - started, cpu, result.stdout


def postgres_server(url):
    return url.rsplit("/", 1)[0] + "/postgres", url.rsplit("/", 1)[1]


def psql(server, sql):
    subprocess.run(["psql", server, "-qc", sql], check=True)  # noqa: S607 - psql on PATH


def main(sizes, base_file=None):
    url = os.environ.get("DATABASE_URL", "")
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, DJANGO_SETTINGS_MODULE="portal.settings.dev", MEDIA_ROOT=folder)
        if base_file:  # an SQLite file that already has the demo: skip the preparation
            url, base = "", Path(base_file)
        elif url.startswith("postgres"):
            server, name = postgres_server(url)
            base = f"{name}_base"
            psql(server, f'DROP DATABASE IF EXISTS "{base}"')
            psql(server, f'CREATE DATABASE "{base}"')
            env["DATABASE_URL"] = f"{server.rsplit('/', 1)[0]}/{base}"
        else:
            base = Path(folder) / "base.sqlite3"
            env["DATABASE_URL"] = f"sqlite:///{base}"
        if not base_file:
            print("Preparing one demo database (migrate, setup_portal, load_demo)…", flush=True)
            manage("migrate", "--no-input", "-v", "0", env=env)
            manage("setup_portal", env=env)
            wall, cpu, _ = manage("load_demo", "--no-progress", env=env)
            print(f"load_demo: {wall:.1f} s wall, {cpu:.1f} s CPU", flush=True)
        print(f"{'N':>5} {'wall s':>8} {'CPU s':>8} {'pages added':>12}  (load_demo --scale N)")
        for n in sizes:
            if url.startswith("postgres"):
                copy = f"{name}_{n}"
                psql(server, f'DROP DATABASE IF EXISTS "{copy}"')
                psql(server, f'CREATE DATABASE "{copy}" TEMPLATE "{base}"')
                run_env = dict(env, DATABASE_URL=f"{server.rsplit('/', 1)[0]}/{copy}")
            else:
                copy = Path(folder) / f"bench-{n}.sqlite3"
                shutil.copyfile(base, copy)
                run_env = dict(env, DATABASE_URL=f"sqlite:///{copy}")
            wall, cpu, output = manage("load_demo", "--scale", str(n), "--no-progress", env=run_env)
            added = re.search(r"(\d+) pages added", output)
            print(f"{n:>5} {wall:>8.1f} {cpu:>8.1f} {added.group(1) if added else '?':>12}")
            sys.stdout.flush()
            if not url.startswith("postgres"):
                copy.unlink()


if __name__ == "__main__":
    arguments = sys.argv[1:]
    base = None
    if arguments[:1] == ["--base"]:  # --base FILE.sqlite3: a copy of a database with the demo
        base, arguments = arguments[1], arguments[2:]
    main([int(arg) for arg in arguments] or [50, 100, 200], base_file=base)
