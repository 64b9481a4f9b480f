"""--profile: JFR recordings of A while it serves the floor and cached get-by-id, and of A and B (cache
on and off) while they serve creates, and where their time goes.

Each recording is started with jcmd (JFR.start, settings=profile: a Java stack sample every 10 ms per
running thread) right before an extra run of the scenario and stopped right after it, so that it
holds that scenario's steady state only: no start-up, no warm-up, no other scenario. The extra run is
not one of the measured rounds (JFR costs a little); its req/s is printed for reference, and its samples
per request compare two configurations' recordings of one scenario.
"""
import collections
import json
import os
import subprocess

from .common import RESULTS, log
from .load import wrk
from .stride import java

SECONDS = 15
# A sample belongs to the first frame from the top that is not JDK code (java.*, jdk.*, sun.*): JDK code
# runs on behalf of its caller. First matching prefix wins; "*" stands for any packages in between.
COMPONENTS = [
    ("io.lettuce.", "Redis client (Lettuce)"),
    ("io.netty.", "Netty (Lettuce's I/O)"),
    ("com.nimbusds.", "JWT parsing and signature (Nimbus)"),
    ("org.springframework.security.oauth2.", "JWT authentication (Spring Security OAuth2)"),
    ("org.springframework.security.", "Spring Security (filters, context)"),
    ("dev.stride.*.ratelimit.", "rate limiter (Stride)"),
    ("io.github.bucket4j.", "rate limiter (Bucket4j)"),
    ("com.github.benmanes.caffeine.", "Caffeine (in-process caches)"),
    ("org.jooq.", "jOOQ"),
    ("org.postgresql.", "PostgreSQL driver"),
    ("com.zaxxer.hikari.", "HikariCP"),
    ("net.ttddyy.", "JDBC observations (datasource-micrometer)"),
    ("dev.stride.*.security.", "Stride security (token checks)"),
    ("dev.stride.", "Stride (other)"),
    ("io.micrometer.", "Micrometer (metrics, observations, tracing)"),
    ("io.opentelemetry.", "OpenTelemetry"),
    ("org.apache.catalina.", "Tomcat"),
    ("org.apache.coyote.", "Tomcat"),
    ("org.apache.tomcat.", "Tomcat"),
    ("org.springframework.web.", "Spring MVC and filters"),
    ("jakarta.servlet.", "Servlet API (request and response wrappers)"),
    ("io.prometheus.", "Micrometer (metrics, observations, tracing)"),
    ("org.springframework.", "Spring (other)"),
    ("tools.jackson.", "Jackson"),
    ("com.fasterxml.", "Jackson"),
    ("ch.qos.logback.", "Logback"),
    ("org.slf4j.", "Logback"),
]
JDK = ("java.", "jdk.", "javax.", "sun.", "com.sun.")
# Samples with such a frame anywhere on the stack. The decoder runs the token's validators on every request, the
# revocation check among them, and Nimbus's parsing and signature check only for a token it has not seen yet;
# the rate-limit filter passes the request on from doFilterInternal, so its own work is count().
INCLUSIVE = [
    ("dev.stride.adapters.web.security.SignatureCheckedOnce.decode", "JWT decoding and validation"),
    ("org.springframework.security.oauth2.jwt.NimbusJwtDecoder.decode", "  of which parsing and the signature"),
    ("dev.stride.adapters.web.security.RevokedAccessTokenValidator.validate", "  of which the revocation check"),
    ("dev.stride.adapters.web.ratelimit.RateLimitFilter.count", "rate limiting (the check and its headers)"),
    ("org.springframework.web.servlet.DispatcherServlet.doDispatch", "Spring MVC dispatch (the controller)"),
    ("dev.stride.adapters.redis.cache.RedisCache.get", "  of which the cache read"),
    # cached reads are encoded by EncodedBodies (once per cached copy), other answers by Spring's converter
    ("dev.stride.adapters.web.httpcache.EncodedBodies.encode", "  of which the JSON encoding (EncodedBodies)"),
    # a write's one cache step: the new generation and the written row, stored in one script
    ("dev.stride.adapters.redis.cache.RedisCache.invalidateAndPut", "  of which the cache's write-through"),
]


def profile_run(stride, scenario, threads, connections):
    path = os.path.join(RESULTS, f"profile-{scenario.name}-{stride.name}.jfr")
    jcmd = java("jcmd")
    name = f"name=bench-{scenario.name}"
    subprocess.run([jcmd, str(stride.proc.pid), "JFR.start", name, "settings=profile"], check=True, capture_output=True)
    try:
        r = wrk(stride, scenario, threads, connections, SECONDS)
    finally:
        subprocess.run([jcmd, str(stride.proc.pid), "JFR.stop", name, f"filename={path}"],
                       check=True, capture_output=True)
    summary = summarize(path)
    # samples per request compare two configurations' recordings of one scenario (cache on and off, say)
    summary.update(scenario=scenario.name, config=stride.name, rps=round(r["rps"]), seconds=SECONDS,
                   samples_per_1000_requests=round(summary["samples"] / max(r["requests"], 1) * 1000, 2),
                   recording=os.path.relpath(path, os.path.dirname(RESULTS)))
    log(f"  profile of {scenario.name} on {stride.name}: {summary['samples']} samples, {path}")
    return summary


def events(path, name):
    out = subprocess.run([java("jfr"), "print", "--json", "--stack-depth", "64", "--events", name, path],
                         capture_output=True, text=True, check=True)
    return [e["values"] for e in json.loads(out.stdout)["recording"]["events"]]


def frame_name(frame):
    method = frame["method"]
    return method["type"]["name"].replace("/", ".") + "." + method["name"]


def summarize(path, top=15):
    samples = [[frame_name(f) for f in (e.get("stackTrace") or {}).get("frames", [])]
               for e in events(path, "jdk.ExecutionSample")]
    samples = [s for s in samples if s]
    n = max(len(samples), 1)
    hot = collections.Counter(s[0] for s in samples)
    by_component = collections.Counter(component(s) for s in samples)
    inclusive = {label: sum(any(f.startswith(marker) for f in s) for s in samples) for marker, label in INCLUSIVE}
    cpu = events(path, "jdk.CPULoad")
    mean = lambda key: round(100 * sum(e[key] for e in cpu) / len(cpu), 1) if cpu else None
    return {"samples": len(samples),
            "cpu_percent": {"jvm_user": mean("jvmUser"), "jvm_system": mean("jvmSystem"),
                            "machine": mean("machineTotal")},
            "components": [{"name": c, "share": round(k / n, 3)} for c, k in by_component.most_common()],
            "inclusive": [{"name": label, "share": round(k / n, 3)} for label, k in inclusive.items()],
            "hot_methods": [{"method": m, "share": round(k / n, 3)} for m, k in hot.most_common(top)]}


def component(stack):
    for frame in stack:
        if frame.startswith(JDK):
            continue
        return next((label for prefix, label in COMPONENTS if matches(frame, prefix)), "other libraries")
    return "JDK only (scheduler, I/O, virtual threads)"


def matches(frame, prefix):
    head, _, tail = prefix.partition("*")
    return frame.startswith(head) and (not tail or tail in frame[len(head):])


def report_profile(p, out):
    c = p["cpu_percent"]
    out("")
    out(f"profile of {p['scenario']} on {p['config']} ({p['seconds']} s, {p['rps']} req/s while recorded, {p['samples']} Java "
        f"samples, {p['samples_per_1000_requests']} per 1,000 requests; "
        f"CPU: JVM user {c['jvm_user']} %, JVM system {c['jvm_system']} %, machine {c['machine']} %; {p['recording']})")
    out("  samples by the first non-JDK frame from the top        samples with the frame on the stack")
    left = [f"{x['share']:>6.1%}  {x['name']}" for x in p["components"]]
    right = [f"{x['share']:>6.1%}  {x['name']}" for x in p["inclusive"]]
    for i in range(max(len(left), len(right))):
        out(f"  {left[i] if i < len(left) else '':<54} {right[i] if i < len(right) else ''}")
    out("  hottest methods (top frame):")
    for x in p["hot_methods"]:
        out(f"  {x['share']:>6.1%}  {x['method']}")
