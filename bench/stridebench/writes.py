"""Delete and restore, measured in a cycle over a pool of live activities.

A DELETE of an id that is in the trash is a 404, and so is a restore of one that is not: every wrk run
(the warm-up and the measured run each) walks ids in the state it needs (scenario.lua's "walk": each id
once, never two at a time), written to its data file from the database right before it. Each round
deletes through A and B, then restores through both (A first every other round), so the pool is never
used up. Before a run, the ids it can walk must outnumber what it may send (the last run of that kind,
warm-up included, plus a margin); when they do not, an unmeasured run of the other kind makes up the
difference. A and B share the pool: a delete or a restore reads the database only, never a cached copy,
so neither trips over what the other configuration changed. What is left in the trash at the end stays
there (soft-deleted seconds ago, well inside the retention period; nothing reads the pool).
"""
import math

from .common import log
from .load import in_turn, log_run, measure, rounds_until_steady, wrk
from .prepare import write_id_file
from .scenarios import DELETE, RESTORE

MARGIN = 1.3
MAX_IDS_PER_FILE = 150_000  # enough for any run; keeps wrk's start quick
STATE = {DELETE.name: "a.deleted_at IS NULL", RESTORE.name: "a.deleted_at IS NOT NULL"}
OTHER = {DELETE.name: RESTORE, RESTORE.name: DELETE}


def delete_restore_rounds(strides, configs, load, rounds, first_guess_rps, settle=0):
    """Medians of delete and restore per configuration, keyed (cfg, scenario name); `settle` as in
    load.rounds_until_steady."""
    threads, connections, seconds, warmup = load
    # requests a run of that kind may send: before the first one, a guess (the configuration's create rate)
    rate = {(cfg, sc.name): first_guess_rps[cfg] for cfg in configs for sc in (DELETE, RESTORE)}
    expected = {key: rps * (seconds + warmup) for key, rps in rate.items()}
    ran = set()

    def one_cycle(round_, label):
        results = {}
        for scenario in (DELETE, RESTORE):
            for cfg in in_turn(configs, round_):
                key = (cfg, scenario.name)
                if key not in ran and scenario is RESTORE:  # a restore may well be as quick as a delete
                    expected[key] = max(expected[key], expected[(cfg, DELETE.name)])
                ran.add(key)
                ensure_ids(strides[cfg], scenario, math.ceil(expected[key] * MARGIN),
                           rate[(cfg, OTHER[scenario.name].name)], threads, connections)
                # the warm-up walks ids too: the measured run gets the ids left in the right state after it
                results[key] = r = measure(strides[cfg], scenario, *load, before_each_run=lambda: write_ids(scenario))
                expected[key] = r["requests"] + r["warmup_requests"]
                rate[key] = r["rps"]
                log_run(f"{scenario.name} {cfg} {label}", r)
        return results

    return rounds_until_steady(one_cycle, rounds, settle)


def ensure_ids(stride, scenario, needed, other_rps, threads, connections):
    """Writes the scenario's data file; first runs the other kind, unmeasured, while too few ids are in the state
    the scenario needs."""
    for _ in range(5):
        available = write_ids(scenario)
        if available >= min(needed, MAX_IDS_PER_FILE):
            return
        other = OTHER[scenario.name]
        seconds = max(2, math.ceil((needed - available) / max(other_rps, 100) * MARGIN))
        write_ids(other)
        log(f"  {scenario.name} {stride.name}: {available} ids ready, {needed} wanted: {other.name} for {seconds} s, "
            f"not measured")
        wrk(stride, other, threads, connections, seconds)
    raise RuntimeError(f"{scenario.name}: could not get {needed} ids ready")


def write_ids(scenario):
    """The scenario's data file: ids of the pool in the state it needs, now; returns how many."""
    return write_id_file(scenario.data, f"b.role = 'pool' AND {STATE[scenario.name]}", MAX_IDS_PER_FILE)
