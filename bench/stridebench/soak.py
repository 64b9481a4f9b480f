"""--soak: mixed load at half its peak on one instance for minutes on end; memory and latency per minute."""
import dataclasses
import time

from .common import flush_prefix, log, metrics, msum, non_2xx, commit, utc_now, write_results
from .load import measure, paced_delay, wrk
from .prepare import prepare
from .scenarios import CREATE, GET_BY_ID, LIST, STATS, UPDATE
from .stride import Stride

# 90 % reads, 10 % writes; every write retires its user's cached data, so list and statistics miss now and then
MIX = [dataclasses.replace(GET_BY_ID, weight=50), dataclasses.replace(LIST, weight=16),
       *(dataclasses.replace(s, weight=8) for s in STATS),
       dataclasses.replace(CREATE, weight=5), dataclasses.replace(UPDATE, weight=5)]
MINUTE = 60


def soak(args):
    """Prepares the data, finds the mix's peak, then runs it paced to half of that for args.soak_minutes
    minutes, one wrk run per minute; returns the results (also in bench/results/soak.json)."""
    started, started_at = time.time(), utc_now()
    a = Stride("A")
    try:
        flush_prefix()
        users = prepare(a)
        threads, connections = args.threads, args.connections
        log(f"soak: JIT warm-up, the mix for {3 * args.jvm_warmup} s")
        wrk(a, MIX, threads, connections, 3 * args.jvm_warmup)
        peak = measure(a, MIX, threads, connections, args.duration, args.warmup)
        target = peak["rps"] / 2
        delay = paced_delay(connections, target)
        warm = wrk(a, MIX, threads, connections, 10, delay)
        delay = paced_delay(connections, target, warm, delay)
        log(f"soak: peak {peak['rps']:.0f} req/s, pacing to {target:.0f} req/s ({delay:.2f} ms per connection) "
            f"for {args.soak_minutes} min")
        minutes = []
        for m in range(1, args.soak_minutes + 1):
            before = metrics(a.base)
            r = wrk(a, MIX, threads, connections, MINUTE, delay)
            after = metrics(a.base)
            minutes.append({"minute": m, "rps": round(r["rps"], 1), "p50_ms": r["p50_ms"], "p99_ms": r["p99_ms"],
                            "max_ms": r["max_us"] / 1000, "wrk_errors": r["wrk_errors"],
                            "non_2xx": int(non_2xx(after) - non_2xx(before)),
                            "rss_mb": round(a.rss_kb() / 1024, 1),
                            "heap_used_mb": round(msum(after, "jvm_memory_used_bytes", area="heap") / 2 ** 20, 1)})
            x = minutes[-1]
            log(f"  soak minute {m}: {x['rps']:.0f} req/s p99 {x['p99_ms']:.2f} ms, errors {x['wrk_errors']}/"
                f"{x['non_2xx']}, RSS {x['rss_mb']:.0f} MB")
        res = {"started": started_at, "commit": commit(), "users": users, "mix": {s.name: s.weight for s in MIX},
               "threads": threads, "connections": connections, "peak_rps": round(peak["rps"], 1),
               "peak_non_2xx": peak["non_2xx"], "target_rps": round(target, 1), "delay_ms": round(delay, 3),
               "minutes": minutes}
        res["targets"] = soak_targets(minutes)
        res["total_seconds"] = round(time.time() - started)
        res["table"] = soak_report(res)
        write_results("soak.json", res)
        print(res["table"])
        return res
    finally:
        a.stop()


def soak_targets(minutes):
    first, second, last = minutes[0], minutes[1], minutes[-1]
    errors = sum(max(x["wrk_errors"], x["non_2xx"]) for x in minutes)
    return [{"name": "resident set, end / after the first minute", "value": round(last["rss_mb"] / first["rss_mb"], 3),
             "goal": "<= 1.05", "pass": last["rss_mb"] <= 1.05 * first["rss_mb"]},
            {"name": "p99, last minute / second minute", "value": round(last["p99_ms"] / second["p99_ms"], 3),
             "goal": "<= 1.5", "pass": last["p99_ms"] <= 1.5 * second["p99_ms"]},
            {"name": "errors (non-2xx, socket errors, timeouts)", "value": errors, "goal": "0", "pass": errors == 0}]


def soak_report(res):
    lines = [f"Stride soak  {res['started']}  commit {res['commit']}  ({res['total_seconds'] / 60:.1f} min)",
             f"one instance (A: cache and limiter on); mix {', '.join(f'{k} {v} %' for k, v in res['mix'].items())}; "
             f"wrk -t{res['threads']} -c{res['connections']}, one 60 s run per minute",
             f"peak of the mix {res['peak_rps']:.0f} req/s (non-2xx {res['peak_non_2xx']}); paced to half: "
             f"{res['target_rps']:.0f} req/s ({res['delay_ms']:.2f} ms pause per connection after each answer)",
             "",
             f"{'minute':>6} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'errors':>7} {'RSS MB':>7} {'heap MB':>8}"]
    for x in res["minutes"]:
        lines.append(f"{x['minute']:>6} {x['rps']:>8.0f} {x['p50_ms']:>8.2f} {x['p99_ms']:>8.2f} {x['max_ms']:>8.1f} "
                     f"{max(x['wrk_errors'], x['non_2xx']):>7} {x['rss_mb']:>7.0f} {x['heap_used_mb']:>8.0f}")
    lines.append("")
    lines.append(f"{'target':<58} {'value':>10} {'goal':>10}  result")
    for t in res["targets"]:
        lines.append(f"{t['name']:<58} {t['value']:>10.3g} {t['goal']:>10}  {'PASS' if t['pass'] else 'FAIL'}")
    return "\n".join(lines)
