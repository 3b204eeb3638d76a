"""A plain progress bar on the terminal, without a dependency.

On a terminal it redraws one line per phase (``\\r``); when the output is a file or a pipe
(CI logs, ``dev.py run`` under a supervisor) it writes one line when a phase starts and one
when it ends, so logs stay readable.
"""

import sys
import time

WIDTH = 28


class Progress:
    def __init__(self, stream=None, enabled=True):
        self.stream = stream or sys.stdout
        self.enabled = enabled
        self.tty = enabled and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.label, self.total, self.done, self.started = "", 0, 0, 0.0

    def phase(self, label, total):
        self.label, self.total, self.done, self.started = label, max(total, 0), 0, time.monotonic()
        if self.enabled and not self.tty:
            self._write(f"  {label}: {total} step{'s' if total != 1 else ''}…\n")
        self._draw()
        return self

    def advance(self, steps=1):
        self.done = min(self.total, self.done + steps)
        self._draw()

    def finish(self):
        self.done = self.total
        elapsed = time.monotonic() - self.started
        if self.tty:
            self._draw()
            self._write(f" {elapsed:.1f} s\n")
        elif self.enabled:
            self._write(f"  {self.label}: done in {elapsed:.1f} s\n")

    def _draw(self):
        if not self.tty:
            return
        filled = int(WIDTH * self.done / self.total) if self.total else WIDTH
        bar = "#" * filled + "-" * (WIDTH - filled)
        self._write(f"\r  {self.label:<28} [{bar}] {self.done}/{self.total}")

    def _write(self, text):
        self.stream.write(text)
        self.stream.flush()
