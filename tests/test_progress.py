"""What progress=True shows: tqdm when it is installed, one plain line otherwise;
nothing at all with progress=False."""

from __future__ import annotations

import re
import subprocess
import sys
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


def run(block: str = "", progress: str = "True", import_progress: str = "") -> tuple[str, str]:
    code = SCRIPT.format(block=block, progress=progress, import_progress=import_progress)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout, out.stderr


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


def test_tqdm_is_used_when_installed():
    import tqdm  # noqa: F401 (installed with the test requirements)

    _stdout, stderr = run()
    assert re.search(r"import \d+", stderr) and "100%" in stderr
    assert "cluster " in stderr
