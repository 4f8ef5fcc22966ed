"""The trials the reference figures are computed for: seeded, so the fixtures never change by chance."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np


def day(text):
    return dt.date.fromisoformat(text)


def iso(d):
    return d.isoformat()


def make_phase(pid, kind, cycle, label, start, length, transition, values):
    """values: list of floats or None, one per day of the phase."""
    assert len(values) == length
    s = day(start)
    return {
        "id": pid, "kind": kind, "cycle": cycle, "label": label,
        "startDay": iso(s), "endDay": iso(s + dt.timedelta(days=length - 1)), "transitionDays": transition,
        "series": [{"day": iso(s + dt.timedelta(days=i)), "value": v} for i, v in enumerate(values)],
    }


def ar1(rng, length, level, phi, sigma, missing=0.0, decimals=1):
    out, e = [], 0.0
    for _ in range(length):
        e = phi * e + rng.normal(0.0, sigma)
        v = round(float(level + e), decimals)
        out.append(None if rng.random() < missing else v)
    return out


def sequence(specs, start="2025-01-06"):
    """specs: (kind, cycle, label, length, transition, values) in time order, back to back."""
    phases, s = [], day(start)
    for i, (kind, cycle, label, length, transition, values) in enumerate(specs):
        phases.append(make_phase(i + 1, kind, cycle, label, iso(s), length, transition, values))
        s += dt.timedelta(days=length)
    return phases


def finished(phases):
    ends = [p["endDay"] for p in phases if p["kind"] == "reintroduction"] or [phases[-1]["endDay"]]
    return {"status": "finished", "asOf": phases[-1]["endDay"], "cycleEnds": ends}


def trial(name, phases, food="dairy", label="Overall skin", higher_is_worse=True, mid=2.0, unit="points",
          randomisation=None, confounders=None, schedule=None, family=None):
    inp = {
        "food": food,
        "outcome": {"key": "skinOverall", "label": label, "higherIsWorse": higher_is_worse, "unit": unit, "step": 1},
        "mid": mid, "phases": phases, "schedule": schedule or finished(phases), "randomisation": randomisation,
        "confounders": confounders or [],
    }
    if family is not None:
        inp["family"] = family
    return {"name": name, "input": inp}


def with_future(phases, as_of):
    """A running trial: the same planned phases, with nothing logged after `as_of`."""
    return [{**p, "series": [e for e in p["series"] if e["day"] <= as_of]} for p in phases]


def build_cases():
    rng = np.random.default_rng(20250101)
    cases = []
    cases.append(trial("aba-trigger-with-missing-days", sequence([
        ("baseline", 1, "Baseline", 28, 0, ar1(rng, 28, 6.0, 0.5, 1.0, 0.05)),
        ("elimination", 1, "Elimination", 42, 14, ar1(rng, 42, 3.5, 0.5, 1.0, 0.05)),
        ("reintroduction", 1, "Reintroduction", 24, 3, ar1(rng, 24, 6.5, 0.5, 1.0, 0.05)),
    ]), confounders=[{"day": "2025-02-10", "description": "Started zinc"}]))
    cases.append(trial("heavy-missing-no-reintroduction", sequence([
        ("baseline", 1, "Baseline", 21, 0, ar1(rng, 21, 5.0, 0.3, 1.2, 0.35)),
        ("elimination", 1, "Elimination", 30, 5, ar1(rng, 30, 4.0, 0.3, 1.2, 0.1)),
    ])))
    cases.append(trial("constant", sequence([
        ("baseline", 1, "Baseline", 20, 0, [4.0] * 20),
        ("elimination", 1, "Elimination", 24, 4, [4.0] * 24),
        ("reintroduction", 1, "Reintroduction", 18, 2, [4.0] * 18),
    ])))
    cases.append(trial("constant-levels", sequence([
        ("baseline", 1, "Baseline", 20, 0, [5.0] * 20),
        ("elimination", 1, "Elimination", 24, 4, [3.0] * 18 + [None] + [3.0] * 5),
        ("reintroduction", 1, "Reintroduction", 18, 2, [6.0] * 18),
    ])))
    cases.append(trial("short-phases", sequence([
        ("baseline", 1, "Baseline", 10, 0, ar1(rng, 10, 5.0, 0.4, 1.0)),
        ("elimination", 1, "Elimination", 15, 3, ar1(rng, 15, 3.0, 0.4, 1.0)),
        ("reintroduction", 1, "Reintroduction", 6, 0, ar1(rng, 6, 5.0, 0.4, 1.0)),
    ])))
    cases.append(trial("sleep-higher-is-better", sequence([
        ("baseline", 1, "Baseline", 21, 0, ar1(rng, 21, 5.0, 0.3, 1.0, 0.05)),
        ("elimination", 1, "Elimination", 28, 2, ar1(rng, 28, 7.5, 0.3, 1.0, 0.05)),
        ("reintroduction", 1, "Reintroduction", 21, 2, ar1(rng, 21, 4.8, 0.3, 1.0, 0.05)),
    ]), food="added sugar and refined carbs", label="Sleep quality", higher_is_worse=False))
    abab = sequence([
        ("baseline", 1, "Baseline", 21, 0, ar1(rng, 21, 6.0, 0.5, 0.8, 0.03)),
        ("elimination", 1, "Elimination", 35, 7, ar1(rng, 35, 3.5, 0.5, 0.8, 0.03)),
        ("reintroduction", 1, "Reintroduction", 21, 3, ar1(rng, 21, 6.2, 0.5, 0.8, 0.03)),
        ("elimination", 2, "Elimination (repeat)", 35, 7, ar1(rng, 35, 3.4, 0.5, 0.8, 0.03)),
        ("reintroduction", 2, "Reintroduction (repeat)", 21, 3, ar1(rng, 21, 6.1, 0.5, 0.8, 0.03)),
    ])
    cases.append(trial("abab-two-cycles", abab, food="seed oils", mid=1.5))
    ends = [abab[2]["endDay"], abab[4]["endDay"]]
    as_of = iso(day(abab[3]["startDay"]) + dt.timedelta(days=20))
    cases.append(trial("abab-running-interim-look", with_future(abab, as_of), food="seed oils", mid=1.5,
                       schedule={"status": "running", "asOf": as_of, "cycleEnds": ends}))
    weak = sequence([
        ("baseline", 1, "Baseline", 21, 0, ar1(rng, 21, 5.4, 0.7, 1.2, 0.1)),
        ("elimination", 1, "Elimination", 42, 7, ar1(rng, 42, 4.6, 0.7, 1.2, 0.1)),
        ("reintroduction", 1, "Reintroduction", 21, 7, ar1(rng, 21, 5.5, 0.7, 1.2, 0.1)),
        ("elimination", 2, "Elimination (repeat)", 42, 7, ar1(rng, 42, 4.5, 0.7, 1.2, 0.1)),
        ("reintroduction", 2, "Reintroduction (repeat)", 21, 7, ar1(rng, 21, 5.6, 0.7, 1.2, 0.1)),
    ])
    as_of = iso(day(weak[3]["startDay"]) + dt.timedelta(days=5))
    cases.append(trial("interim-not-settled", with_future(weak, as_of),
                       schedule={"status": "running", "asOf": as_of, "cycleEnds": [weak[2]["endDay"], weak[4]["endDay"]]}))
    as_of = iso(day(weak[1]["startDay"]) + dt.timedelta(days=10))
    cases.append(trial("running-waiting", with_future(weak, as_of),
                       schedule={"status": "running", "asOf": as_of, "cycleEnds": [weak[2]["endDay"], weak[4]["endDay"]]}))
    one = weak[:3]
    closed = iso(day(one[2]["startDay"]) + dt.timedelta(days=12))
    cases.append(trial("ended-early-in-reintroduction", with_future(one, closed),
                       schedule={"status": "ended-early", "asOf": closed, "cycleEnds": [one[2]["endDay"]]}))
    cases.append(trial("inconclusive-finished", one))
    rand_phases = sequence([
        ("baseline", 1, "Baseline", 40, 0, ar1(rng, 40, 5.5, 0.4, 1.0, 0.05)),
        ("elimination", 1, "Elimination", 40, 5, ar1(rng, 40, 3.5, 0.4, 1.0, 0.05)),
        ("reintroduction", 1, "Reintroduction", 21, 5, ar1(rng, 21, 5.6, 0.4, 1.0, 0.05)),
    ])
    switch = rand_phases[1]["startDay"]
    s0 = day(switch)
    allowed = [iso(s0 + dt.timedelta(days=k)) for k in range(-20, 8)] + ["2024-12-01", "not a day"]
    cases.append(trial("randomised-switch", rand_phases,
                       randomisation={"allowedSwitchDays": allowed, "switchDay": switch}))
    few = [iso(s0 + dt.timedelta(days=k)) for k in range(-10, 10)]
    cases.append(trial("randomised-twenty-days-cannot-reach-p-0.05", rand_phases,
                       randomisation={"allowedSwitchDays": few, "switchDay": switch}))
    cases.append(trial("strong-waves", sequence([
        ("baseline", 1, "Baseline", 14, 0, [round(5 + 2 * math.cos(math.pi * i / 13), 3) for i in range(14)]),
        ("elimination", 1, "Elimination", 14, 0, [round(3 - 1.5 * math.cos(math.pi * i / 13), 3) for i in range(14)]),
        ("reintroduction", 1, "Reintroduction", 14, 0, [round(5 + 1.5 * math.cos(math.pi * i / 13), 3) for i in range(14)]),
    ])))
    cases.append(trial("steady-drift-no-effect", sequence([
        ("baseline", 1, "Baseline", 28, 0, [round(3 + 0.04 * i, 2) for i in range(28)]),
        ("elimination", 1, "Elimination", 42, 7, [round(3 + 0.04 * (28 + i), 2) for i in range(42)]),
        ("reintroduction", 1, "Reintroduction", 28, 7, [round(3 + 0.04 * (70 + i), 2) for i in range(28)]),
    ])))
    cases.append(trial("no-meaningful-difference", sequence([
        ("baseline", 1, "Baseline", 60, 0, ar1(rng, 60, 4.0, 0.2, 0.5, 0.02)),
        ("elimination", 1, "Elimination", 60, 7, ar1(rng, 60, 4.1, 0.2, 0.5, 0.02)),
        ("reintroduction", 1, "Reintroduction", 60, 3, ar1(rng, 60, 4.0, 0.2, 0.5, 0.02)),
    ])))
    cases.append(trial("one-score-in-a-phase", sequence([
        ("baseline", 1, "Baseline", 14, 0, [5.0] + [None] * 13),
        ("elimination", 1, "Elimination", 14, 0, ar1(rng, 14, 4.0, 0.2, 1.0)),
    ])))
    cases.append(trial("counts-secondary-of-three", sequence([
        ("baseline", 1, "Baseline", 28, 0, [float(x) for x in rng.poisson(4.0, 28)]),
        ("elimination", 1, "Elimination", 56, 21, [float(x) for x in rng.poisson(2.0, 56)]),
        ("reintroduction", 1, "Reintroduction", 28, 3, [float(x) for x in rng.poisson(3.0, 28)]),
    ]), label="New spots", mid=1.5, unit="spots", family=3))
    cases.append(trial("elimination-clearly-did-not-improve", sequence([
        ("baseline", 1, "Baseline", 21, 0, ar1(rng, 21, 3.0, 0.2, 0.4)),
        ("elimination", 1, "Elimination", 28, 4, ar1(rng, 28, 4.0, 0.2, 0.4)),
        ("reintroduction", 1, "Reintroduction", 21, 4, ar1(rng, 21, 9.0, 0.2, 0.4)),
    ])))
    cases.append(trial("better-with-the-food", sequence([
        ("baseline", 1, "Baseline", 21, 0, ar1(rng, 21, 3.0, 0.3, 0.8)),
        ("elimination", 1, "Elimination", 28, 4, ar1(rng, 28, 6.0, 0.3, 0.8)),
        ("reintroduction", 1, "Reintroduction", 21, 4, ar1(rng, 21, 3.2, 0.3, 0.8)),
    ])))
    cases.append(trial("too-imprecise-to-answer", sequence([
        ("baseline", 1, "Baseline", 6, 0, [2.0, None, 9.0, 1.0, None, 8.0]),
        ("elimination", 1, "Elimination", 8, 2, [None, None, 7.0, 1.0, None, 9.0, None, 2.0]),
        ("reintroduction", 1, "Reintroduction", 6, 1, [None, 3.0, None, 9.0, 0.0, None]),
    ])))
    return cases
