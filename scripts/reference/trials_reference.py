#!/usr/bin/env python3
"""Independent reference figures for shared/trials/analysis (research notes, section 3).

Written separately from the TypeScript, with numpy arrays and scipy's distributions, so that the two can only
agree if both follow the spec:
  (a) autocorrelation-corrected difference of phase means, its 95% CI and the standardised difference,
  (c) the randomisation test over a pre-set set of switch days,
  (e) the probability of an effect at least the MID in the "worse with the food" direction,
plus Student-t quantiles (scipy.stats.t.ppf), the normal CDF, and the verdict kind (rules of section 3).
The bootstrap (b) is checked by properties in the TypeScript tests, not here.

Run from the repository root:  python3 scripts/reference/trials_reference.py
Writes tests/fixtures/trials/reference.json (inputs and expected outputs). Deterministic: fixed seeds.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import numpy as np
from scipy import stats

OUT = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "trials" / "reference.json"

MIN_USABLE_DAYS = 14
MIN_LOGGED_SHARE = 0.8
MIN_POINTS = 5
MIN_SWITCH_DAYS = 20


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def iso(d: dt.date) -> str:
    return d.isoformat()


# ---------------------------------------------------------------------------------------------- the inputs

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


def trial(name, phases, food="dairy", label="Overall skin", higher_is_worse=True, mid=2.0,
          randomisation=None, confounders=None):
    return {
        "name": name,
        "input": {
            "food": food,
            "outcome": {"key": "skinOverall", "label": label, "higherIsWorse": higher_is_worse},
            "mid": mid, "phases": phases, "randomisation": randomisation,
            "confounders": confounders or [], "seed": 1234, "resamples": 500,
        },
    }


def build_cases():
    rng = np.random.default_rng(20250101)
    cases = []
    cases.append(trial("ab-trigger-with-missing-days", sequence([
        ("baseline", 1, "Baseline", 28, 0, ar1(rng, 28, 6.0, 0.5, 1.0, 0.05)),
        ("elimination", 1, "Elimination", 42, 14, ar1(rng, 42, 3.5, 0.5, 1.0, 0.05)),
        ("reintroduction", 1, "Reintroduction", 24, 3, ar1(rng, 24, 6.5, 0.5, 1.0, 0.05)),
    ]), confounders=[{"day": "2025-02-10", "description": "Started zinc"}]))
    cases.append(trial("heavy-missing", sequence([
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
    cases.append(trial("abab-two-cycles", sequence([
        ("baseline", 1, "Baseline", 21, 0, ar1(rng, 21, 6.0, 0.5, 0.8, 0.03)),
        ("elimination", 1, "Elimination", 35, 7, ar1(rng, 35, 3.5, 0.5, 0.8, 0.03)),
        ("reintroduction", 1, "Reintroduction", 21, 3, ar1(rng, 21, 6.2, 0.5, 0.8, 0.03)),
        ("elimination", 2, "Elimination (cycle 2)", 35, 7, ar1(rng, 35, 3.4, 0.5, 0.8, 0.03)),
        ("reintroduction", 2, "Reintroduction (cycle 2)", 21, 3, ar1(rng, 21, 6.1, 0.5, 0.8, 0.03)),
    ]), food="seed oils", mid=1.5))
    rand_phases = sequence([
        ("baseline", 1, "Baseline", 40, 0, ar1(rng, 40, 5.5, 0.4, 1.0, 0.05)),
        ("elimination", 1, "Elimination", 40, 5, ar1(rng, 40, 3.5, 0.4, 1.0, 0.05)),
    ])
    switch = rand_phases[1]["startDay"]
    s0 = day(switch)
    allowed = [iso(s0 + dt.timedelta(days=k)) for k in range(-20, 10)] + ["2024-12-01"]  # one outside the data
    cases.append(trial("randomised-switch", rand_phases, randomisation={"allowedSwitchDays": allowed, "switchDay": switch}))
    few = [iso(s0 + dt.timedelta(days=k)) for k in range(-5, 5)]
    cases.append(trial("randomised-too-few-days", rand_phases, randomisation={"allowedSwitchDays": few, "switchDay": switch}))
    # Slow waves over 14 days: r ≈ 0.84 in each phase, so n_effA + n_effB − 2 < 1 and df is floored at 1.
    cases.append(trial("strong-autocorrelation-df-floor", sequence([
        ("baseline", 1, "Baseline", 14, 0, [round(5 + 2 * math.cos(math.pi * i / 13), 3) for i in range(14)]),
        ("elimination", 1, "Elimination", 14, 0, [round(3 - 1.5 * math.cos(math.pi * i / 13), 3) for i in range(14)]),
    ])))
    # Steady trends over 40 days: raw r ≈ 0.925, clamped to 0.9.
    cases.append(trial("trend-clamped-at-0.9", sequence([
        ("baseline", 1, "Baseline", 40, 0, [round(7 - 0.05 * i, 2) for i in range(40)]),
        ("elimination", 1, "Elimination", 40, 0, [round(5 - 0.04 * i, 2) for i in range(40)]),
    ])))
    cases.append(trial("negative-autocorrelation", sequence([
        ("baseline", 1, "Baseline", 20, 0, [5.0 + (1 if i % 2 else -1) for i in range(20)]),
        ("elimination", 1, "Elimination", 20, 0, [4.5 + (0.5 if i % 2 else -0.5) + 0.1 * (i % 3) for i in range(20)]),
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
    cases.append(trial("counts-mid-one-and-a-half", sequence([
        ("baseline", 1, "Baseline", 28, 0, [float(x) for x in rng.poisson(4.0, 28)]),
        ("elimination", 1, "Elimination", 56, 21, [float(x) for x in rng.poisson(2.0, 56)]),
        ("reintroduction", 1, "Reintroduction", 28, 3, [float(x) for x in rng.poisson(3.0, 28)]),
    ]), label="New spots", mid=1.5))
    return cases


# ------------------------------------------------------------------------------------- the statistics

def window(phase):
    """Values over the comparison window as a float array with NaN for days not logged."""
    start, end = day(phase["startDay"]), day(phase["endDay"])
    days = (end - start).days + 1
    first = start + dt.timedelta(days=min(days, phase["transitionDays"]))
    usable = max(0, (end - first).days + 1)
    y = np.full(usable, np.nan)
    for entry in phase["series"]:
        i = (day(entry["day"]) - first).days
        if 0 <= i < usable and entry["value"] is not None:
            y[i] = entry["value"]
    return days, first, y


def phase_stats(phase):
    days, first, y = window(phase)
    logged = y[~np.isnan(y)]
    n = int(logged.size)
    out = {"phaseId": phase["id"], "days": days, "usableDays": int(y.size), "loggedDays": n,
           "loggedShare": n / y.size if y.size else 0.0, "mean": None, "sd": None, "lag1Raw": None,
           "lag1": None, "nEff": None, "firstUsableDay": iso(first)}
    if n == 0:
        return out, None
    m = float(np.mean(logged))
    out["mean"] = m
    ss = float(np.sum((logged - m) ** 2))
    if n >= 2:
        out["sd"] = float(np.std(logged, ddof=1))
        if np.ptp(logged) == 0:
            r = 0.0
        else:
            e = y - m
            products = e[1:] * e[:-1]          # NaN wherever either day is missing: such pairs drop out
            r = float(np.nansum(products) / np.nansum(e ** 2))
        out["lag1Raw"] = r
        out["lag1"] = min(0.9, max(0.0, r))
        out["nEff"] = n * (1 - out["lag1"]) / (1 + out["lag1"])
    return out, ss


def shortfall(s):
    return s["usableDays"] < MIN_USABLE_DAYS or (s["usableDays"] > 0 and s["loggedShare"] < MIN_LOGGED_SHARE) \
        or s["loggedDays"] < MIN_POINTS


def randomisation_p(before, before_first, after, allowed, switch):
    span_start, span_end = day(before_first), day(after["endDay"])
    length = (span_end - span_start).days + 1
    y = np.full(length, np.nan)
    for phase, frm in ((before, day(before_first)), (after, day(after["startDay"]))):
        for entry in phase["series"]:
            d = day(entry["day"])
            if frm <= d <= day(phase["endDay"]) and entry["value"] is not None:
                y[(d - span_start).days] = entry["value"]
    idx = np.arange(length)

    def T(s_day):
        s = (day(s_day) - span_start).days
        if s < 1 or s >= length:
            return None
        a = y[(idx < s) & ~np.isnan(y)]
        b = y[(idx >= s + after["transitionDays"]) & ~np.isnan(y)]
        if a.size == 0 or b.size == 0:
            return None
        return float(b.mean() - a.mean())

    t_obs = T(switch)
    if t_obs is None:
        return None, None
    ts = {d: T(d) for d in sorted(set(allowed))}
    ts = {d: t for d, t in ts.items() if t is not None}
    if switch not in ts or len(ts) < MIN_SWITCH_DAYS:
        return None, None
    tol = 1e-10 * max(1.0, abs(t_obs))
    count = sum(1 for t in ts.values() if abs(t) >= abs(t_obs) - tol)
    return count / len(ts), len(ts)


def compare(kind, before, after, inp):
    sa, ssa = phase_stats(before)
    sb, ssb = phase_stats(after)
    res = {"kind": kind, "cycle": after["cycle"], "before": sa, "after": sb,
           "enoughData": not (shortfall(sa) or shortfall(sb)),
           "difference": None, "standardisedDifference": None, "pooledSd": None, "se": None, "df": None,
           "ci": None, "foodEffect": None, "foodEffectCi": None, "probabilityMeaningful": None,
           "randomisationP": None, "randomisationSwitchDays": None}
    if sa["nEff"] is None or sb["nEff"] is None:
        return res
    na, nb = sa["loggedDays"], sb["loggedDays"]
    d = sb["mean"] - sa["mean"]
    s_pooled = math.sqrt((ssa + ssb) / (na + nb - 2))
    se = s_pooled * math.sqrt(1 / sa["nEff"] + 1 / sb["nEff"])
    df = max(1.0, sa["nEff"] + sb["nEff"] - 2)
    half = float(stats.t.ppf(0.975, df)) * se
    food_after = kind == "reintroduction-vs-elimination"
    sign = 1.0 if food_after == inp["outcome"]["higherIsWorse"] else -1.0
    lo, hi = d - half, d + half
    fe = sign * d
    fe_ci = [lo, hi] if sign > 0 else [-hi, -lo]
    mid = inp["mid"]
    prob = float(stats.norm.cdf((fe - mid) / se)) if se > 0 else (1.0 if fe >= mid else 0.0)
    res.update({"difference": d, "standardisedDifference": d / s_pooled if s_pooled > 0 else None,
                "pooledSd": s_pooled, "se": se, "df": df, "ci": [lo, hi], "foodEffect": fe,
                "foodEffectCi": fe_ci, "probabilityMeaningful": prob})
    r = inp["randomisation"]
    if r is not None and kind == "elimination-vs-baseline" and after["startDay"] == r["switchDay"]:
        p, k = randomisation_p(before, sa["firstUsableDay"], after, r["allowedSwitchDays"], r["switchDay"])
        res["randomisationP"], res["randomisationSwitchDays"] = p, k
    return res


def comparisons(inp):
    phases = sorted(inp["phases"], key=lambda p: p["startDay"])
    out = []
    for before, after in zip(phases, phases[1:]):
        if after["kind"] == "elimination" and before["kind"] in ("baseline", "reintroduction"):
            out.append(compare("elimination-vs-baseline", before, after, inp))
        elif after["kind"] == "reintroduction" and before["kind"] == "elimination":
            out.append(compare("reintroduction-vs-elimination", before, after, inp))
    return out


def verdict_kind(comps, mid):
    if not comps or any(not c["enoughData"] or c["difference"] is None for c in comps):
        return "not-enough-data"
    re = [c for c in comps if c["kind"] == "reintroduction-vs-elimination"]
    el = [c for c in comps if c["kind"] == "elimination-vs-baseline"]
    if re and all(c["foodEffectCi"][0] > 0 and c["foodEffect"] >= mid for c in re) \
            and all(c["foodEffect"] > 0 for c in el):
        return "looks-like-a-trigger"
    if all(c["ci"][0] >= -mid and c["ci"][1] <= mid for c in comps):
        return "no-meaningful-difference"
    return "inconclusive"


def main():
    cases = []
    for case in build_cases():
        comps = comparisons(case["input"])
        cases.append({**case, "expected": {"comparisons": comps, "verdictKind": verdict_kind(comps, case["input"]["mid"])}})
    t_quantiles = [{"p": p, "df": df, "value": float(stats.t.ppf(p, df))}
                   for df in (0.5, 1, 1.37, 2, 2.5, 3, 4.2, 5, 7.9, 10, 17.3, 30, 58.6, 100, 250, 1000)
                   for p in (0.6, 0.9, 0.95, 0.975, 0.995, 0.025, 0.001)]
    normal_cdf = [{"x": x, "value": float(stats.norm.cdf(x))} for x in (-7.5, -3.2, -1.96, -1, -0.25, 0, 0.4, 1.64, 2.5, 6)]
    doc = {"generatedBy": "scripts/reference/trials_reference.py",
           "numpy": np.__version__, "scipy": __import__("scipy").__version__,
           "tQuantiles": t_quantiles, "normalCdf": normal_cdf, "cases": cases}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(doc, indent=1, allow_nan=False) + "\n")
    print(f"wrote {OUT} ({len(cases)} cases, {len(t_quantiles)} t quantiles)")
    for c in cases:
        print(f"  {c['name']}: {c['expected']['verdictKind']}")


if __name__ == "__main__":
    main()
