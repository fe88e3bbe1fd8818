#!/usr/bin/env python3
"""`ogpx ingest`'s progress line on a pseudo-terminal (issue 20, docs/cli.md).

Runs the real binary with stdin, stdout and stderr on a pty (python3's pty
module), records every byte it draws, and checks what a user sees:
documents counted when they are finished (out of input order), pages moving
while a long OCR document is read, an ETA, inputs that cannot be read named
before the work starts, and a clean last screen after Ctrl-C and SIGTERM
(the summary, exit 130 / 143). Nothing here measures time: the assertions
are on the order of what is drawn.

usage: progress_pty_test.py --ogpx BINARY --samples DIR --work DIR
"""
import argparse
import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import unittest

ARGS = None
FRAME = re.compile(r"^\[(\d+)/(\d+)\] (\d+) pages")
HANG_GUARD_SECONDS = 900  # only so that a hang cannot block the suite forever


def run_on_pty(argv, react=None):
    """Runs argv on a new pty 200 columns wide; `react(text, pid, fd)` is
    called with everything drawn so far after each read. Returns the exit
    code and the text drawn."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))
        os.execv(argv[0], argv)
    raw = b""
    while True:
        ready, _, _ = select.select([fd], [], [], HANG_GUARD_SECONDS)
        if not ready:
            os.kill(pid, signal.SIGKILL)
            raise AssertionError("ogpx drew nothing for %d s" % HANG_GUARD_SECONDS)
        try:
            data = os.read(fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        raw += data
        if react:
            react(raw.decode("utf-8", "replace"), pid, fd)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), raw.decode("utf-8", "replace")


def screen(text):
    """The lines left on the terminal: '\\r' goes back to the start of the
    line, ESC [ K erases to its end, '\\n' starts the next one."""
    lines, line, col, i = [], "", 0, 0
    while i < len(text):
        if text.startswith("\x1b[K", i):
            line = line[:col]
            i += 3
            continue
        c = text[i]
        if c == "\r":
            col = 0
        elif c == "\n":
            lines.append(line)
            line, col = "", 0
        else:
            line = line[:col] + c + line[col + 1:]
            col += 1
        i += 1
    lines.append(line)
    return [l for l in lines if l.strip()]


def frames(text):
    """Every progress line drawn, in order."""
    return [f for f in (part.split("\r")[0].split("\n")[0] for part in text.split("\r\x1b[K")) if FRAME.match(f)]


def sample(name):
    return os.path.join(ARGS.samples, name)


def work(name):
    return os.path.join(ARGS.work, name)


def fresh_db(name):
    path = work(name)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    return path


class Progress(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(ARGS.work, exist_ok=True)
        # A three-page scan: long enough to be read while the others finish.
        cls.scan = work("scan3.pdf")
        subprocess.run(["qpdf", "--empty", "--pages", sample("nap5-en-scan.pdf"), "1-3", "--", cls.scan],
                       check=True)

    def test_documents_finish_out_of_order_and_pages_move_during_ocr(self):
        db = fresh_db("order.sqlite")
        code, text = run_on_pty([ARGS.ogpx, "ingest", "--db", db, "-j", "2", "--dpi", "150", self.scan,
                                 sample("order-120-mn.pdf"), sample("report-mof-2024q3-en.pdf")])
        self.assertEqual(code, 0, text)
        drawn = frames(text)
        self.assertTrue(drawn, text)
        # The two small files finish while the scan, first in the input, is read.
        self.assertTrue(any(int(FRAME.match(f).group(1)) >= 1 and "scan3.pdf" in f for f in drawn), drawn)
        # The scan's pages move one by one as their OCR finishes.
        for page in (1, 2):
            self.assertTrue(any("scan3.pdf %d/3" % page in f for f in drawn), drawn)
        self.assertTrue(any(re.search(r"\(\d+ OCR\)", f) for f in drawn), drawn)
        self.assertTrue(any(", ETA " in f for f in drawn), drawn)
        done = [int(FRAME.match(f).group(1)) for f in drawn]
        pages = [int(FRAME.match(f).group(3)) for f in drawn]
        self.assertEqual(done, sorted(done))
        self.assertEqual(pages, sorted(pages))
        # What stays on the screen is the summary alone.
        lines = screen(text)
        self.assertRegex(lines[0], r"^ingest: 3 files: 3 ingested, 0 skipped \(unchanged\), 0 failed; \d+ pages in ")
        self.assertTrue(all(l.startswith("  ") for l in lines[1:]), lines)  # "  warnings: ..."

    def test_an_input_that_cannot_be_read_is_named_before_the_work_starts(self):
        db = fresh_db("missing.sqlite")
        missing = work("no-such-file.pdf")
        code, text = run_on_pty([ARGS.ogpx, "ingest", "--db", db, sample("order-120-mn.pdf"), self.scan, missing])
        self.assertEqual(code, 1, text)
        message = "ogpx: %s: no such file" % missing
        self.assertEqual(text.count(message), 1, text)
        first_frame = text.find("\r\x1b[K[")
        self.assertNotEqual(first_frame, -1, text)
        self.assertLess(text.find(message), first_frame, text)
        self.assertIn("3 files: 2 ingested, 0 skipped (unchanged), 1 failed", text)

    def interrupt(self, send, signame, code_expected):
        db = fresh_db(signame + ".sqlite")
        report = work(signame + ".json")
        sent = []

        def react(text, pid, fd):
            # Once the scan is being read and the order before it is counted
            # as stored (its write may still be under way when the scan starts).
            if not sent and any("scan3.pdf" in f and int(FRAME.match(f).group(1)) >= 1 for f in frames(text)):
                send(pid, fd)
                sent.append(True)

        code, text = run_on_pty([ARGS.ogpx, "ingest", "--db", db, "-j", "1", "--dpi", "150", "--report", report,
                                 sample("order-120-mn.pdf"), self.scan, sample("report-mof-2024q3-en.pdf")], react)
        self.assertTrue(sent, text)
        self.assertEqual(code, code_expected, text)
        lines = screen(text)
        self.assertEqual(lines[0], "ogpx: ingest: interrupted by %s; the documents written are stored, "
                                   "a rerun completes the batch" % signame, lines)
        self.assertRegex(lines[1], r"^ingest: 3 files: 1 ingested, 0 skipped \(unchanged\), 0 failed, "
                                   r"2 not done; \d+ pages in ")
        self.assertTrue(all(l.startswith("  ") for l in lines[2:]), lines)  # "  warnings: ..."
        with open(report) as f:
            self.assertEqual(json.load(f)["stopped"], "interrupted by " + signame)

    def test_ctrl_c_leaves_a_clean_screen_and_exits_130(self):
        self.interrupt(lambda pid, fd: os.write(fd, b"\x03"), "SIGINT", 130)

    def test_sigterm_leaves_a_clean_screen_and_exits_143(self):
        self.interrupt(lambda pid, fd: os.kill(pid, signal.SIGTERM), "SIGTERM", 143)

    def test_quiet_draws_nothing(self):
        db = fresh_db("quiet.sqlite")
        code, text = run_on_pty([ARGS.ogpx, "ingest", "-q", "--db", db, sample("order-120-mn.pdf")])
        self.assertEqual(code, 0, text)
        self.assertEqual(text, "")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--ogpx", required=True)
    parser.add_argument("--samples", required=True)
    parser.add_argument("--work", required=True)
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)
