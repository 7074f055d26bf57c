"""What the waiters show. One rule for all of them: by default a display only
where someone watches (a terminal, Jupyter); progress=True always (tqdm when it
is installed and someone watches, one plain line per change otherwise);
nothing with progress=False."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
import textwrap

SCRIPT = textwrap.dedent('''
    import sys
    {block}
    from tidbcloud.testing import MockServer
    with MockServer(transition_seconds=0.15, rate_limit=None) as m, m.client() as c:
        cid = c.clusters.create(display_name="papa", region_id="aws-us-east-1",
            tidb_node_setting={{"nodeSpecKey": "4C16G", "tidbNodeGroups": [{{"nodeCount": 1}}]}},
            tikv_node_setting={{"nodeSpecKey": "4C16G", "nodeCount": 3,
                               "storageSizeGi": 500}})["clusterId"]
        c.clusters.wait(cid, poll_interval=0.05, progress={progress})
        imp = c.imports.create(cid, creation_details={{"importOptions": {{"fileType": "CSV"}},
            "source": {{"type": "GCS", "gcs": {{"uri": "gs://b/p/",
                "authType": "SERVICE_ACCOUNT_KEY", "serviceAccountKey": "k"}}}}}})
        c.imports.wait(cid, imp["importId"], poll_interval=0.05{import_progress})
    print("done")
''')
NO_TQDM = "sys.modules['tqdm'] = None; sys.modules['tqdm.auto'] = None"


def run(block: str = "", progress: str = "True",
        import_progress: str = ", progress=True") -> tuple[str, str]:
    code = SCRIPT.format(block=block, progress=progress, import_progress=import_progress)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout, out.stderr


def run_on_a_terminal(block: str = "", progress: str = "None",
                      import_progress: str = "") -> str:
    """The script with its stderr on a pseudo-terminal; what it drew there."""
    code = SCRIPT.format(block=block, progress=progress, import_progress=import_progress)
    leader, follower = pty.openpty()
    # A terminal of 24 rows and 120 columns (a new one has none, and tqdm would
    # fit its bar into nothing).
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=follower)
    os.close(follower)
    drawn = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        drawn += chunk
    os.close(leader)
    assert proc.wait(timeout=60) == 0
    assert proc.stdout is not None and proc.stdout.read() == b"done\n"
    return drawn.decode(errors="replace")


def test_plain_display_without_tqdm():
    stdout, stderr = run(NO_TQDM)
    assert stdout == "done\n"
    lines = stderr.splitlines()
    clusters = [line for line in lines if line.startswith("cluster ")]
    assert "CREATING, waiting for ACTIVE" in clusters[0]
    assert clusters[-1].split(" (")[0].endswith(" ACTIVE")
    imports = [line for line in lines if line.startswith("import ")]
    assert re.match(r"import \d+ COMPLETED", imports[-1])
    assert "[####################] 100.0%" in imports[-1]
    assert any("IMPORTING" in line for line in imports)


def test_nothing_printed_when_off():
    stdout, stderr = run(NO_TQDM, progress="False", import_progress=", progress=False")
    assert stdout == "done\n" and stderr == ""


def test_by_default_nothing_is_drawn_into_a_pipe():
    stdout, stderr = run(progress="None", import_progress="")
    assert stdout == "done\n" and stderr == ""


def test_by_default_every_waiter_draws_on_a_terminal():
    drawn = run_on_a_terminal(NO_TQDM)
    assert "cluster " in drawn and "waiting for ACTIVE" in drawn
    assert re.search(r"import \d+ COMPLETED", drawn)


def test_tqdm_is_used_on_a_terminal_when_installed():
    import tqdm  # noqa: F401 (installed with the test requirements)

    drawn = run_on_a_terminal()
    # tqdm's frame: the description, a space, then the elapsed time.
    assert re.search(r"cluster \d+ \[\d\d:\d\d\]", drawn), drawn
    assert re.search(r"import \d+ COMPLETED: 100%\|", drawn), drawn


def test_a_pipe_gets_plain_lines_even_with_tqdm():
    import tqdm  # noqa: F401

    _stdout, stderr = run()
    assert "\r" not in stderr and re.search(r"import \d+ COMPLETED", stderr)
    assert "cluster " in stderr


CREATE = dict(display_name="paced", region_id="aws-us-east-1",
              tidb_node_setting={"nodeSpecKey": "4C16G", "tidbNodeGroups": [{"nodeCount": 1}]},
              tikv_node_setting={"nodeSpecKey": "4C16G", "nodeCount": 3, "storageSizeGi": 500})


def test_a_poll_held_back_by_the_rate_limit_is_shown_with_its_cause(capsys, monkeypatch):
    from tidbcloud import _progress
    from tidbcloud.testing import MockServer

    # The plain display, whatever the suite imported before (a Jupyter kernel
    # module would make it a tqdm bar).
    monkeypatch.setattr(_progress, "watched", lambda: False)

    # The client's own pacing: one request every 1.5 s, so the wait's first
    # poll, right after the create, is held back for more than a second.
    with MockServer(transition_seconds=0.1, rate_limit=None) as m, m.client(rate_limit=40) as c:
        cid = c.clusters.create(**CREATE)["clusterId"]
        capsys.readouterr()
        c.clusters.wait(cid, poll_interval=0.05, progress=True)
    lines = capsys.readouterr().err.splitlines()
    held = [line for line in lines if "held" in line]
    assert held, lines
    assert re.fullmatch(
        rf"cluster {cid}; next poll held [12] s by the rate limit: "
        r"rate_limit=40 requests per minute \(this client's own pacing\)", held[0]), held
    # The display goes on with the states once the poll is answered.
    assert lines[-1].startswith(f"cluster {cid} ACTIVE")


def test_a_progress_callable_with_paced_hears_of_the_wait_and_of_the_budget():
    from tidbcloud.testing import MockServer

    class Watcher:
        def __init__(self) -> None:
            self.polled: list[str] = []
            self.held: list[tuple[float, str]] = []

        def __call__(self, resource: dict) -> None:
            self.polled.append(resource["state"])

        def paced(self, seconds: float, cause: str) -> None:
            self.held.append((seconds, cause))

    # The service's budget: 3 requests a 2.5 s window. The create, its
    # challenge and the first poll spend it; the next poll waits for the reset.
    with MockServer(transition_seconds=3.0, rate_limit=(3, 2.5)) as m, m.client() as c:
        cid = c.clusters.create(**CREATE)["clusterId"]
        w = Watcher()
        c.clusters.wait(cid, poll_interval=0.05, progress=w)
    assert w.polled[-1] == "ACTIVE"
    assert w.held and all(1.0 < s <= 3.0 for s, _ in w.held), w.held
    assert w.held[0][1] == "3 requests per minute for this key, all used"
    # Without a `paced` method, a callable hears only of the polls.
    with MockServer(transition_seconds=0.1, rate_limit=None) as m, m.client(rate_limit=40) as c:
        cid = c.clusters.create(**CREATE)["clusterId"]
        seen: list[str] = []
        c.clusters.wait(cid, poll_interval=0.05, progress=lambda r: seen.append(r["state"]))
    assert seen == ["ACTIVE"]


def test_the_tqdm_display_shows_the_wait_until_the_next_poll():
    from tidbcloud import _progress

    class Bar:
        def __init__(self, **kw: object) -> None:
            self.postfix = ""
            self.desc = ""

        def set_postfix_str(self, s: str, refresh: bool = True) -> None:
            self.postfix = s

        def set_description_str(self, s: str, refresh: bool = True) -> None:
            self.desc = s

        def refresh(self) -> None:
            pass

        def close(self) -> None:
            pass

    d = _progress._Tqdm(Bar, "cluster", "1", "ACTIVE", ("state", None))
    d({"state": "CREATING"})
    d.paced(54.2, "100 requests per minute for this key, all used")
    assert d._bar.postfix == ("next poll held 54 s by the rate limit: "
                              "100 requests per minute for this key, all used")
    d({"state": "ACTIVE"})
    assert d._bar.postfix == "" and d._bar.desc == "cluster 1 ACTIVE"
