"""Every scenario of the default run and the configurations each runs on."""
from dataclasses import replace

from .load import Scenario

FLOOR = Scenario("floor", "GET", "/api/v1/bench/floor", "tokens.txt")
# a write's floor: charged in the general policy and in the route policy "writes" (two limits)
FLOOR_WRITE = Scenario("floor-write", "POST", "/api/v1/bench/floor", "tokens.txt", body="activity")
# the floor without Spring Security's chain (no authentication, no rate limit); the same request bytes
BARE = Scenario("bare", "GET", "/api/v1/bench/bare", "tokens.txt")
GET_BY_ID = Scenario("get-by-id", "GET", "/api/v1/activities/{id}", "ids.txt", "activity")
LIST = Scenario("list", "GET", "/api/v1/activities?page=0&size=20", "tokens.txt", "activity-list")
STATS = [Scenario(f"stats-{p.lower()}", "GET", f"/api/v1/stats?period={p}", "tokens.txt", "stats")
         for p in ("DAY", "WEEK", "MONTH")]
# Writes come last: they retire the users' caches. Updates and patches walk ids of their configuration's
# own set (a patch reads the activity through the cache, which another configuration's writes would
# leave behind); deletes and restores walk a large pool, in a cycle (stridebench/writes.py).
CREATE = Scenario("create", "POST", "/api/v1/activities", "tokens.txt", body="activity")
UPDATE = Scenario("update", "PUT", "/api/v1/activities/{id}", "update-{cfg}.txt", body="activity", order="walk")
PATCH = Scenario("patch", "PATCH", "/api/v1/activities/{id}", "update-{cfg}.txt", body="patch", order="walk")
DELETE = Scenario("delete", "DELETE", "/api/v1/activities/{id}", "delete.txt", order="walk")
RESTORE = Scenario("restore", "POST", "/api/v1/activities/{id}/restore", "restore.txt", order="walk")

READS = [FLOOR, BARE, FLOOR_WRITE, GET_BY_ID, LIST, *STATS]
WRITES = [CREATE, UPDATE, PATCH, DELETE, RESTORE]


def floor_beside(scenario):
    """The floor again, as a slot of the scenario's own rounds: a cached read is compared with the floor
    round by round, seconds apart, where the floor's own rounds ran minutes earlier on a machine whose
    speed drifted by half in that time."""
    return replace(FLOOR, name=f"floor@{scenario.name}")


CACHED_READS = [GET_BY_ID, LIST, *STATS]
FLOORS_BESIDE = [floor_beside(s) for s in CACHED_READS]
ALL = READS + FLOORS_BESIDE + WRITES
BY_NAME = {s.name: s for s in ALL}


def on(configs, scenario):
    return [(cfg, scenario) for cfg in configs]


def beside_floor(configs, scenario):
    """A cached read on its configurations and the floor on A, in the same rounds."""
    return on(configs, scenario) + [("A", floor_beside(scenario))]


# Each group is measured in alternating rounds; every ratio the targets take is within one group, round by round.
READ_GROUPS = [
    on("ABCD", FLOOR) + [("A", BARE)],
    on("ABC", FLOOR_WRITE),
    beside_floor("ABD", GET_BY_ID),
    *(beside_floor("AB", s) for s in (LIST, *STATS)),
]
WRITE_GROUPS = [on("AB", CREATE), on("AB", UPDATE), on("AB", PATCH)]  # then delete / restore, in a cycle
