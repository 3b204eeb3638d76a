"""What the benchmark scripts share. They run as ``python scripts/bench_x.py``, so this
folder is on ``sys.path`` and they import it as ``bench_common``."""

import os
import subprocess


def fresh_database(folder, name):
    """An empty database for one benchmark run: DATABASE_URL's PostgreSQL database dropped and
    created again, or a new SQLite file ``name`` in ``folder``."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        database = url.rsplit("/", 1)[1]
        server = url.rsplit("/", 1)[0] + "/postgres"
        for sql in (f'DROP DATABASE IF EXISTS "{database}"', f'CREATE DATABASE "{database}"'):
            subprocess.run(["psql", server, "-qc", sql], check=True)  # noqa: S607 - psql on PATH
        return url
    return f"sqlite:///{folder}/{name}.sqlite3"
