"""Scenarios and how they are driven: wrk runs (bench/scenario.lua), metric deltas, alternating rounds."""
import http.client
import json
import os
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from .common import DATA, LUA, log, metrics, msum, non_2xx

STEADY = 1.03  # a round more than 3 % above the best before it: still rising


@dataclass(frozen=True)
class Scenario:
    """A request source for scenario.lua. `data` may name the configuration ("update-{cfg}.txt")."""
    name: str
    method: str
    path: str
    data: str
    cache: str = None  # the cache whose hit ratio is reported
    body: str = "-"  # "-", "activity" or "patch" (see scenario.lua)
    order: str = "random"  # or "walk": every id once in turn, never two requests for one id at a time
    weight: int = 1  # in a mix

    def spec(self, cfg=None):
        data = os.path.join(DATA, self.data.replace("{cfg}", cfg or ""))
        return f"{self.weight}|{self.method}|{self.path}|{data}|{self.body}|{self.order}"


def wrk(stride, scenarios, threads, connections, seconds, delay_ms=None):
    """One wrk run of a scenario (or a weighted mix of them) against a Stride; wrk's own figures."""
    scenarios = scenarios if isinstance(scenarios, (list, tuple)) else [scenarios]
    env = dict(os.environ, BENCH_SPEC="\n".join(s.spec(stride.name) for s in scenarios), BENCH_THREADS=str(threads))
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


def paced_delay(connections, target_rps, warmup=None, delay_ms=None):
    """The pause per connection for a target rate. wrk has no rate option: a connection's cycle is its
    delay plus the latency, so the latency a paced warm-up saw is taken off the delay once."""
    if warmup is None:
        return connections / target_rps * 1000
    return max(0.0, delay_ms - (connections / warmup["rps"] - connections / target_rps) * 1000)


def measure(stride, scenarios, threads, connections, seconds, warmup, delay_ms=None, before_each_run=None):
    """Warm-up (not measured), then a measured run with Stride's metric deltas around it. `before_each_run`
    (writing a data file afresh, say) is called before the warm-up and again before the measured run."""
    cache = (scenarios if isinstance(scenarios, Scenario) else scenarios[0]).cache
    before_each_run = before_each_run or (lambda: None)
    warm = None
    if warmup > 0:
        before_each_run()
        warm = wrk(stride, scenarios, threads, connections, warmup, delay_ms)
        if delay_ms is not None and warm["rps"] > 0:
            delay_ms = paced_delay(connections, connections / delay_ms * 1000, warm, delay_ms)
        time.sleep(0.3)
    before_each_run()
    before = metrics(stride.base)
    r = wrk(stride, scenarios, threads, connections, seconds, delay_ms)
    time.sleep(0.3)
    after = metrics(stride.base)
    d = lambda name, **kw: msum(after, name, **kw) - msum(before, name, **kw)
    r["db_queries_per_request"] = d("db_queries_total") / max(r["requests"], 1)
    r["non_2xx"] = int(non_2xx(after) - non_2xx(before))
    r["warmup_requests"] = warm["requests"] if warm else 0
    if delay_ms is not None:
        r["delay_ms"] = delay_ms
    if cache:
        hits, misses = d("cache_gets_total", cache=cache, result="hit"), d("cache_gets_total", cache=cache,
                                                                          result="miss")
        r["cache"] = cache
        r["cache_hit_ratio"] = hits / (hits + misses) if hits + misses else None
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()}


def alternating_rounds(strides, slots, load, rounds, settle=0):
    """Each (configuration, scenario) slot measured once per round, the slots in turn, so that any two
    of them are minutes apart at most; the median round of each slot, keyed (cfg, scenario name). Every
    other round takes the slots in reverse order: a drift during the rounds (the JIT, PostgreSQL's caches,
    a growing table) then favours no slot, where always measuring A first gave B the warmer end of every
    round. With `settle`, rounds are first run and discarded until they stop rising (rounds_until_steady)."""

    def one_round(round_, label):
        results = {}
        for cfg, sc in in_turn(slots, round_):
            results[(cfg, sc.name)] = r = measure(strides[cfg], sc, *load)
            log_run(f"{sc.name} {cfg} {label}", r)
        return results

    return rounds_until_steady(one_round, rounds, settle)


def rounds_until_steady(one_round, rounds, settle):
    """Calls one_round(index, label) -> {slot: run} for up to `settle` unmeasured rounds, then `rounds`
    measured ones; returns each slot's median measured round, with the unmeasured rounds' req/s. The
    unmeasured rounds stop once none of the latest round's runs is a new high, more than STEADY above the
    slot's best earlier round: writes on two busy cores kept speeding up for minutes after a fixed warm-up,
    and rounds taken while they still rose compared an earlier configuration with a later one."""
    settling, round_ = {}, 0
    while round_ < settle and not steady(settling):
        for slot, r in one_round(round_, f"settling {round_ + 1}").items():
            settling.setdefault(slot, []).append(r["rps"])
        round_ += 1
    runs = {}
    for measured in range(rounds):
        for slot, r in one_round(round_ + measured, f"round {measured + 1}").items():
            runs.setdefault(slot, []).append(r)
    return {slot: dict(median_round(r), settling_rps=settling.get(slot, [])) for slot, r in runs.items()}


def steady(settling):
    """At least two unmeasured rounds, and no slot's latest one above its best before by more than STEADY."""
    return bool(settling) and all(len(rps) >= 2 and rps[-1] <= STEADY * max(rps[:-1]) for rps in settling.values())


def in_turn(items, round_):
    """The order of a round: as given in even rounds, reversed in odd ones."""
    return items if round_ % 2 == 0 else items[::-1]


def log_run(label, r):
    log(f"  {label}: {r['rps']:.0f} req/s p99 {r['p99_ms']:.2f} ms, {r['db_queries_per_request']} q/req, "
        f"hit {r.get('cache_hit_ratio')}, non-2xx {r['non_2xx']}")


def median_round(runs):
    """The run with the median throughput (its latencies with it), and every round's req/s."""
    kept = sorted(runs, key=lambda r: r["rps"])[len(runs) // 2]
    return dict(kept, rounds_rps=[r["rps"] for r in runs])


def prewarm(stride, scenario, workers=8):
    """Requests every id of the hot set once (keep-alive connections, `workers` in parallel), so a
    cached run starts with the whole hot set in the cache. Returns the number of non-200 answers."""
    jobs = [(f[0], scenario.path.replace("{id}", i)) for f in (l.split() for l in open(os.path.join(DATA, scenario.data)))
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
