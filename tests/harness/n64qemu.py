#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Drive the N64 machine for QEMU (-M n64) from tests: the one place that
knows how to start it, read its IS-Viewer console, talk QMP, press
controller buttons and take and compare screendumps.

The machine runs headless under -icount (shift 3: 8 ns of virtual time per
instruction, sleep off), so the same ROM and inputs give the same console
log and the same pictures on any host.

Buttons are keys of the machine's keyboard map (docs/emu.md: X is A, C is
B, K is D-pad down, ...).  A press lasts exactly two reads of the
controller: the controller lets go by itself after them (its "tap-reads"
property), so a press takes the same virtual time on a fast or a loaded
host and a program's key repeat never fires.  The harness waits for those
reads (the first is required, the second waited for up to 2 s), releases
the key and waits (up to 2 s) for two more reads, so a program that polls
once a frame sees one short press.

As a program:
  n64qemu.py run ROM [--step ACTION ...] [--until REGEX] [--timeout S]
                     [--screendump F.ppm] [--qemu-arg ARG ...] [--at REGEX ...]
                     [--cost-model]
      runs the steps in order, then waits for REGEX; prints the console,
      then what QEMU itself printed, each line after "qemu: ", then
      "n64qemu: at_ns=N REGEX" for each --at (as speed's, or "none");
      with --cost-model, the VR4300 cost model runs too (docs/perf.md):
      each --at also prints "n64qemu: at_cycles=C miss=M insns=I
      wait_cycles=C wait_miss=M wait_insns=I user=U REGEX", and after QEMU has
      stopped every marker and the totals follow as "n64qemu: marker N
      cycles=...", "n64qemu: total cycles=..." and "n64qemu: kernel=K
      user=U icache=..." (cycles by privilege, miss cycles by kind);
      exit 0 when every step and REGEX succeeded (without --until, after
      the timeout), 1 otherwise.  ACTION is one of
        wait=REGEX       wait for a console line
        press=KEY        press and release a key (a QEMU qcode: x, k, ret)
        button=NAME      press and release a button of controller 1 by
                         libpad's name (A, START, C_UP, STICK_LEFT, ...)
        frames=N         let controller 1 be read N more times
        screendump=FILE  take a screendump now
  n64qemu.py speed ROM [--from REGEX] --until REGEX [--at REGEX ...]
                       [--timeout S] [--qemu-arg ARG ...]
      prints "wall_ms=N virtual_ns=N instructions=N" from the first line
      matching --from (or from reset) to the first matching --until: the
      host time between them (looked for every 2 ms), the virtual time
      between them (the IS-Viewer's trace gives each line's), and the
      guest instructions that is (virtual ns / 8: an upper bound, since
      virtual time the CPU spends idle is skipped, not executed); then
      "at_ns=N" for each --at, the virtual time of its first line, so one
      boot gives the spans between any lines up to --until.
  n64qemu.py compare A.ppm B.ppm [--tolerance FRACTION]
      exit 0 when at most FRACTION of the pixels differ (default 0).
"""

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
QEMU = os.environ.get("N64_QEMU", os.path.join(TOP, "out", "emu", "qemu-system-mips64"))
ICOUNT_SHIFT = 3
ICOUNT = "shift=%d,sleep=off" % ICOUNT_SHIFT
TAP_READS = 2           # how many controller reads a press lasts
ISV_TRACE = re.compile(r"n64_isv_print (\d+) bytes at virtual time (\d+) ns")
COST_PLUGIN = os.path.join(os.path.dirname(QEMU), "libvr4300-cost.so")
COST_LINE = re.compile(r"^vr4300: (marker \d+|isv|total) cycles=(\d+) miss=(\d+) "
                       r"insns=(\d+) wait_cycles=(\d+) wait_miss=(\d+) "
                       r"wait_insns=(\d+) user=(\d+)", re.M)
COST_FIELDS = ("cycles=%d miss=%d insns=%d wait_cycles=%d wait_miss=%d "
               "wait_insns=%d user=%d")


class Machine:
    """One run of -M n64 with a cartridge, a console file and a QMP socket."""

    def __init__(self, rom, extra_args=(), memory="8M", cost_model=False):
        self.dir = tempfile.mkdtemp(prefix="n64qemu-")
        self.console_path = os.path.join(self.dir, "console")
        self.trace_path = os.path.join(self.dir, "trace")
        self.qmp_path = os.path.join(self.dir, "qmp")
        self.qemu_log_path = os.path.join(self.dir, "qemu.log")
        args = [QEMU, "-M", "n64,cart=" + rom, "-m", memory,
                "-display", "none", "-icount", ICOUNT,
                "-chardev", "file,id=isv,path=" + self.console_path,
                "-serial", "chardev:isv",
                "-qmp", "unix:%s,server=on,wait=off" % self.qmp_path,
                "-trace", "n64_isv_print", "-D", self.trace_path,
                "-monitor", "none"] + list(extra_args)
        if cost_model:
            args += ["-plugin", COST_PLUGIN, "-d", "plugin"]
        with open(self.qemu_log_path, "wb") as log:
            self.proc = subprocess.Popen(args, stdout=log,
                                         stderr=subprocess.STDOUT)
        self.sock = None
        self.buf = b""

    def console(self):
        try:
            with open(self.console_path, "rb") as f:
                return f.read().decode("utf-8", "replace")
        except FileNotFoundError:
            return ""

    def qemu_output(self):
        """What QEMU itself printed (errors, the PIF's halt message)."""
        with open(self.qemu_log_path, "rb") as f:
            return f.read().decode("utf-8", "replace")

    def _log(self):
        with open(self.trace_path, errors="replace") as f:
            return f.read()

    def _print_of(self, regex):
        """(index, virtual ns) of the IS-Viewer print that ended the first
        console line matching REGEX, or None: the IS-Viewer traces each
        print's length and time, so the console splits into prints."""
        console = self.console()
        m = re.compile(regex, re.M).search(console)
        if not m:
            return None
        line_end = len(console[:m.end()].encode("utf-8", "replace"))
        printed = 0
        for i, t in enumerate(ISV_TRACE.finditer(self._log())):
            printed += int(t.group(1))
            if printed >= line_end:
                return i, int(t.group(2))
        return None

    def virtual_ns(self, regex):
        """The virtual time at which the first console line matching REGEX
        was printed, or None."""
        found = self._print_of(regex)
        return found[1] if found else None

    def cost_events(self):
        """The cost model's reports (cost_model=True) in order: tuples
        (what, cycles, miss, instructions, wait cycles, wait miss, wait
        instructions, user cycles), what being "isv", "marker N" or
        "total"."""
        return [(e.group(1),) + tuple(int(g) for g in e.groups()[1:])
                for e in COST_LINE.finditer(self._log())]

    def cost_at(self, regex):
        """The cost model's figures (cost_events' tuple without "what")
        when the first console line matching REGEX was printed, or None."""
        found = self._print_of(regex)
        prints = [e for e in self.cost_events() if e[0] == "isv"]
        if not found or found[0] >= len(prints):
            return None
        return prints[found[0]][1:]

    def stop(self):
        """Stop QEMU (it writes the cost model's totals as it exits)."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def wait_for(self, regex, timeout, poll=0.05):
        """The first console line matching REGEX, or None after TIMEOUT s;
        the console is looked at every POLL s."""
        pattern = re.compile(regex, re.M)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            m = pattern.search(self.console())
            if m:
                return m.group(0)
            if self.proc.poll() is not None:
                break
            time.sleep(poll)
        m = pattern.search(self.console())
        return m.group(0) if m else None

    def _connect(self):
        deadline = time.monotonic() + 10
        while self.sock is None:
            try:
                s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                s.connect(self.qmp_path)
                self.sock = s
            except (FileNotFoundError, ConnectionRefusedError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        self._reply()                       # the greeting
        self.qmp("qmp_capabilities")

    def _reply(self):
        while True:
            while b"\n" not in self.buf:
                data = self.sock.recv(65536)
                if not data:
                    raise EOFError("QMP closed")
                self.buf += data
            line, self.buf = self.buf.split(b"\n", 1)
            msg = json.loads(line)
            if "event" not in msg:
                return msg

    def qmp(self, command, **arguments):
        if self.sock is None and command != "qmp_capabilities":
            self._connect()
        msg = {"execute": command}
        if arguments:
            msg["arguments"] = arguments
        self.sock.sendall(json.dumps(msg).encode() + b"\n")
        reply = self._reply()
        if "error" in reply:
            raise RuntimeError("QMP %s: %s" % (command, reply["error"]))
        return reply.get("return")

    def screendump(self, path):
        self.qmp("screendump", filename=os.path.abspath(path))

    def reads(self, pad=0):
        """How many times the program has read controller PAD's buttons."""
        return self.qmp("qom-get", path="/machine/pad[%d]" % pad,
                        property="reads")

    def frames(self, n, pad=0, timeout=30):
        """Wait until controller PAD has been read N more times; False when
        the program stopped reading it within TIMEOUT s."""
        target = self.reads(pad) + n
        deadline = time.monotonic() + timeout
        while self.reads(pad) < target:
            if time.monotonic() > deadline or self.proc.poll() is not None:
                return False
            time.sleep(0.002)
        return True

    def key(self, qcode, down):
        self.qmp("input-send-event", events=[{
            "type": "key",
            "data": {"down": down, "key": {"type": "qcode", "data": qcode}}}])

    def press(self, qcode, pad=0):
        """Press and release a key; False when nobody read the controller."""
        self.qmp("qom-set", path="/machine/pad[%d]" % pad,
                 property="tap-reads", value=TAP_READS)
        self.key(qcode, True)
        seen = self.frames(1, pad)
        # The press may end the reading (A launches a program): after the
        # first read, waiting for more is no error.
        self.frames(1, pad, timeout=2)
        self.key(qcode, False)
        self.frames(2, pad, timeout=2)
        return seen

    def close(self):
        self.stop()
        if self.sock:
            self.sock.close()
        for name in os.listdir(self.dir):
            os.unlink(os.path.join(self.dir, name))
        os.rmdir(self.dir)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def read_ppm(path):
    """(width, height, bytes) of a binary PPM (P6, maxval 255)."""
    with open(path, "rb") as f:
        data = f.read()
    fields = []
    pos = 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos)
            continue
        start = pos
        while not data[pos:pos + 1].isspace():
            pos += 1
        fields.append(data[start:pos])
    if fields[0] != b"P6" or fields[3] != b"255":
        raise ValueError("%s: not a binary 8-bit PPM" % path)
    width, height = int(fields[1]), int(fields[2])
    pixels = data[pos + 1:pos + 1 + 3 * width * height]
    if len(pixels) != 3 * width * height:
        raise ValueError("%s: truncated" % path)
    return width, height, pixels


def differing_fraction(a, b):
    """The fraction of pixels that differ between two PPM files (1.0 when
    their sizes differ)."""
    wa, ha, pa = read_ppm(a)
    wb, hb, pb = read_ppm(b)
    if (wa, ha) != (wb, hb):
        return 1.0
    differ = sum(1 for i in range(0, len(pa), 3) if pa[i:i + 3] != pb[i:i + 3])
    return differ / float(wa * ha)


# Controller 1's buttons and the keys that play them (docs/emu.md,
# Controllers), by the names libpad gives them (pad_button_name()).
BUTTON_KEYS = {
    "A": "x", "B": "c", "Z": "z", "START": "ret", "L": "a", "R": "s",
    "UP": "i", "DOWN": "k", "LEFT": "j", "RIGHT": "l",
    "C_UP": "t", "C_DOWN": "g", "C_LEFT": "f", "C_RIGHT": "h",
    "STICK_UP": "up", "STICK_DOWN": "down", "STICK_LEFT": "left",
    "STICK_RIGHT": "right",
}


def run_step(m, step, timeout):
    """One --step ACTION of `run`; True when it succeeded."""
    action, _, arg = step.partition("=")
    if action == "wait":
        return m.wait_for(arg, timeout) is not None
    if action == "press":
        return m.press(arg)
    if action == "button":
        if arg not in BUTTON_KEYS:
            raise SystemExit("n64qemu: no button %r" % arg)
        return m.press(BUTTON_KEYS[arg])
    if action == "frames":
        return m.frames(int(arg), timeout=timeout)
    if action == "screendump":
        m.screendump(arg)
        return True
    raise SystemExit("n64qemu: unknown step %r" % step)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    run = sub.add_parser("run")
    run.add_argument("rom")
    run.add_argument("--until")
    run.add_argument("--timeout", type=float, default=60)
    run.add_argument("--screendump")
    run.add_argument("--step", action="append", default=[],
                     help="wait=REGEX, press=KEY, button=NAME, frames=N or screendump=FILE")
    run.add_argument("--qemu-arg", action="append", default=[])
    run.add_argument("--at", action="append", default=[])
    run.add_argument("--cost-model", action="store_true")
    speed = sub.add_parser("speed")
    speed.add_argument("rom")
    speed.add_argument("--from", dest="start")
    speed.add_argument("--until", required=True)
    speed.add_argument("--at", action="append", default=[])
    speed.add_argument("--timeout", type=float, default=60)
    speed.add_argument("--qemu-arg", action="append", default=[])
    cmp = sub.add_parser("compare")
    cmp.add_argument("a")
    cmp.add_argument("b")
    cmp.add_argument("--tolerance", type=float, default=0.0)
    args = parser.parse_args()

    if args.cmd == "compare":
        for path in (args.a, args.b):
            if not os.path.exists(path):
                print("n64qemu: %s: no such picture" % path, file=sys.stderr)
                return 2
        fraction = differing_fraction(args.a, args.b)
        print("compare: %.4f of the pixels differ" % fraction)
        return 0 if fraction <= args.tolerance else 1

    if not os.path.exists(args.rom):
        print("n64qemu: %s: no such ROM" % args.rom, file=sys.stderr)
        return 2
    if args.cmd == "speed":
        with Machine(args.rom, args.qemu_arg) as m:
            start = time.monotonic()
            if args.start and m.wait_for(args.start, args.timeout,
                                         poll=0.002) is None:
                return 1
            if args.start:
                start = time.monotonic()
            if m.wait_for(args.until, args.timeout, poll=0.002) is None:
                return 1
            wall = time.monotonic() - start
            time.sleep(0.1)             # the trace is flushed after the line
            begin = m.virtual_ns(args.start) if args.start else 0
            end = m.virtual_ns(args.until)
            at = [m.virtual_ns(regex) for regex in args.at]
            if None in [begin, end] + at:
                print("n64qemu: no virtual time for a line", file=sys.stderr)
                return 1
            print("wall_ms=%d virtual_ns=%d instructions=%d" %
                  (wall * 1000, end - begin, (end - begin) >> ICOUNT_SHIFT))
            for ns in at:
                print("at_ns=%d" % ns)
            return 0
    with Machine(args.rom, args.qemu_arg, cost_model=args.cost_model) as m:
        start = time.monotonic()
        failed = [step for step in args.step if not run_step(m, step, args.timeout)]
        for step in failed[:1]:
            print("n64qemu: step %s failed" % step, file=sys.stderr)
        seen = m.wait_for(args.until, args.timeout) if args.until else None
        if not args.until:
            time.sleep(max(0.0, args.timeout - (time.monotonic() - start)))
        if args.screendump:
            m.screendump(args.screendump)
        console = m.console()
        sys.stdout.write(console)
        if console and not console.endswith("\n"):
            print()                     # a prompt: end its line
        for line in m.qemu_output().splitlines():
            print("qemu: " + line)
        if args.at:
            time.sleep(0.1)             # the trace is flushed after the line
        for regex in args.at:
            ns = m.virtual_ns(regex)
            print("n64qemu: at_ns=%s %s" % ("none" if ns is None else ns, regex))
            if args.cost_model:
                cost = m.cost_at(regex)
                print("n64qemu: at_%s %s" % (
                    "cycles=none" if cost is None else COST_FIELDS % cost,
                    regex))
        if args.cost_model:
            m.stop()
            for event in m.cost_events():
                if event[0] != "isv":
                    print("n64qemu: %s %s" % (event[0], COST_FIELDS % event[1:]))
            for split in re.findall(r"^vr4300: (kernel=.*)$", m._log(), re.M):
                print("n64qemu: " + split)
        return 0 if not failed and (seen or not args.until) else 1


if __name__ == "__main__":
    sys.exit(main())
