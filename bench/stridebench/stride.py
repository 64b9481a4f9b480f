"""One Stride JVM per configuration, each on its own port and Redis key prefix, on the bench database."""
import os
import subprocess
import threading
import time
import urllib.error
import urllib.request

from .common import (DB, GC, HEAP, JAR, JWT_SECRET, PG_HOST, PG_PORT, PG_USER, PREFIX, REDIS_HOST, REDIS_PORT,
                     RESULTS, log)

# Tracing off entirely. management.tracing.enabled is gone in Boot 4 (its metadata: deprecated at level
# error, so it is not bound any more) and its replacement management.tracing.export.enabled=false only
# stops export and propagation: the tracer would still open a (non-recording) span per observation.
# Without these auto-configurations there is no tracer (Boot's no-op one stands in), no tracing handler
# on the observations, no exemplar sampler and no JDBC observations (datasource-micrometer is there for
# the JDBC spans): Stride as it was before tracing was added, with the same jar.
TRACING_AUTO_CONFIGURATIONS = [
    "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
    "org.springframework.boot.micrometer.tracing.autoconfigure.prometheus.PrometheusExemplarsAutoConfiguration",
    "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
    "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingAutoConfiguration",
    "net.ttddyy.observation.boot.autoconfigure.DataSourceObservationAutoConfiguration",
    "net.ttddyy.observation.boot.autoconfigure.opentelemetry.DataSourceObservationOpenTelemetryAutoConfiguration",
]

# name: (description, extra arguments, port); each runs under the Redis prefix stride-bench:<name>:
CONFIGS = {
    "A": ("cache on, limiter on", [], 18081),
    "B": ("cache off, limiter on", ["--stride.cache.enabled=false"], 18082),
    "C": ("cache on, limiter off", ["--stride.rate-limit.enabled=false"], 18083),
    "D": ("cache on, limiter on, tracing off entirely",
          ["--spring.autoconfigure.exclude=" + ",".join(TRACING_AUTO_CONFIGURATIONS)], 18087),
}


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
        # a request through the security chain is deeper than JFR's default of 64 frames (bench/README.md, ninth round)
        cmd = [java("java"), f"-Xmx{HEAP}", GC, "-XX:FlightRecorderOptions:stackdepth=512", "-jar", JAR, "--spring.profiles.active=bench",
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
               # writes (the floor's and every activity write: create, update, patch, delete, restore) are
               # charged in a second policy of two limits, as a deployer would configure it
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

    def rss_kb(self):
        """The JVM's resident set now (VmRSS of /proc/<pid>/status), in kB."""
        with open(f"/proc/{self.proc.pid}/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))

    def start_sampling(self):
        """Samples the JVM's resident set size every second; keeps the maximum."""
        self._sampling, self.rss_max_kb = True, 0

        def loop():
            while self._sampling and self.proc and self.proc.poll() is None:
                try:
                    self.rss_max_kb = max(self.rss_max_kb, self.rss_kb())
                except (OSError, StopIteration):
                    pass
                time.sleep(1)

        threading.Thread(target=loop, daemon=True).start()

    def stop_sampling(self):
        self._sampling = False


def java(tool):
    """A JDK tool (java, jcmd, jfr) of JAVA_HOME when set, else from PATH."""
    home = os.environ.get("JAVA_HOME")
    return os.path.join(home, "bin", tool) if home else tool
