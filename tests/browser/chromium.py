"""How every browser test starts Debian's Chromium (the arguments of shared/TOOLCHAIN.md).

Importable without Playwright, so that a machine without it skips the tests with a reason.
"""

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # No host but the local server resolves: whatever a page asks of another host is
    # recorded by the tests and cannot leave the machine.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]
