#!/usr/bin/env python3
"""Stride benchmark driver (standard library only). bench/run builds the jar and calls this.

Steps: fresh database -> schema (Flyway, by starting Stride A) -> seed (bench/seed.sql) -> one user
registered through the API, its password hash copied to every seeded user, everyone logged in ->
data files for wrk -> SQL-level statistics comparison -> configurations A, B, C, D, one JVM each, all
running side by side (own port, own Redis prefix) -> each scenario measured with wrk
(bench/scenario.lua) in rounds that alternate between the configurations, the median round kept ->
table on stdout and bench/results/latest.json. Stride and the Redis keys are cleaned up on every exit.
--soak and --redis cluster are runs of their own (bench/README.md). The modules are in bench/stridebench/.
"""
import argparse
import os
import signal
import time

from stridebench.cluster import cluster
from stridebench.common import (DATA, DB, HEAP, PREFIX, RESULTS, commit, delete_keys, drop_database, exit_on_signals,
                                flush_prefix, log, utc_now, write_results)
from stridebench.extra import (LOGIN_BURST, continues_trace, deep_page_runs, growth_runs, login_burst,
                               redis_activity_memory, sql_comparison)
from stridebench.load import alternating_rounds, measure, paced_delay, prewarm, wrk
from stridebench.prepare import HOT_IDS_PER_USER, prepare
from stridebench.profile import profile_run
from stridebench.report import report, report_login_burst, targets
from stridebench.scenarios import CREATE, FLOOR, GET_BY_ID, READ_GROUPS, READS, WRITE_GROUPS
from stridebench.soak import soak
from stridebench.stride import CONFIGS, Stride
from stridebench.writes import delete_restore_rounds


def arguments():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--duration", type=int, default=8, help="seconds of each measured run [8]")
    ap.add_argument("--warmup", type=int, default=3, help="seconds of warm-up before each run [3]")
    ap.add_argument("--rounds", type=int, default=5,
                    help="measured runs per scenario and configuration, alternating between configurations; "
                         "the median is reported [5]")
    ap.add_argument("--threads", type=int, default=2, help="wrk threads [2]")
    ap.add_argument("--connections", type=int, default=32, help="wrk connections [32]")
    ap.add_argument("--jvm-warmup", type=int, default=20,
                    help="seconds of load per read scenario right after the JVMs start, and per create, "
                         "update and patch on A and B before the writes, not measured: on two busy cores the "
                         "JIT needs well over a minute of load to settle; with 10 s every scenario still sped "
                         "up from round to round [20]")
    ap.add_argument("--settle-rounds", type=int, default=6,
                    help="at most this many unmeasured rounds of each write scenario before its measured ones, "
                         "until no configuration's latest round is more than 3 %% above its best before: on two "
                         "busy cores the writes kept speeding up for minutes after the JVM warm-up [6]")
    ap.add_argument("--growth-duration", type=int, default=5, help="seconds of each 1-connection growth run [5]")
    ap.add_argument("--login-burst-duration", type=int, default=8,
                    help=f"seconds of cached reads measured alone and during a burst of {LOGIN_BURST} logins [8]")
    ap.add_argument("--login-burst-only", action="store_true",
                    help="prepare, warm get-by-id up and cache its hot set, then measure only the login burst on "
                         "configuration A (a quick check)")
    ap.add_argument("--profile", action="store_true",
                    help="after the floor's and get-by-id's rounds, one more run of each on A under a JFR "
                         "recording, and after create's, one on A and one on B "
                         "(bench/results/profile-<scenario>-<config>.jfr), summarised in the report")
    ap.add_argument("--soak", action="store_true",
                    help="instead of the scenarios: mixed load (90 %% reads, 10 %% writes) at half its peak on "
                         "configuration A for --soak-minutes; memory and p99 per minute (bench/results/soak.json)")
    ap.add_argument("--soak-minutes", type=int, default=10, help="minutes of the soak, at least 2 [10]")
    ap.add_argument("--drop", action="store_true", help=f"drop the database {DB} at the end")
    ap.add_argument("--redis", choices=["single", "cluster"], default="single",
                    help="cluster: only the floor and cached get-by-id, on the single Redis and on a local "
                         "3-master Redis Cluster, side by side; reports cluster / single [single]")
    args = ap.parse_args()
    if args.soak_minutes < 2:
        ap.error("--soak-minutes must be at least 2: the second minute is the reference")
    return args


def main():
    args = arguments()
    os.makedirs(RESULTS, exist_ok=True)
    exit_on_signals()
    try:
        if args.redis == "cluster":
            cluster(args)
        elif args.soak:
            soak(args)
        else:
            scenarios(args)
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        log(f"cleanup: deleted {flush_prefix()} Redis keys under {PREFIX}")
        if args.drop:
            drop_database()


def scenarios(args):
    """The default run: every scenario on A, B, C, D as bench/stridebench/scenarios.py lays out, then the report."""
    started = time.time()
    strides = {name: Stride(name) for name in CONFIGS}
    try:
        flush_prefix()
        users = prepare(strides["A"])
        if args.login_burst_only:
            log("login burst only")
            # as in the full run, where the burst follows get-by-id's rounds: the JIT warm and the hot set cached
            if args.jvm_warmup > 0:
                wrk(strides["A"], GET_BY_ID, args.threads, args.connections, args.jvm_warmup)
            fresh_hot_set(strides, "A", GET_BY_ID)
            lines = []
            report_login_burst(login_burst(strides["A"], args.login_burst_duration, args.threads, 4), lines.append)
            print("\n".join(lines))
            return
        log("SQL comparison")
        res = {"started": utc_now(), "commit": commit(),
               "settings": {"threads": args.threads, "connections": args.connections, "duration_s": args.duration,
                            "warmup_s": args.warmup, "rounds": args.rounds, "jvm_warmup_s": args.jvm_warmup,
                            "settle_rounds": args.settle_rounds,
                            "growth_duration_s": args.growth_duration, "heap": f"-Xmx{HEAP}",
                            "cpus": os.cpu_count(), "users": users, "hot_ids_per_user": HOT_IDS_PER_USER},
               "configs": {c: d for c, (d, _, _) in CONFIGS.items()}, "sql": sql_comparison(),
               "scenarios": {}, "growth": {}, "deep_pages": {}}
        load = (args.threads, args.connections, args.duration, args.warmup)
        for name in "BCD":
            strides[name].start()
        with open(os.path.join(DATA, "tokens.txt")) as f:
            token = f.readline().strip()
        res["tracing_check"] = {cfg: continues_trace(strides[cfg], token) for cfg in "AD"}
        for stride in strides.values():
            # the JIT compiles the whole request path before anything is measured (the same in A, B, C, D)
            for scenario in READS:
                if scenario.method == "GET" and args.jvm_warmup > 0:
                    wrk(stride, scenario, args.threads, args.connections, args.jvm_warmup)
        a = strides["A"]
        a.start_sampling()
        for group in READ_GROUPS:
            scenario, configs = group[0][1], sorted({cfg for cfg, _ in group})
            if "{id}" in scenario.path:  # entries the JVM warm-up stored would expire during the rounds
                res["prewarm_non_200"] = fresh_hot_set(strides, configs, scenario)
            keep(res, alternating_rounds(strides, group, load, args.rounds))
            if scenario is GET_BY_ID:  # and those stored before the rounds, during the profile and what follows
                res["prewarm_non_200"] += fresh_hot_set(strides, "A", scenario)
            if scenario in (FLOOR, GET_BY_ID) and args.profile:
                res.setdefault("profiles", []).append(profile_run(a, scenario, args.threads, args.connections))
            if scenario is GET_BY_ID:
                after_get_by_id(res, a, args)
        # everything cached is measured before the writes, which retire the users' caches
        for cfg in "AB":
            res["growth"][cfg] = growth_runs(strides[cfg], args.growth_duration)
            res["deep_pages"][cfg] = deep_page_runs(strides[cfg], args.growth_duration)
        if args.jvm_warmup > 0:  # the write paths' code (jOOQ's inserts and updates) is compiled before it is measured too
            for cfg in "AB":
                for group in WRITE_GROUPS:
                    wrk(strides[cfg], group[0][1], args.threads, args.connections, args.jvm_warmup)
        for group in WRITE_GROUPS:
            keep(res, alternating_rounds(strides, group, load, args.rounds, args.settle_rounds))
            if group[0][1] is CREATE and args.profile:  # what the cache adds to a write: cache on and off side by side
                res.setdefault("profiles", []).extend(profile_run(strides[cfg], CREATE, args.threads, args.connections)
                                                      for cfg in "AB")
        create_rps = {cfg: res["scenarios"][cfg]["create"]["rps"] for cfg in "AB"}
        keep(res, delete_restore_rounds(strides, "AB", load, args.rounds, create_rps, args.settle_rounds))
        a.stop_sampling()
        res["memory"] = {"heap": f"-Xmx{HEAP}", "rss_max_mb": round(a.rss_max_kb / 1024, 1)}
        res["targets"] = targets(res)
        res["total_seconds"] = round(time.time() - started)
        res["table"] = report(res)
        write_results("latest.json", res)
        print(res["table"])
    finally:
        for stride in strides.values():
            stride.stop()


def fresh_hot_set(strides, configs, scenario):
    """Each configuration's cache keys deleted, then every hot id requested once (TTL 5 min): the cached runs
    that follow start with the whole hot set in the cache and none of it about to expire. Any 404 shows here:
    returns the non-200 answers."""
    for cfg in configs:
        delete_keys(strides[cfg].prefix + "c:*")
    return sum(prewarm(strides[cfg], scenario) for cfg in configs)


def keep(res, medians):
    for (cfg, name), median in medians.items():
        res["scenarios"].setdefault(cfg, {})[name] = median


def after_get_by_id(res, a, args):
    """Right after get-by-id's rounds, on A: Redis memory per entry, cached get-by-id at half its peak, the login burst."""
    res["redis_activity"] = redis_activity_memory(a)
    target = res["scenarios"]["A"][GET_BY_ID.name]["rps"] / 2
    h = measure(a, GET_BY_ID, args.threads, args.connections, args.duration, args.warmup,
                delay_ms=paced_delay(args.connections, target))
    res["half_peak"] = dict(h, target_rps=round(target, 1))
    log(f"  A get-by-id at half peak: {h['rps']:.0f} req/s p99 {h['p99_ms']:.2f} ms")
    res["login_burst"] = login_burst(a, args.login_burst_duration, args.threads, 4)
    log(f"  A get-by-id during a login burst: p99 {res['login_burst']['during']['p99_ms']:.2f} ms, "
        f"logins {res['login_burst']['logins']}")


if __name__ == "__main__":
    main()
