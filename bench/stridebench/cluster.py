"""--redis cluster: the floor and cached get-by-id on one Redis server and on a local 3-master Redis Cluster."""
import os
import shutil
import socket
import subprocess
import tempfile
import time

from .common import commit, flush_prefix, log, utc_now, write_results
from .load import alternating_rounds, prewarm, wrk
from .prepare import prepare
from .scenarios import FLOOR, GET_BY_ID, on
from .stride import Stride

CLUSTER_MASTERS = 3
CLUSTER_SCENARIOS = [FLOOR, GET_BY_ID]


def free_port():
    """A free port whose cluster-bus port (+10000) is free too."""
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
        for proc in self.procs:
            proc.kill()
            proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def cluster(args):
    """Cached get-by-id and the floor on one Redis server (S), on one server without client-side tracking (U: the
    read path a cluster falls back to, a script per cached read) and on a 3-master cluster (K), same JVM settings."""
    started = time.time()
    redis_cluster = LocalCluster()
    strides = {}
    try:
        flush_prefix()
        redis_cluster.start()
        strides["S"] = Stride("S", ("cache on, limiter on, one Redis server", [], 18084))
        strides["U"] = Stride("U", ("cache on, limiter on, one Redis server, client-side tracking off",
                                    ["--stride.cache.redis.tracking.enabled=false"], 18086))
        strides["K"] = Stride("K", ("cache on, limiter on, Redis Cluster of 3 masters",
                                    [f"--spring.data.redis.cluster.nodes={','.join(redis_cluster.nodes())}"], 18085))
        users = prepare(strides["S"])
        strides["U"].start()
        strides["K"].start()
        load = (args.threads, args.connections, args.duration, args.warmup)
        for stride in strides.values():
            for scenario in CLUSTER_SCENARIOS:
                if args.jvm_warmup > 0:
                    wrk(stride, scenario, args.threads, args.connections, args.jvm_warmup)
        res = {"started": utc_now(), "commit": commit(),
               "settings": {"threads": args.threads, "connections": args.connections, "duration_s": args.duration,
                            "warmup_s": args.warmup, "rounds": args.rounds, "users": users},
               "configs": {c: st.description for c, st in strides.items()}, "scenarios": {}}
        for scenario in CLUSTER_SCENARIOS:
            if "{id}" in scenario.path:
                res["prewarm_non_200"] = sum(prewarm(strides[cfg], scenario) for cfg in strides)
            for (cfg, name), median in alternating_rounds(strides, on(strides, scenario), load, args.rounds).items():
                res["scenarios"].setdefault(cfg, {})[name] = median
        S, U, K = (res["scenarios"][cfg] for cfg in ("S", "U", "K"))
        res["cluster_vs_single"] = {sc.name: round(K[sc.name]["rps"] / S[sc.name]["rps"], 3) for sc in CLUSTER_SCENARIOS}
        res["untracked_vs_single"] = {sc.name: round(U[sc.name]["rps"] / S[sc.name]["rps"], 3) for sc in CLUSTER_SCENARIOS}
        res["total_seconds"] = round(time.time() - started)
        lines = [f"Stride on a Redis Cluster  {res['started']}  commit {res['commit']}  ({res['total_seconds'] / 60:.1f} min)",
                 "S = one Redis server, U = one Redis server with client-side tracking off (the cluster's fallback read path),",
                 "K = local Redis Cluster of 3 masters (cache and limiter on in all three)",
                 f"{'scenario':<12} {'cfg':<3} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'hit %':>6} {'non-2xx':>7}"]
        for sc in CLUSTER_SCENARIOS:
            for cfg in strides:
                r = res["scenarios"][cfg][sc.name]
                hit = f"{100 * r['cache_hit_ratio']:.1f}" if r.get("cache_hit_ratio") is not None else "-"
                lines.append(f"{sc.name:<12} {cfg:<3} {r['rps']:>9.0f} {r['p50_ms']:>8.2f} {r['p99_ms']:>8.2f} {hit:>6} "
                             f"{max(r['non_2xx'], r['errors_status']):>7}")
        ratio = res["cluster_vs_single"]
        lines.append(f"cluster / single req/s: floor {ratio['floor']:.2f}, cached get-by-id {ratio['get-by-id']:.2f} "
                     f"(goal >= 0.80: {'PASS' if ratio['get-by-id'] >= 0.8 else 'FAIL'})")
        untracked = res["untracked_vs_single"]
        lines.append(f"cost of the fallback (no tracking) on one server, untracked / tracked req/s: floor {untracked['floor']:.2f}, "
                     f"cached get-by-id {untracked['get-by-id']:.2f}")
        res["table"] = "\n".join(lines)
        write_results("cluster.json", res)
        print(res["table"])
    finally:
        for stride in strides.values():
            stride.stop()
        redis_cluster.stop()
        log("stopped the local cluster")


