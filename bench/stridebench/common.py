"""Paths, constants and the clients the driver uses: psql, redis-cli, HTTP, Prometheus metrics."""
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

BENCH = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(BENCH)
RESULTS = os.path.join(BENCH, "results")
DATA = os.path.join(RESULTS, "data")
JAR = os.path.join(ROOT, "bootstrap", "target", "stride.jar")
LUA = os.path.join(BENCH, "scenario.lua")

PG_HOST, PG_PORT, PG_USER, DB = "127.0.0.1", "5432", "postgres", "stride_bench"
REDIS_HOST, REDIS_PORT, PREFIX = "127.0.0.1", "6379", "stride-bench:"
HEAP = "512m"
# As the Dockerfile runs Stride: ZGC keeps pauses under a millisecond; G1's young pauses (5-20 ms on
# two busy cores) were what set the p99 of cached reads.
GC = "-XX:+UseZGC"
JWT_SECRET = "Xb4Nq8Tz1Kc7Pw3Lr9Vm2Hs6Yd0Jf5Ge"  # random-looking: Stride refuses passphrases
PASSWORD = "bench-password-1"
GROWTH = [1000, 10000, 100000]


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def commit():
    return subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"], capture_output=True,
                          text=True).stdout.strip()


def utc_now():
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def write_results(name, res):
    with open(os.path.join(RESULTS, name), "w") as f:
        json.dump(res, f, indent=2)
    log(f"wrote {os.path.join(RESULTS, name)}")


def exit_on_signals():
    """Ctrl-C, SIGTERM and SIGHUP exit through the finally blocks that stop Stride and clean up."""
    def on_signal(signum, _):
        raise SystemExit(128 + signum)

    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(sig, on_signal)


# --- PostgreSQL, Redis ---------------------------------------------------------------------------

def psql(sql, db=DB):
    """Runs SQL (sent on stdin: statements may be long); returns the rows, tab-separated."""
    out = subprocess.run(["psql", "-h", PG_HOST, "-p", PG_PORT, "-U", PG_USER, "-d", db, "-X", "-q", "-A", "-t",
                          "-F", "\t", "-v", "ON_ERROR_STOP=1"], input=sql, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"psql failed: {out.stderr.strip()}\n{sql[:300]}")
    return out.stdout


def psql_file(path, db=DB):
    subprocess.run(["psql", "-h", PG_HOST, "-p", PG_PORT, "-U", PG_USER, "-d", db, "-X", "-q",
                    "-v", "ON_ERROR_STOP=1", "-o", "/dev/null", "-f", path], check=True)


def drop_database():
    psql(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)", db="postgres")
    log(f"dropped database {DB}")


def redis(*commands):
    """Runs redis-cli commands (one per line, through stdin); returns the replies, one per line."""
    out = subprocess.run(["redis-cli", "-h", REDIS_HOST, "-p", REDIS_PORT], input="\n".join(commands) + "\n",
                         capture_output=True, text=True, check=True)
    return out.stdout.splitlines()


def redis_keys(pattern):
    out = subprocess.run(["redis-cli", "-h", REDIS_HOST, "-p", REDIS_PORT, "--scan", "--pattern", pattern],
                         capture_output=True, text=True, check=True)
    return out.stdout.split()


def delete_keys(pattern):
    keys = redis_keys(pattern)
    for i in range(0, len(keys), 1000):
        redis("DEL " + " ".join(keys[i:i + 1000]))
    return len(keys)


def flush_prefix():
    return delete_keys(PREFIX + "*")


# --- HTTP ------------------------------------------------------------------------------------------

def api(base, method, path, body=None, token=None):
    req = urllib.request.Request(base + path, method=method,
                                 data=json.dumps(body).encode() if body is not None else None)
    if body is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            raw = r.read()
            return r.status, (json.loads(raw) if raw else None)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")


def scrape(base, openmetrics=False):
    req = urllib.request.Request(base + "/actuator/prometheus")
    if openmetrics:
        req.add_header("Accept", "application/openmetrics-text; version=1.0.0; charset=utf-8")
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.read().decode()


def metrics(base):
    """Prometheus text -> {(name, frozenset(labels)): value}."""
    out = {}
    for line in scrape(base).splitlines():
        m = re.match(r"^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)", line)
        if m and not line.startswith("#"):
            labels = frozenset(re.findall(r'(\w+)="((?:[^"\\]|\\.)*)"', m.group(2) or ""))
            out[(m.group(1), labels)] = float(m.group(3))
    return out


def msum(snapshot, name, **want):
    return sum(v for (n, labels), v in snapshot.items()
               if n == name and all((k, w) in labels for k, w in want.items()))


def non_2xx(snapshot):
    return sum(v for (n, labels), v in snapshot.items()
               if n == "http_server_requests_seconds_count" and not dict(labels).get("uri", "").startswith("/actuator")
               and not dict(labels).get("status", "").startswith("2"))
