#!/usr/bin/env python3
"""Stride benchmark driver (standard library only). bench/run builds the jar and calls this.

Steps: fresh database -> schema (Flyway, by starting Stride A) -> seed (bench/seed.sql) -> one user
registered through the API, its password hash copied to every seeded user, everyone logged in ->
data files for wrk -> SQL-level statistics comparison -> configurations A, B, C, one JVM each, all
running side by side (own port, own Redis prefix) -> each scenario measured with wrk
(bench/scenario.lua) in rounds that alternate between the configurations, the median round kept ->
table on stdout and bench/results/latest.json. Stride and the Redis keys are cleaned up on every exit.
"""
import argparse
import datetime as dt
import http.client
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RESULTS = os.path.join(HERE, "results")
DATA = os.path.join(RESULTS, "data")
JAR = os.path.join(ROOT, "bootstrap", "target", "stride.jar")
LUA = os.path.join(HERE, "scenario.lua")

PG_HOST, PG_PORT, PG_USER, DB = "127.0.0.1", "5432", "postgres", "stride_bench"
REDIS_HOST, REDIS_PORT, PREFIX = "127.0.0.1", "6379", "stride-bench:"
HEAP = "512m"
# As the Dockerfile runs Stride: ZGC keeps pauses under a millisecond; G1's young pauses (5-20 ms on
# two busy cores) were what set the p99 of cached reads.
GC = "-XX:+UseZGC"
JWT_SECRET = "Xb4Nq8Tz1Kc7Pw3Lr9Vm2Hs6Yd0Jf5Ge"  # random-looking: Stride refuses passphrases
PASSWORD = "bench-password-1"
TEMPLATE_EMAIL = "template@bench.example.org"
GROWTH = [1000, 10000, 100000]
HOT_IDS_PER_USER = 50
LOGIN_BURST = 64  # clients logging in back to back, each as a user of its own (issue 14: 64 starved cached reads)

# name: (description, extra arguments, port); each runs under the Redis prefix stride-bench:<name>:
CONFIGS = {
    "A": ("cache on, limiter on", [], 18081),
    "B": ("cache off, limiter on", ["--stride.cache.enabled=false"], 18082),
    "C": ("cache on, limiter off", ["--stride.rate-limit.enabled=false"], 18083),
}
# name, method, path, data file, cache whose hit ratio is reported
SCENARIOS = [
    ("floor", "GET", "/api/v1/bench/floor", "tokens.txt", None),
    # a write's floor: charged in the general policy and in the route policy "writes" (two limits)
    ("floor-write", "POST", "/api/v1/bench/floor", "tokens.txt", None),
    ("get-by-id", "GET", "/api/v1/activities/{id}", "ids.txt", "activity"),
    ("list", "GET", "/api/v1/activities?page=0&size=20", "tokens.txt", "activity-list"),
    ("stats-day", "GET", "/api/v1/stats?period=DAY", "tokens.txt", "stats"),
    ("stats-week", "GET", "/api/v1/stats?period=WEEK", "tokens.txt", "stats"),
    ("stats-month", "GET", "/api/v1/stats?period=MONTH", "tokens.txt", "stats"),
    ("create", "POST", "/api/v1/activities", "tokens.txt", None),  # last: it retires the users' caches
]
SCENARIO_BY_NAME = {scenario[0]: scenario for scenario in SCENARIOS}


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --- PostgreSQL, Redis, HTTP ------------------------------------------------------------------

def psql(sql, db=DB):
    out = subprocess.run(["psql", "-h", PG_HOST, "-p", PG_PORT, "-U", PG_USER, "-d", db, "-X", "-q", "-A", "-t",
                          "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", sql], capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"psql failed: {out.stderr.strip()}\n{sql[:300]}")
    return out.stdout


def psql_file(path, db=DB):
    subprocess.run(["psql", "-h", PG_HOST, "-p", PG_PORT, "-U", PG_USER, "-d", db, "-X", "-q",
                    "-v", "ON_ERROR_STOP=1", "-o", "/dev/null", "-f", path], check=True)


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


def metrics(base):
    """Prometheus text -> {(name, frozenset(labels)): value}."""
    with urllib.request.urlopen(base + "/actuator/prometheus", timeout=10) as r:
        text = r.read().decode()
    out = {}
    for line in text.splitlines():
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


# --- Stride --------------------------------------------------------------------------------------

class Stride:
    """One Stride JVM of a configuration, on its own port and Redis key prefix."""

    def __init__(self, name, config=None):
        self.name = name
        self.description, self.extra, self.port = config or CONFIGS[name]
        self.base = f"http://127.0.0.1:{self.port}"
        self.prefix = f"{PREFIX}{name.lower()}:"
        self.proc = None
        self.rss_max_kb = 0
        self._sampling = False

    def start(self):
        java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
        cmd = [java, f"-Xmx{HEAP}", GC, "-jar", JAR, "--spring.profiles.active=bench",
               f"--spring.datasource.url=jdbc:postgresql://{PG_HOST}:{PG_PORT}/{DB}",
               f"--spring.datasource.username={PG_USER}",
               f"--spring.data.redis.host={REDIS_HOST}", f"--spring.data.redis.port={REDIS_PORT}",
               "--stride.embedded.enabled=false", f"--stride.redis.key-prefix={self.prefix}",
               f"--server.port={self.port}",
               f"--stride.security.jwt-secret={JWT_SECRET}", "--stride.security.access-token-ttl=2h",
               # the limiter stays on (and does its Redis work) but never rejects
               "--stride.rate-limit.policies.authenticated.limit=1000000000",
               "--stride.rate-limit.policies.auth.limit=1000000",
               "--stride.rate-limit.policies.anonymous.limit=1000000",
               # writes are charged in a second policy of two limits, as a deployer would configure it
               "--stride.rate-limit.policies.writes.limits[0].limit=1000000000",
               "--stride.rate-limit.policies.writes.limits[0].period=1m",
               "--stride.rate-limit.policies.writes.limits[1].limit=1000000000",
               "--stride.rate-limit.policies.writes.limits[1].period=1d",
               "--stride.rate-limit.routes[0].pattern=POST|PUT|PATCH|DELETE /api/v1/activities/**",
               "--stride.rate-limit.routes[0].policy=writes",
               "--stride.rate-limit.routes[1].pattern=POST /api/v1/bench/floor",
               "--stride.rate-limit.routes[1].policy=writes",
               # keeps the retention purge (a few queries, cache retirements) out of the measurements
               "--stride.retention.purge-initial-delay=6h"] + self.extra
        self.log_path = os.path.join(RESULTS, f"stride-{self.name}.log")
        self.proc = subprocess.Popen(cmd, stdout=open(self.log_path, "w"), stderr=subprocess.STDOUT,
                                     start_new_session=True)
        deadline = time.time() + 180
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"Stride exited ({self.proc.returncode}), see {self.log_path}")
            try:
                with urllib.request.urlopen(self.base + "/actuator/health/readiness", timeout=2) as r:
                    if r.status == 200:
                        log(f"Stride {self.name} ({self.description}) ready on :{self.port} (pid {self.proc.pid})")
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.5)
        raise RuntimeError(f"Stride not ready after 180 s, see {self.log_path}")

    def stop(self):
        self.stop_sampling()
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def start_sampling(self):
        """Samples the JVM's resident set size (ps -o rss=) every second; keeps the maximum."""
        self._sampling, self.rss_max_kb = True, 0

        def loop():
            while self._sampling and self.proc and self.proc.poll() is None:
                out = subprocess.run(["ps", "-o", "rss=", "-p", str(self.proc.pid)], capture_output=True, text=True)
                if out.stdout.strip():
                    self.rss_max_kb = max(self.rss_max_kb, int(out.stdout.strip()))
                time.sleep(1)

        threading.Thread(target=loop, daemon=True).start()

    def stop_sampling(self):
        self._sampling = False


# --- load --------------------------------------------------------------------------------------

def prewarm(stride, path, datafile, workers=8):
    """Requests every id of the hot set once (keep-alive connections, `workers` in parallel), so a
    cached run starts with the whole hot set in the cache. Returns the number of non-200 answers."""
    jobs = [(f[0], path.replace("{id}", i)) for f in (l.split() for l in open(os.path.join(DATA, datafile)))
            for i in f[1:]]

    def work(chunk):
        conn, bad = http.client.HTTPConnection("127.0.0.1", stride.port, timeout=30), 0
        for token, p in chunk:
            conn.request("GET", p, headers={"Authorization": "Bearer " + token})
            r = conn.getresponse()
            r.read()
            bad += r.status != 200
        conn.close()
        return bad

    with ThreadPoolExecutor(workers) as pool:
        return sum(pool.map(work, [jobs[i::workers] for i in range(workers)]))


def wrk(stride, method, path, datafile, threads, connections, seconds, delay_ms=None):
    env = dict(os.environ, BENCH_METHOD=method, BENCH_PATH=path, BENCH_DATA=os.path.join(DATA, datafile))
    if delay_ms is not None:
        env["BENCH_DELAY_MS"] = f"{delay_ms:.3f}"
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
                          "-s", LUA, stride.base], env=env, capture_output=True, text=True)
    line = next((l for l in out.stdout.splitlines() if l.startswith("BENCH_RESULT ")), None)
    if out.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({out.returncode}): {out.stdout[-500:]} {out.stderr[-500:]}")
    r = json.loads(line[len("BENCH_RESULT "):])
    r["rps"] = r["requests"] / (r["duration_us"] / 1e6)
    r["p50_ms"], r["p99_ms"] = r["p50_us"] / 1000, r["p99_us"] / 1000
    r["wrk_errors"] = sum(r[k] for k in ("errors_status", "errors_connect", "errors_read", "errors_write",
                                         "errors_timeout"))
    return r


def measure(stride, method, path, datafile, cache, threads, connections, seconds, warmup, delay_ms=None):
    """Warm-up (not measured), then a measured run with the metric deltas around it."""
    if warmup > 0:
        w = wrk(stride, method, path, datafile, threads, connections, warmup, delay_ms)
        if delay_ms is not None and w["rps"] > 0:
            # pacing: a connection's cycle is delay + latency; take the latency the warm-up saw off
            target = connections / delay_ms * 1000
            delay_ms = max(0.0, delay_ms - (connections / w["rps"] - connections / target) * 1000)
        time.sleep(0.3)
    before = metrics(stride.base)
    r = wrk(stride, method, path, datafile, threads, connections, seconds, delay_ms)
    time.sleep(0.3)
    after = metrics(stride.base)
    d = lambda name, **kw: msum(after, name, **kw) - msum(before, name, **kw)
    r["db_queries_per_request"] = d("db_queries_total") / max(r["requests"], 1)
    r["non_2xx"] = int(non_2xx(after) - non_2xx(before))
    if delay_ms is not None:
        r["delay_ms"] = delay_ms
    if cache:
        hits, misses = d("cache_gets_total", cache=cache, result="hit"), d("cache_gets_total", cache=cache,
                                                                          result="miss")
        r["cache"] = cache
        r["cache_hit_ratio"] = hits / (hits + misses) if hits + misses else None
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()}


def exit_on_signals():
    """Ctrl-C, SIGTERM and SIGHUP exit through the finally blocks that stop Stride and clean up."""
    def on_signal(signum, _):
        raise SystemExit(128 + signum)

    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(sig, on_signal)


def alternating_rounds(strides, configs, scenario, load, rounds):
    """The scenario measured in rounds that alternate between the configurations; the median round of each."""
    name, method, path, datafile, cache = scenario
    runs = {cfg: [] for cfg in configs}
    for round_ in range(rounds):
        for cfg in configs:
            r = measure(strides[cfg], method, path, datafile, cache, *load)
            runs[cfg].append(r)
            log(f"  {name} {cfg} round {round_ + 1}: {r['rps']:.0f} req/s p99 {r['p99_ms']:.2f} ms, "
                f"{r['db_queries_per_request']} q/req, hit {r.get('cache_hit_ratio')}, non-2xx {r['non_2xx']}")
    return {cfg: median_round(r) for cfg, r in runs.items()}


def median_round(runs):
    """The run with the median throughput (its latencies with it), and every round's req/s."""
    kept = sorted(runs, key=lambda r: r["rps"])[len(runs) // 2]
    return dict(kept, rounds_rps=[r["rps"] for r in runs])


def login_burst(stride, seconds, threads, connections, burst=LOGIN_BURST):
    """Cached get-by-id measured alone, then while `burst` clients log in back to back, each as a user of
    its own (a new login as soon as the last one is answered; after a 503 the client waits its
    Retry-After, as the per-IP auth limit, lifted here, would slow an attacker down anyway): the reads'
    p50/p99, and how the logins were answered (200, or 503 when the bounded password hashing refuses them)."""
    emails = psql(f"SELECT email FROM users WHERE email LIKE 'bench-u%' ORDER BY email LIMIT {burst}").split()
    path = "/api/v1/activities/{id}"
    wrk(stride, "GET", path, "ids.txt", threads, connections, seconds)  # warm-up, not measured
    alone = wrk(stride, "GET", path, "ids.txt", threads, connections, seconds)
    stop, answers, lock = threading.Event(), {}, threading.Lock()

    def log_in_again_and_again(email):
        body = json.dumps({"email": email, "password": PASSWORD})
        conn = http.client.HTTPConnection("127.0.0.1", stride.port, timeout=30)
        while not stop.is_set():
            try:
                conn.request("POST", "/api/v1/auth/login", body=body, headers={"Content-Type": "application/json"})
                r = conn.getresponse()
                r.read()
                status, retry_after = r.status, r.getheader("Retry-After")
            except (OSError, http.client.HTTPException):
                conn.close()
                conn, status, retry_after = http.client.HTTPConnection("127.0.0.1", stride.port, timeout=30), "error", None
            with lock:
                answers[status] = answers.get(status, 0) + 1
            if status == 503 and retry_after:
                stop.wait(int(retry_after))
        conn.close()

    with ThreadPoolExecutor(len(emails)) as pool:
        for email in emails:
            pool.submit(log_in_again_and_again, email)
        time.sleep(1)  # the burst is under way before the reads are measured
        try:
            during = wrk(stride, "GET", path, "ids.txt", threads, connections, seconds)
        finally:
            stop.set()
    keep = ("rps", "p50_ms", "p99_ms", "wrk_errors")
    return {"burst": len(emails), "connections": connections, "logins": {str(k): v for k, v in answers.items()},
            "alone": {k: round(alone[k], 3) for k in keep}, "during": {k: round(during[k], 3) for k in keep}}


# --- preparation -------------------------------------------------------------------------------

def prepare(stride):
    log(f"creating database {DB}")
    psql(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)", db="postgres")
    psql(f"CREATE DATABASE {DB}", db="postgres")
    stride.start()  # Flyway creates the schema
    t = time.time()
    psql_file(os.path.join(HERE, "seed.sql"))
    log(f"seeded in {time.time() - t:.1f} s")
    status, body = api(stride.base, "POST", "/api/v1/auth/register",
                        {"email": TEMPLATE_EMAIL, "password": PASSWORD, "displayName": "Bench template"})
    if status != 201:
        raise RuntimeError(f"register: {status} {body}")
    psql(f"UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE email = '{TEMPLATE_EMAIL}') "
         f"WHERE email LIKE 'bench-%@bench.example.org'")
    emails = psql("SELECT email FROM users WHERE email LIKE 'bench-%@bench.example.org' ORDER BY email").split()
    t = time.time()

    def login(email):
        status, body = api(stride.base, "POST", "/api/v1/auth/login", {"email": email, "password": PASSWORD})
        if status != 200:
            raise RuntimeError(f"login {email}: {status} {body}")
        return email, body["accessToken"]

    with ThreadPoolExecutor(4) as pool:
        tokens = dict(pool.map(login, emails))
    log(f"{len(tokens)} users logged in in {time.time() - t:.1f} s")
    t = time.time()
    psql("VACUUM ANALYZE")
    log(f"VACUUM ANALYZE in {time.time() - t:.1f} s")

    os.makedirs(DATA, exist_ok=True)
    users = sorted(e for e in tokens if e.startswith("bench-u"))
    with open(os.path.join(DATA, "tokens.txt"), "w") as f:
        f.writelines(tokens[e] + "\n" for e in users)
    hot = dict(line.split("\t") for line in psql(
        f"SELECT u.email, string_agg(a.id::text, ' ') FROM users u CROSS JOIN LATERAL "
        f"(SELECT id FROM activities WHERE user_id = u.id AND deleted_at IS NULL ORDER BY random() "
        f"LIMIT {HOT_IDS_PER_USER}) a WHERE u.email LIKE 'bench-u%' GROUP BY u.email").splitlines())
    with open(os.path.join(DATA, "ids.txt"), "w") as f:
        f.writelines(f"{tokens[e]} {hot[e]}\n" for e in users)
    for n in GROWTH:
        with open(os.path.join(DATA, f"growth-{n}.txt"), "w") as f:
            f.write(tokens[f"bench-growth-{n}@bench.example.org"] + "\n")
    return len(users)


# --- extra measurements ------------------------------------------------------------------------

def growth_runs(stride, seconds):
    today = dt.date.today()
    six_years = today.replace(year=today.year - 6)
    requests = [("stats MONTH all", f"/api/v1/stats?period=MONTH&from={six_years}&to={today}"),
                ("stats MONTH default", "/api/v1/stats?period=MONTH"),
                ("stats DAY default", "/api/v1/stats?period=DAY"),
                ("list first page", "/api/v1/activities?page=0&size=20")]
    out = {}
    for label, path in requests:
        for n in GROWTH:
            r = measure(stride, "GET", path, f"growth-{n}.txt", None, 1, 1, seconds, 1)
            out.setdefault(label, {})[str(n)] = {k: r[k] for k in ("p50_ms", "p99_ms", "rps", "non_2xx",
                                                                     "wrk_errors", "db_queries_per_request")}
            log(f"  growth {label} {n}: p50 {r['p50_ms']:.2f} ms p99 {r['p99_ms']:.2f} ms")
    return out


DEEP_PAGE, PAGE_SIZE = 500, 20


def deep_cursor(stride, token, page=DEEP_PAGE, size=PAGE_SIZE):
    """The cursor of page `page` (0-based) of the default order, by following nextCursor from the first page."""
    path = f"/api/v1/activities?size={size}"
    for _ in range(page):
        status, body = api(stride.base, "GET", path, token=token)
        if status != 200 or not body.get("nextCursor"):
            raise RuntimeError(f"walking to page {page}: {status} {str(body)[:200]}")
        path = f"/api/v1/activities?cursor={body['nextCursor']}&size={size}"
    return path


def deep_page_runs(stride, seconds, user=GROWTH[-1]):
    """The 100k user's first page against its 500th, by keyset cursor and (for comparison) by offset."""
    datafile = f"growth-{user}.txt"
    with open(os.path.join(DATA, datafile)) as f:
        token = f.read().split()[0]
    requests = [("first page", f"/api/v1/activities?page=0&size={PAGE_SIZE}"),
                (f"page {DEEP_PAGE} by cursor", deep_cursor(stride, token)),
                (f"page {DEEP_PAGE} by offset", f"/api/v1/activities?page={DEEP_PAGE}&size={PAGE_SIZE}")]
    out = {}
    for label, path in requests:
        r = measure(stride, "GET", path, datafile, None, 1, 1, seconds, 1)
        out[label] = {k: r[k] for k in ("p50_ms", "p99_ms", "rps", "non_2xx", "wrk_errors", "db_queries_per_request")}
        log(f"  deep pages {label}: p50 {r['p50_ms']:.2f} ms p99 {r['p99_ms']:.2f} ms, non-2xx {r['non_2xx']}")
    return out


def redis_activity_memory(stride, sample=200):
    keys = redis_keys(stride.prefix + "c:e:u:*:activity:a:*")
    if not keys:
        return {"keys": 0}
    picked = keys[:sample]
    usage = [int(x) for x in redis(*(f"MEMORY USAGE {k} SAMPLES 0" for k in picked))]
    lengths = [int(x) for x in redis(*(f"STRLEN {k}" for k in picked))]
    value = redis(f"GET {picked[0]}")[0]
    try:
        json.loads(value)
        serialization = "JSON"
    except ValueError:
        serialization = "not JSON"
    return {"keys": len(keys), "sampled": len(picked), "key_example": picked[0],
            "memory_usage_avg_bytes": round(statistics.mean(usage)), "strlen_avg_bytes": round(statistics.mean(lengths)),
            "key_length_avg": round(statistics.mean(len(k) for k in picked)), "serialization": serialization,
            "value_example": value}


def sql_comparison(runs=7):
    """EXPLAIN (ANALYZE, BUFFERS) execution times (median of `runs`, after one warm-up run) of the
    statistics computed from activities versus from the per-day rollup activity_day_totals."""
    exists = psql("SELECT to_regclass('activity_day_totals') IS NOT NULL").strip() == "t"
    source = "schema (maintained by Stride)"
    if not exists:
        source = "created by the harness for this comparison (not in the schema)"
        psql("CREATE TABLE activity_day_totals AS SELECT user_id, activity_date, activity_type, "
             "count(*)::int AS activity_count, sum(duration_minutes)::bigint AS duration_minutes, "
             "coalesce(sum(distance_km), 0)::numeric(12, 3) AS distance_km FROM activities "
             "WHERE deleted_at IS NULL GROUP BY 1, 2, 3")
        psql("ALTER TABLE activity_day_totals ADD PRIMARY KEY (user_id, activity_date, activity_type)")
        psql("VACUUM ANALYZE activity_day_totals")
    uid = psql("SELECT id FROM users WHERE email = 'bench-growth-100000@bench.example.org'").strip()
    today = dt.date.today()
    ranges = {"MONTH": (today.replace(year=today.year - 6), today), "DAY": (today - dt.timedelta(days=365), today)}

    def stats_sql(period, table):
        f, t = ranges[period]
        count = "count(*)" if table == "activities" else "sum(activity_count)"
        live = " and deleted_at is null" if table == "activities" else ""
        return (f"select date_trunc('{period.lower()}', activity_date::timestamp)::date, activity_type, {count}, "
                f"sum(duration_minutes), coalesce(sum(distance_km),0) from {table} where user_id={uid}{live} "
                f"and activity_date between '{f}' and '{t}' group by 1,2 order by 1,2")

    queries = {
        "stats MONTH ~6 years": (stats_sql("MONTH", "activities"), stats_sql("MONTH", "activity_day_totals")),
        "stats DAY 366 days": (stats_sql("DAY", "activities"), stats_sql("DAY", "activity_day_totals")),
        "list total (count)": (f"select count(*) from activities where user_id={uid} and deleted_at is null",
                               f"select sum(activity_count) from activity_day_totals where user_id={uid}"),
    }

    def timed(sql):
        times, buffers = [], ""
        for i in range(runs + 1):
            plan = psql("EXPLAIN (ANALYZE, BUFFERS) " + sql)
            if i:
                times.append(float(re.search(r"Execution Time: ([\d.]+) ms", plan).group(1)))
            buffers = (re.search(r"Buffers: ([^\n]+)", plan) or [None, ""])[1] if i == 1 else buffers
        return {"median_ms": round(statistics.median(times), 3), "runs": runs, "buffers_top_node": buffers}

    def normalized(sql):
        return sorted(tuple(f"{float(x):.3f}" if re.fullmatch(r"-?[\d.]+", x) else x for x in row.split("\t"))
                      for row in psql(sql).splitlines())

    out = {"rollup_table": source, "user_id": int(uid), "results": {}}
    for label, (direct, rollup) in queries.items():
        a, b = timed(direct), timed(rollup)
        out["results"][label] = {"activities": a, "activity_day_totals": b,
                                 "speedup": round(a["median_ms"] / b["median_ms"], 1) if b["median_ms"] else None,
                                 "same_result": normalized(direct) == normalized(rollup)}
        log(f"  SQL {label}: activities {a['median_ms']} ms, rollup {b['median_ms']} ms")
    return out


# --- report ------------------------------------------------------------------------------------

def report(res):
    L = []
    p = L.append
    s = res["settings"]
    p(f"Stride benchmark  {res['started']}  commit {res['commit']}  ({res['total_seconds'] / 60:.1f} min)")
    p(f"wrk -t{s['threads']} -c{s['connections']} -d{s['duration_s']}s after a {s['warmup_s']} s warm-up, "
      f"{s['rounds']} rounds alternating between configurations, median round shown; JVM warm-up "
      f"{s['jvm_warmup_s']} s per read scenario; -Xmx{HEAP} {GC}; {os.cpu_count()} CPUs; {s['users']} users x 2,000 activities")
    p("A = cache on + limiter on, B = cache off + limiter on, C = cache on + limiter off (limits never reached);")
    p("the three run side by side, each measured while the others idle. spread = (max - min) / median req/s of the rounds")
    p("")
    p(f"{'scenario':<12} {'cfg':<3} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'q/req':>7} {'hit %':>6} "
      f"{'non-2xx':>7} {'spread':>6} {'A/B req/s':>9}")
    for name, *_ in SCENARIOS:
        for cfg in "ABC":
            r = res["scenarios"].get(cfg, {}).get(name)
            if not r:
                continue
            hit = f"{100 * r['cache_hit_ratio']:.1f}" if r.get("cache_hit_ratio") is not None else "-"
            ratio = res["cache_on_vs_off"].get(name) if cfg == "A" else None
            p(f"{name:<12} {cfg:<3} {r['rps']:>9.0f} {r['p50_ms']:>8.2f} {r['p99_ms']:>8.2f} "
              f"{r['db_queries_per_request']:>7.2f} {hit:>6} {max(r['non_2xx'], r['errors_status']):>7} "
              f"{f'{spread(r):.0%}':>6} {(f'{ratio:.2f}x' if ratio else ''):>9}")
    p(f"get-by-id pre-warm (every hot id requested once per configuration): {res['prewarm_non_200']} non-200 answers")
    report_login_burst(res["login_burst"], p)
    h = res["half_peak"]
    p("")
    p(f"cached get-by-id at half peak: target {h['target_rps']:.0f} req/s, achieved {h['rps']:.0f} req/s, "
      f"p50 {h['p50_ms']:.2f} ms, p99 {h['p99_ms']:.2f} ms (delay {h['delay_ms']:.2f} ms per connection)")
    p("")
    p("cost growth, 1 connection, p50 / p99 ms      " + "".join(f"{f'{n:,} acts':>22}" for n in GROWTH))
    for cfg, label in (("A", "cached"), ("B", "uncached")):
        for what, per_user in res["growth"].get(cfg, {}).items():
            p(f"  {what + ' (' + label + ')':<43}" + "".join(
                f"{per_user[str(n)]['p50_ms']:>12.2f} / {per_user[str(n)]['p99_ms']:<7.2f}" for n in GROWTH))
    p("")
    p(f"deep pages of the {GROWTH[-1]:,}-activity user, 1 connection, p50 / p99 ms (A cached, B uncached)")
    for cfg, pages in res["deep_pages"].items():
        for label, v in pages.items():
            p(f"  {label + ' (' + cfg + ')':<43}{v['p50_ms']:>12.2f} / {v['p99_ms']:<7.2f}")
    m, r = res["memory"], res["redis_activity"]
    p("")
    p(f"Stride JVM A (-Xmx{HEAP}): max resident set over the whole run {m['rss_max_mb']:.0f} MB")
    if r.get("keys"):
        p(f"Redis per cached activity: {r['memory_usage_avg_bytes']} B (MEMORY USAGE, avg of {r['sampled']} of "
          f"{r['keys']} keys), value {r['strlen_avg_bytes']} B ({r['serialization']}), key ~{r['key_length_avg']} chars")
    q = res["sql"]
    p("")
    p(f"SQL, 100k-activity user, median EXPLAIN ANALYZE execution time (rollup: {q['rollup_table']})")
    for label, v in q["results"].items():
        p(f"  {label:<22} activities {v['activities']['median_ms']:>8.2f} ms   activity_day_totals "
          f"{v['activity_day_totals']['median_ms']:>7.2f} ms   {v['speedup']}x   same result: {v['same_result']}")
    p("")
    p(f"{'target':<58} {'value':>10} {'goal':>10}  result")
    for t in res["targets"]:
        p(f"{t['name']:<58} {t['value']:>10.3g} {t['goal']:>10}  {'PASS' if t['pass'] else 'FAIL'}")
    return "\n".join(L)


def report_login_burst(b, p):
    a, d = b["alone"], b["during"]
    p("")
    p(f"cached get-by-id ({b['connections']} connections) during a login burst of {b['burst']} clients: "
      f"p50 {d['p50_ms']:.2f} ms, p99 {d['p99_ms']:.2f} ms, {d['rps']:.0f} req/s "
      f"(alone: p50 {a['p50_ms']:.2f} ms, p99 {a['p99_ms']:.2f} ms, {a['rps']:.0f} req/s); "
      f"logins answered {', '.join(f'{k}: {v}' for k, v in sorted(b['logins'].items()))}")


def spread(r):
    return (max(r["rounds_rps"]) - min(r["rounds_rps"])) / r["rps"]


def targets(res):
    A, B, C = (res["scenarios"].get(c, {}) for c in "ABC")
    floor = A["floor"]["rps"]
    t = [("cached get-by-id / floor (req/s)", A["get-by-id"]["rps"] / floor, ">= 0.60", lambda v: v >= 0.6)]
    for name in ("list", "stats-day", "stats-week", "stats-month"):
        t.append((f"cached {name} / floor (req/s)", A[name]["rps"] / floor, ">= 0.50", lambda v: v >= 0.5))
    t.append(("write floor (two policies) limiter on / off (req/s, A / C)",
              A["floor-write"]["rps"] / C["floor-write"]["rps"], ">= 0.85", lambda v: v >= 0.85))
    t.append(("floor limiter on / limiter off (req/s, A / C)", floor / C["floor"]["rps"], ">= 0.85",
              lambda v: v >= 0.85))
    t.append(("p99 cached get-by-id at half peak (ms)", res["half_peak"]["p99_ms"], "< 10", lambda v: v < 10))
    g = res["growth"]["B"]
    t.append(("p99 stats MONTH all range, 100k user, uncached (ms)", g["stats MONTH all"]["100000"]["p99_ms"],
              "< 50", lambda v: v < 50))
    t.append(("p99 cached get-by-id during a login burst (ms)", res["login_burst"]["during"]["p99_ms"], "< 50",
              lambda v: v < 50))
    t.append(("  (info) p99 stats DAY default, 100k user, uncached (ms)",
              g["stats DAY default"]["100000"]["p99_ms"], "< 50", lambda v: v < 50))
    d = res["deep_pages"]["B"]
    t.append((f"p50 page {DEEP_PAGE} by cursor / first page, 100k user, uncached",
              d[f"page {DEEP_PAGE} by cursor"]["p50_ms"] / d["first page"]["p50_ms"], "<= 1.5", lambda v: v <= 1.5))
    return [{"name": n, "value": round(v, 3), "goal": goal, "pass": ok(v)} for n, v, goal, ok in t]


# --- main --------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--duration", type=int, default=8, help="seconds of each measured run [8]")
    ap.add_argument("--warmup", type=int, default=3, help="seconds of warm-up before each run [3]")
    ap.add_argument("--rounds", type=int, default=5,
                    help="measured runs per scenario and configuration, alternating between configurations; "
                         "the median is reported [5]")
    ap.add_argument("--threads", type=int, default=2, help="wrk threads [2]")
    ap.add_argument("--connections", type=int, default=32, help="wrk connections [32]")
    ap.add_argument("--jvm-warmup", type=int, default=20,
                    help="seconds of load per read scenario right after the JVMs start, not measured: on two "
                         "busy cores the JIT needs well over a minute of load to settle; with 10 s every "
                         "scenario still sped up from round to round [20]")
    ap.add_argument("--growth-duration", type=int, default=5, help="seconds of each 1-connection growth run [5]")
    ap.add_argument("--login-burst-duration", type=int, default=8,
                    help=f"seconds of cached reads measured alone and during a burst of {LOGIN_BURST} logins [8]")
    ap.add_argument("--login-burst-only", action="store_true",
                    help="prepare, then measure only the login burst on configuration A (a quick check)")
    ap.add_argument("--drop", action="store_true", help=f"drop the database {DB} at the end")
    ap.add_argument("--redis", choices=["single", "cluster"], default="single",
                    help="cluster: only the floor and cached get-by-id, on the single Redis and on a local "
                         "3-master Redis Cluster, side by side; reports cluster / single [single]")
    args = ap.parse_args()
    if args.redis == "cluster":
        return cluster_main(args)

    os.makedirs(RESULTS, exist_ok=True)
    started = time.time()
    strides = {name: Stride(name) for name in CONFIGS}

    exit_on_signals()
    try:
        flush_prefix()
        users = prepare(strides["A"])
        if args.login_burst_only:
            log("login burst only")
            lines = []
            report_login_burst(login_burst(strides["A"], args.login_burst_duration, args.threads, 4), lines.append)
            print("\n".join(lines))
            return
        log("SQL comparison")
        commit = subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"], capture_output=True,
                                text=True).stdout.strip()
        res = {"started": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), "commit": commit,
               "settings": {"threads": args.threads, "connections": args.connections, "duration_s": args.duration,
                            "warmup_s": args.warmup, "rounds": args.rounds, "jvm_warmup_s": args.jvm_warmup, "growth_duration_s": args.growth_duration, "heap": f"-Xmx{HEAP}",
                            "cpus": os.cpu_count(), "users": users, "hot_ids_per_user": HOT_IDS_PER_USER},
               "configs": {c: d for c, (d, _, _) in CONFIGS.items()}, "sql": sql_comparison(),
               "scenarios": {}, "growth": {}, "deep_pages": {}}
        load = (args.threads, args.connections, args.duration, args.warmup)
        for name in "BC":
            strides[name].start()
        for stride in strides.values():
            # the JIT compiles the whole request path before anything is measured (the same in A, B, C)
            for name, method, path, datafile, _ in SCENARIOS:
                if method == "GET" and args.jvm_warmup > 0:
                    wrk(stride, method, path, datafile, args.threads, args.connections, args.jvm_warmup)
        a = strides["A"]
        a.start_sampling()
        for name, method, path, datafile, cache in SCENARIOS:
            if name == "create":  # it retires the users' caches: everything cached is measured first
                for cfg in "AB":
                    res["growth"][cfg] = growth_runs(strides[cfg], args.growth_duration)
                    res["deep_pages"][cfg] = deep_page_runs(strides[cfg], args.growth_duration)
            configs = "ABC" if name.startswith("floor") else "AB"
            if "{id}" in path:  # each hot id once, so that the cached runs start warm; any 404 shows here
                for cfg in configs:  # entries the JVM warm-up stored would expire (TTL 5 min) during the rounds
                    delete_keys(strides[cfg].prefix + "c:*")
                res["prewarm_non_200"] = sum(prewarm(strides[cfg], path, datafile) for cfg in configs)
            for cfg, median in alternating_rounds(strides, configs, SCENARIO_BY_NAME[name], load, args.rounds).items():
                res["scenarios"].setdefault(cfg, {})[name] = median
            if name == "get-by-id":
                res["redis_activity"] = redis_activity_memory(a)
                target = res["scenarios"]["A"][name]["rps"] / 2
                h = measure(a, method, path, datafile, cache, *load, delay_ms=args.connections / target * 1000)
                res["half_peak"] = dict(h, target_rps=round(target, 1))
                log(f"  A get-by-id at half peak: {h['rps']:.0f} req/s p99 {h['p99_ms']:.2f} ms")
                res["login_burst"] = login_burst(a, args.login_burst_duration, args.threads, 4)
                log(f"  A get-by-id during a login burst: p99 {res['login_burst']['during']['p99_ms']:.2f} ms, "
                    f"logins {res['login_burst']['logins']}")
        a.stop_sampling()
        res["memory"] = {"heap": f"-Xmx{HEAP}", "rss_max_mb": round(a.rss_max_kb / 1024, 1)}
        res["cache_on_vs_off"] = {n: round(res["scenarios"]["A"][n]["rps"] / res["scenarios"]["B"][n]["rps"], 2)
                                  for n, *_ in SCENARIOS}
        res["targets"] = targets(res)
        res["total_seconds"] = round(time.time() - started)
        text = report(res)
        res["table"] = text
        with open(os.path.join(RESULTS, "latest.json"), "w") as f:
            json.dump(res, f, indent=2)
        print(text)
        log(f"wrote {os.path.join(RESULTS, 'latest.json')}")
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        for stride in strides.values():
            stride.stop()
        log(f"cleanup: deleted {flush_prefix()} Redis keys under {PREFIX}")
        if args.drop:
            psql(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)", db="postgres")
            log(f"dropped database {DB}")


# --- --redis cluster ----------------------------------------------------------------------------

CLUSTER_MASTERS = 3
CLUSTER_SCENARIOS = [sc for sc in SCENARIOS if sc[0] in ("floor", "get-by-id")]


def free_port():
    """A free port whose cluster-bus port (+10000) is free too."""
    import socket
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port + 10000 > 65535:
            continue
        with socket.socket() as bus:
            try:
                bus.bind(("127.0.0.1", port + 10000))
                return port
            except OSError:
                continue


class LocalCluster:
    """3 redis-server masters with --cluster-enabled yes (no replicas), joined by redis-cli --cluster create."""

    def __init__(self):
        import tempfile
        self.dir = tempfile.mkdtemp(prefix="stride-bench-cluster-")
        self.ports, self.procs = [], []

    def start(self):
        for _ in range(CLUSTER_MASTERS):
            port = free_port()
            node_dir = os.path.join(self.dir, str(port))
            os.makedirs(node_dir)
            self.procs.append(subprocess.Popen(
                ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                 "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--dir", node_dir],
                stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True))
            self.ports.append(port)
        for port in self.ports:
            for _ in range(100):
                if subprocess.run(["redis-cli", "-p", str(port), "ping"], capture_output=True, text=True).stdout.strip() == "PONG":
                    break
                time.sleep(0.1)
        subprocess.run(["redis-cli", "--cluster", "create", *self.nodes(), "--cluster-replicas", "0", "--cluster-yes"],
                       check=True, capture_output=True)
        for _ in range(100):
            if all("cluster_state:ok" in subprocess.run(["redis-cli", "-p", str(p), "cluster", "info"], capture_output=True,
                                                        text=True).stdout for p in self.ports):
                log(f"local Redis Cluster ready on {','.join(self.nodes())}")
                return
            time.sleep(0.2)
        raise RuntimeError("the local Redis Cluster did not become ok")

    def nodes(self):
        return [f"127.0.0.1:{p}" for p in self.ports]

    def stop(self):
        import shutil
        for proc in self.procs:
            proc.kill()
            proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def cluster_main(args):
    """Cached get-by-id and the floor on one Redis server (S), on one server without client-side tracking (U: the
    read path a cluster falls back to, a script per cached read) and on a 3-master cluster (K), same JVM settings."""
    os.makedirs(RESULTS, exist_ok=True)
    started = time.time()
    cluster = LocalCluster()
    strides = {}

    exit_on_signals()
    try:
        flush_prefix()
        cluster.start()
        strides["S"] = Stride("S", ("cache on, limiter on, one Redis server", [], 18084))
        strides["U"] = Stride("U", ("cache on, limiter on, one Redis server, client-side tracking off",
                                    ["--stride.cache.redis.tracking.enabled=false"], 18086))
        strides["K"] = Stride("K", ("cache on, limiter on, Redis Cluster of 3 masters",
                                    [f"--spring.data.redis.cluster.nodes={','.join(cluster.nodes())}"], 18085))
        users = prepare(strides["S"])
        strides["U"].start()
        strides["K"].start()
        load = (args.threads, args.connections, args.duration, args.warmup)
        for stride in strides.values():
            for name, method, path, datafile, _ in CLUSTER_SCENARIOS:
                if args.jvm_warmup > 0:
                    wrk(stride, method, path, datafile, args.threads, args.connections, args.jvm_warmup)
        res = {"started": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
               "commit": subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"], capture_output=True,
                                        text=True).stdout.strip(),
               "settings": {"threads": args.threads, "connections": args.connections, "duration_s": args.duration,
                            "warmup_s": args.warmup, "rounds": args.rounds, "users": users},
               "configs": {c: st.description for c, st in strides.items()}, "scenarios": {}}
        for name, method, path, datafile, cache in CLUSTER_SCENARIOS:
            if "{id}" in path:
                res["prewarm_non_200"] = sum(prewarm(strides[cfg], path, datafile) for cfg in strides)
            for cfg, median in alternating_rounds(strides, list(strides), SCENARIO_BY_NAME[name], load, args.rounds).items():
                res["scenarios"].setdefault(cfg, {})[name] = median
        S, U, K = (res["scenarios"][cfg] for cfg in ("S", "U", "K"))
        res["cluster_vs_single"] = {n: round(K[n]["rps"] / S[n]["rps"], 3) for n, *_ in CLUSTER_SCENARIOS}
        res["untracked_vs_single"] = {n: round(U[n]["rps"] / S[n]["rps"], 3) for n, *_ in CLUSTER_SCENARIOS}
        res["total_seconds"] = round(time.time() - started)
        lines = [f"Stride on a Redis Cluster  {res['started']}  commit {res['commit']}  ({res['total_seconds'] / 60:.1f} min)",
                 "S = one Redis server, U = one Redis server with client-side tracking off (the cluster's fallback read path),",
                 "K = local Redis Cluster of 3 masters (cache and limiter on in all three)",
                 f"{'scenario':<12} {'cfg':<3} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'hit %':>6} {'non-2xx':>7}"]
        for name, *_ in CLUSTER_SCENARIOS:
            for cfg in strides:
                r = res["scenarios"][cfg][name]
                hit = f"{100 * r['cache_hit_ratio']:.1f}" if r.get("cache_hit_ratio") is not None else "-"
                lines.append(f"{name:<12} {cfg:<3} {r['rps']:>9.0f} {r['p50_ms']:>8.2f} {r['p99_ms']:>8.2f} {hit:>6} "
                             f"{max(r['non_2xx'], r['errors_status']):>7}")
        ratio = res["cluster_vs_single"]
        lines.append(f"cluster / single req/s: floor {ratio['floor']:.2f}, cached get-by-id {ratio['get-by-id']:.2f} "
                     f"(goal >= 0.80: {'PASS' if ratio['get-by-id'] >= 0.8 else 'FAIL'})")
        untracked = res["untracked_vs_single"]
        lines.append(f"cost of the fallback (no tracking) on one server, untracked / tracked req/s: floor {untracked['floor']:.2f}, "
                     f"cached get-by-id {untracked['get-by-id']:.2f}")
        res["table"] = "\n".join(lines)
        with open(os.path.join(RESULTS, "cluster.json"), "w") as f:
            json.dump(res, f, indent=2)
        print(res["table"])
        log(f"wrote {os.path.join(RESULTS, 'cluster.json')}")
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        for stride in strides.values():
            stride.stop()
        cluster.stop()
        log(f"cleanup: deleted {flush_prefix()} Redis keys under {PREFIX}; stopped the local cluster")
        if args.drop:
            psql(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)", db="postgres")


if __name__ == "__main__":
    main()
