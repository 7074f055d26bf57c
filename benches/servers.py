"""The two servers every workload runs against, each on loopback in a process of
its own: the embedded mock, and Apache httpd with mod_auth_digest serving the
mock's own JSON as files (a server none of the clients' authors wrote).

Both expose the same names: url, public_key, private_key, cluster (an id to
get), small_project (a project holding --clusters clusters), and requests()
(how many HTTP exchanges the server has seen, challenges included).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# The listing with a project filter holds the small count; without one, the big.
SMALL_PROJECT = "1372813089189561287"
OTHER_PROJECT = "1372813089189561288"


class MockServer:
    """The embedded mock in a process of its own, with no rate limit."""

    name = "mock"

    def __init__(self, small: int, big: int, python: str = sys.executable) -> None:
        self.proc = subprocess.Popen([python, os.path.join(HERE, "mock_process.py")],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        info = json.loads(self.proc.stdout.readline())
        self.url, self.public_key, self.private_key = (
            info["url"], info["public_key"], info["private_key"])
        self.small_project = SMALL_PROJECT
        self.cluster = self._ask(f"seed {small} {SMALL_PROJECT}")
        if big > small:
            self._ask(f"seed {big - small} {OTHER_PROJECT}")

    def _ask(self, line: str) -> str:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def requests(self) -> int:
        return int(self._ask("count"))

    def documents(self) -> dict:
        """What the mock serves for each path the workloads read."""
        path = os.path.join(tempfile.mkdtemp(prefix="tidbcloud-bench-"), "docs.json")
        self._ask(f"dump {path} {self.cluster} {SMALL_PROJECT}")
        with open(path) as f:
            docs = json.load(f)
        shutil.rmtree(os.path.dirname(path))
        return docs

    def close(self) -> None:
        self._ask("quit")
        self.proc.wait(timeout=30)


def _find_httpd() -> tuple[str, str]:
    """The httpd binary and its modules directory, installing Apache with the
    system package manager when it is missing."""
    for attempt in range(2):
        binary = shutil.which("apache2") or shutil.which("httpd") or next(
            (p for p in ("/usr/sbin/apache2", "/usr/sbin/httpd") if os.path.exists(p)), None)
        mods = next((d for d in ("/usr/lib/apache2/modules", "/usr/lib64/httpd/modules",
                                 "/usr/lib/httpd/modules", "/usr/libexec/apache2")
                     if os.path.exists(os.path.join(d, "mod_auth_digest.so"))), None)
        if binary and mods:
            return binary, mods
        if attempt == 0:
            _install_httpd()
    raise SystemExit("Apache httpd with mod_auth_digest was not found and could not be "
                     "installed; install it (Debian: apt-get install apache2) and rerun")


def _install_httpd() -> None:
    sudo = [] if os.geteuid() == 0 else (["sudo", "-n"] if shutil.which("sudo") else None)
    if sudo is None:
        return
    print("installing Apache httpd with the system package manager ...", file=sys.stderr)
    if shutil.which("apt-get"):
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        cmd = [*sudo, "apt-get", "install", "-y", "-q", "apache2"]
        if subprocess.run(cmd, env=env, capture_output=True).returncode != 0:
            subprocess.run([*sudo, "apt-get", "update", "-q"], env=env, capture_output=True)
            subprocess.run(cmd, env=env, capture_output=True)
    elif shutil.which("dnf") or shutil.which("yum"):
        subprocess.run([*sudo, shutil.which("dnf") or "yum", "install", "-y", "httpd"],
                       capture_output=True)
    elif shutil.which("apk"):
        subprocess.run([*sudo, "apk", "add", "apache2"], capture_output=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


CONFIG = """\
ServerRoot "{root}"
ServerName 127.0.0.1
Listen 127.0.0.1:{port}
PidFile "{root}/httpd.pid"
DefaultRuntimeDir "{root}"
ErrorLog "{root}/error.log"
LogLevel warn
{user}
LoadModule mpm_event_module {mods}/mod_mpm_event.so
LoadModule authn_core_module {mods}/mod_authn_core.so
LoadModule authn_file_module {mods}/mod_authn_file.so
LoadModule authz_core_module {mods}/mod_authz_core.so
LoadModule authz_user_module {mods}/mod_authz_user.so
LoadModule auth_digest_module {mods}/mod_auth_digest.so
LoadModule rewrite_module {mods}/mod_rewrite.so
{extra_modules}
# Every client keeps its connections: no cap on requests per connection.
KeepAlive On
MaxKeepAliveRequests 0
KeepAliveTimeout 60
StartServers 2
ServerLimit 4
ThreadLimit 128
ThreadsPerChild 128
MaxRequestWorkers 512
MinSpareThreads 64
MaxSpareThreads 512
LogFormat "%s" status
CustomLog "{root}/access.log" status
DocumentRoot "{root}/www"
<Directory "{root}/www">
    ForceType application/json
    AuthType Digest
    AuthName "{realm}"
    AuthDigestProvider file
    AuthUserFile "{root}/htdigest"
    AuthDigestNonceLifetime 3600
    Require valid-user
</Directory>
# The list: its page token names the file of the next page; the project
# filter picks the small listing.
RewriteEngine On
RewriteCond %{{QUERY_STRING}} (?:^|&)pageToken=([A-Za-z0-9-]+)
RewriteRule ^/clusters$ /pages/%1 [L]
RewriteCond %{{QUERY_STRING}} (?:^|&)projectId=
RewriteRule ^/clusters$ /pages/small-0 [L]
RewriteRule ^/clusters$ /pages/big-0 [L]
"""


class Apache:
    """Apache httpd on loopback, answering the workloads' paths with the mock's
    documents behind digest auth (MD5, qop=auth)."""

    name = "apache"
    realm = "tidbcloud-bench"

    def __init__(self, docs: dict, small: int, big: int) -> None:
        binary, mods = _find_httpd()
        self.root = tempfile.mkdtemp(prefix="tidbcloud-httpd-")
        os.chmod(self.root, 0o755)
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.public_key, self.private_key = "benchpublic", "bench-private-" + os.urandom(8).hex()
        self.small_project = SMALL_PROJECT
        self.cluster = docs["cluster"]["clusterId"]
        self._write_docs(docs, small, big)
        ha1 = hashlib.md5(f"{self.public_key}:{self.realm}:{self.private_key}".encode()).hexdigest()
        with open(os.path.join(self.root, "htdigest"), "w") as f:
            f.write(f"{self.public_key}:{self.realm}:{ha1}\n")
        user = ""
        if os.geteuid() == 0:
            # httpd refuses to serve as root; the files are world-readable.
            import grp
            import pwd
            name = next((u for u in ("www-data", "apache", "daemon", "nobody")
                         if _exists(pwd.getpwnam, u)), "nobody")
            group = next((g for g in ("www-data", "apache", "daemon", "nogroup", "nobody")
                          if _exists(grp.getgrnam, g)), "nogroup")
            user = f"User {name}\nGroup {group}"
        extra = ""
        if not _compiled_in(binary, "mod_unixd.c") and os.path.exists(f"{mods}/mod_unixd.so"):
            extra += f"LoadModule unixd_module {mods}/mod_unixd.so\n"
        if not _compiled_in(binary, "mod_log_config.c"):
            extra += f"LoadModule log_config_module {mods}/mod_log_config.so\n"
        conf = os.path.join(self.root, "httpd.conf")
        with open(conf, "w") as f:
            f.write(CONFIG.format(root=self.root, port=self.port, mods=mods, realm=self.realm,
                                  user=user, extra_modules=extra))
        self.proc = subprocess.Popen([binary, "-d", self.root, "-f", conf, "-DFOREGROUND"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     start_new_session=True)
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError as refused:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    err = self.proc.stderr.read().decode() if self.proc.poll() is not None else ""
                    log = _read(os.path.join(self.root, "error.log"))
                    self.close()
                    raise SystemExit(f"httpd did not start: {err}{log}") from refused
                time.sleep(0.05)

    def _write_docs(self, docs: dict, small: int, big: int) -> None:
        www = os.path.join(self.root, "www")
        for sub in ("regions", "clusters", "pages"):
            os.makedirs(os.path.join(www, sub))
        _write(os.path.join(www, "regions", "aws-us-east-1"), docs["region"])
        _write(os.path.join(www, "clusters", self.cluster), docs["cluster"])
        # The pages of both listings, from the mock's clusters (repeated with new
        # ids to make up the big one); each page's token names the next file.
        items = docs["clusters"]
        for listing, count in (("small", small), ("big", big)):
            pages = range(0, count, 100)
            for n, start in enumerate(pages):
                chunk = []
                for i in range(start, min(start + 100, count)):
                    c = dict(items[i % len(items)])
                    c["clusterId"] = str(10_000_000_000 + i)
                    chunk.append(c)
                page = {"clusters": chunk, "totalSize": count}
                if start + 100 < count:
                    page["nextPageToken"] = f"{listing}-{n + 1}"
                _write(os.path.join(www, "pages", f"{listing}-{n}"), page)

    def requests(self) -> int:
        with open(os.path.join(self.root, "access.log"), "rb") as f:
            return sum(1 for _ in f)

    def close(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        shutil.rmtree(self.root, ignore_errors=True)


def _exists(lookup, name: str) -> bool:
    try:
        lookup(name)
        return True
    except KeyError:
        return False


def _compiled_in(binary: str, module: str) -> bool:
    out = subprocess.run([binary, "-l"], capture_output=True, text=True).stdout
    return module in out


def _read(path: str) -> str:
    try:
        with open(path) as f:
            return f.read()[-2000:]
    except OSError:
        return ""


def _write(path: str, doc: dict) -> None:
    with open(path, "w") as f:
        json.dump(doc, f)
    os.chmod(path, 0o644)
