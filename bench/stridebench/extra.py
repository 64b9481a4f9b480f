"""Measurements beside the scenario table: a login burst, cost growth, deep pages, Redis memory, SQL."""
import datetime as dt
import http.client
import json
import os
import re
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from .common import DATA, GROWTH, PASSWORD, api, log, psql, redis, redis_keys, scrape
from .load import Scenario, measure, wrk
from .scenarios import GET_BY_ID

LOGIN_BURST = 64  # clients logging in back to back, each as a user of its own (issue 14: 64 starved cached reads)


def login_burst(stride, seconds, threads, connections, burst=LOGIN_BURST):
    """Cached get-by-id measured alone, then while `burst` clients log in back to back, each as a user of
    its own (a new login as soon as the last one is answered; after a 503 the client waits its
    Retry-After, as the per-IP auth limit, lifted here, would slow an attacker down anyway): the reads'
    p50/p99, and how the logins were answered (200, or 503 when the bounded password hashing refuses them)."""
    emails = psql(f"SELECT email FROM users WHERE email LIKE 'bench-u%' ORDER BY email LIMIT {burst}").split()
    wrk(stride, GET_BY_ID, threads, connections, seconds)  # warm-up, not measured
    alone = wrk(stride, GET_BY_ID, threads, connections, seconds)
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
            during = wrk(stride, GET_BY_ID, threads, connections, seconds)
        finally:
            stop.set()
    keep = ("rps", "p50_ms", "p99_ms", "wrk_errors")
    return {"burst": len(emails), "connections": connections, "logins": {str(k): v for k, v in answers.items()},
            "alone": {k: round(alone[k], 3) for k in keep}, "during": {k: round(during[k], 3) for k in keep}}



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
            r = measure(stride, Scenario(label, "GET", path, f"growth-{n}.txt"), 1, 1, seconds, 1)
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
        r = measure(stride, Scenario(label, "GET", path, datafile), 1, 1, seconds, 1)
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




def continues_trace(stride, token):
    """Whether the Stride continues a sampled W3C traceparent: its trace id then shows in the exemplars of the
    latency histogram. Tells that configuration D really runs without tracing, and A with it."""
    trace_id = os.urandom(16).hex()
    conn = http.client.HTTPConnection("127.0.0.1", stride.port, timeout=30)
    conn.request("GET", "/api/v1/bench/floor", headers={"Authorization": "Bearer " + token,
                                                        "traceparent": f"00-{trace_id}-{os.urandom(8).hex()}-01"})
    conn.getresponse().read()
    conn.close()
    return f'trace_id="{trace_id}"' in scrape(stride.base, openmetrics=True)
