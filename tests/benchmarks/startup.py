"""Cold start of ``calldesk demo``: from the process's start to its first window painted,
to the main window and to the journal's first rows, on a first run (no demo database yet:
it is generated) and on a second run, each in a fresh temporary home.

    python -m tests.benchmarks.startup --runs 5 --out FILE                 # offscreen
    python -m tests.benchmarks.startup --runs 5 --platform xvfb --out FILE # a real X server
    python -m tests.benchmarks.startup --source /path/to/other/checkout    # another version

Starts the real program (``python -m ui.main demo`` of ``--source``, default this checkout)
with tests/benchmarks/startup_probe on its PYTHONPATH: it notes wall-clock times as the
windows appear (and types the demo password where a login form asks for one), then quits
the app once the journal shows rows. Prints JSON: p50 / p95 per moment (no assertions).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.benchmarks.harness import emit, percentile

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).resolve().parent / "startup_probe"
MOMENTS = ("first_window", "login_shown", "main_window_shown", "journal_rows")


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """A private X server (1920x1080); its display number comes back on a pipe."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as f:
        display = f.readline().strip()
    return server, f":{display}"


def launch(source: Path, home: Path, env: dict[str, str], timeout: float) -> dict[str, float]:
    """One start of the demo; seconds from the process's start to each moment it reached."""
    out = home / "probe.json"
    out.unlink(missing_ok=True)
    run_env = {
        **env,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "CALLDESK_CONFIG_DIR": str(home / "config"),
        "CALLDESK_DATA_DIR": str(home / "data"),
        "PYTHONPATH": os.pathsep.join([str(PROBE), str(source)]),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "CALLDESK_STARTUP_PROBE": str(out),
    }
    began = time.time()
    process = subprocess.Popen(
        [sys.executable, "-m", "ui.main", "--lang", "en", "demo"],
        cwd=source,
        env=run_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        _, err = process.communicate()
    times = json.loads(out.read_text()) if out.exists() else {}
    if "journal_rows" not in times:
        raise RuntimeError(f"the demo did not show its journal: {times}\n{err.decode()[-2000:]}")
    return {k: round(v - began, 3) for k, v in times.items() if k in MOMENTS}


def summary(samples: list[dict[str, float]]) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    for moment in MOMENTS:
        values = [s[moment] for s in samples if moment in s]
        if values:
            figures[moment] = {
                "p50_s": round(percentile(values, 0.5), 2),
                "p95_s": round(percentile(values, 0.95), 2),
                "runs_s": values,
            }
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="first + second runs, each")
    parser.add_argument("--platform", choices=("offscreen", "xvfb"), default="offscreen")
    parser.add_argument("--source", type=Path, default=ROOT, help="the checkout to start")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--out", type=Path, help="also write the JSON figures to this file")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()[0]
    env = dict(os.environ)
    server = None
    if args.platform == "xvfb":
        server, display = start_xvfb()
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    first: list[dict[str, float]] = []
    second: list[dict[str, float]] = []
    try:
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory(prefix="calldesk-start-") as tmp:
                first.append(launch(args.source, Path(tmp), env, args.timeout))
                second.append(launch(args.source, Path(tmp), env, args.timeout))
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    commit = subprocess.run(
        ["git", "-C", str(args.source), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    figures = {
        "benchmark": "startup",
        "command": "python -m tests.benchmarks.startup " + " ".join(argv or sys.argv[1:]),
        "source_commit": commit,
        "platform": args.platform,
        "runs": args.runs,
        # A shared machine: how busy it was (1-minute load average, before and after).
        "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)],
        "seconds_from_process_start": {
            "first_run": summary(first),
            "second_run": summary(second),
        },
    }
    emit(figures, args.out)


if __name__ == "__main__":
    main()
