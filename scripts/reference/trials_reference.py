#!/usr/bin/env python3
"""Independent reference figures for shared/trials/analysis (the method of docs/statistics.md).

The model itself is in trials_model.py (dense numpy matrices, scipy's t distribution); this file adds the
trial-level steps (phases seen at a look, the food effect, each switch, the verdict kind, the randomisation
test, the predicted chance of settling an open trial) and writes the fixtures the TypeScript is pinned to.

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

from trials_cases import build_cases
from trials_model import (SWITCH_DAYS_FOR_P, Z, Mixture, choose_look, day, effect_weights, fit, iso,
                          phases_through, summarise, window)

OUT = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "trials" / "reference.json"


def phase_pairs(kinds):
    out = []
    for i in range(1, len(kinds)):
        if kinds[i] == "elimination" and kinds[i - 1] in ("baseline", "reintroduction"):
            out.append(("elimination-vs-baseline", i - 1, i))
        elif kinds[i] == "reintroduction" and kinds[i - 1] == "elimination":
            out.append(("reintroduction-vs-elimination", i - 1, i))
    return out


def randomisation(inp, through):
    r = inp["randomisation"]
    s_real = r["switchDay"]
    ordered = sorted(inp["phases"], key=lambda p: p["startDay"])
    if ordered[0]["kind"] != "baseline" or ordered[1]["kind"] != "elimination" or ordered[1]["startDay"] != s_real:
        return None
    allowed = sorted(set(d for d in r["allowedSwitchDays"] if _is_day(d) and d > ordered[0]["startDay"]))
    if s_real > through or s_real not in allowed:
        return None
    span_end = day(allowed[0]) + (day(through) - day(s_real))
    scores = {}
    for p in ordered:
        last = min(p["endDay"], through)
        for e in p["series"]:
            if p["startDay"] <= e["day"] <= last and day(e["day"]) <= span_end and e["value"] is not None:
                scores[day(e["day"])] = float(e["value"])
    sign = 1.0 if inp["outcome"]["higherIsWorse"] else -1.0

    def T(s):
        shift = day(s) - day(s_real)
        b = ordered[0]
        wins = [(True, day(b["startDay"]) + dt.timedelta(days=b["transitionDays"]), day(s) - dt.timedelta(days=1))]
        for p in ordered[1:]:
            start = day(p["startDay"]) + shift
            if start > span_end:
                break
            end = day(min(p["endDay"], through)) + shift
            wins.append((p["kind"] != "elimination", start + dt.timedelta(days=int(p["transitionDays"])), min(end, span_end)))
        origin = wins[0][1]
        food, centre, n, means = [], [], [], []
        for f, a, z in wins:
            vals = [(k, scores[a + dt.timedelta(days=k)]) for k in range((z - a).days + 1)
                    if a + dt.timedelta(days=k) in scores]
            if not vals:
                continue
            food.append(f)
            n.append(len(vals))
            centre.append(np.mean([(a - origin).days + k for k, _ in vals]))
            means.append(np.mean([v for _, v in vals]))
        c, _ = effect_weights(food, centre, n)
        return None if c is None else sign * float(c @ np.array(means))

    t_obs = T(s_real)
    ts = [t for t in (T(s) for s in allowed) if t is not None]
    if t_obs is None:
        return None
    if len(ts) < SWITCH_DAYS_FOR_P:
        return {"p": None, "switchDays": len(ts), "asExtreme": None}
    k = sum(1 for t in ts if t >= t_obs - 1e-10 * max(1.0, abs(t_obs)))
    return {"p": k / len(ts), "switchDays": len(ts), "asExtreme": k}


def _is_day(text):
    try:
        dt.date.fromisoformat(text)
        return len(text) == 10
    except ValueError:
        return False


def layout(planned, share):
    positions, phase, d, usable = [], [], 0, 0
    for idx, (food, days, transition) in enumerate(planned):
        for i in range(days):
            if i >= transition:
                if math.floor((usable + 1) * share + 1e-9) > math.floor(usable * share + 1e-9):
                    positions.append(d)
                    phase.append(idx)
                usable += 1
            d += 1
    return positions, phase


def effect_se(f, planned, positions, phase):
    k = len(planned)
    counts = [phase.count(p) for p in range(k)]
    if min(counts) < 2:
        return None
    pos, ph = np.asarray(positions, float), np.asarray(phase)
    centres = [float(pos[ph == p].mean()) for p in range(k)]
    c, _ = effect_weights([p[0] for p in planned], centres, counts)
    rho = sum(r["w"] * r["rho"] for r in f["rows"])
    sd = math.sqrt(sum(r["w"] * r["scale2"] for r in f["rows"]))
    R = rho ** np.abs(pos[:, None] - pos[None, :])
    X = np.zeros((pos.size, k))
    X[np.arange(pos.size), ph] = 1
    Minv = np.linalg.inv(X.T @ np.linalg.solve(R, X))
    return sd * math.sqrt(float(c @ Minv @ c))


def chance_decisive(mean, sd, se, mid):
    cut = Z * se
    P = (lambda x: stats.norm.cdf((x - mean) / sd)) if sd > 0 else (lambda x: 1.0 if x >= mean else 0.0)
    inner = mid - cut
    if inner >= cut:
        return 1.0
    outer = P(-cut) + (1 - P(cut))
    return float(outer + P(inner) - P(-inner)) if inner > 0 else float(outer)


def settle(f, effect, mid, share, inp, running):
    plan_phases = sorted(inp["phases"], key=lambda p: p["startDay"])
    planned = [(p["kind"] != "elimination", (day(p["endDay"]) - day(p["startDay"])).days + 1, int(p["transitionDays"]))
               for p in plan_phases]
    if not share > 0 or len(planned) < 2:
        return None
    est, sd = effect["estimate"], effect["sd"]
    if running is not None:
        had_pos, had_phase, frm = running
        full_pos, full_phase = layout(planned, share)
        pos = list(had_pos) + [x for x in full_pos if x >= frm]
        ph = list(had_phase) + [full_phase[i] for i, x in enumerate(full_pos) if x >= frm]
        se = effect_se(f, planned, pos, ph)
        if se is None:
            return None
        chance = chance_decisive(est, math.sqrt(max(0.0, sd * sd - se * se)), se, mid)
        days = max(0, sum(p[1] for p in planned) - frm)
        return {"plan": "rest-of-trial", "days": days, "loggedDays": len(pos) - len(had_pos), "chance": chance,
                "likely": chance >= 0.8}
    best = None
    for plan, phases in (("same-again", planned), ("with-repeat", planned + planned[-2:])):
        pos, ph = layout(phases, share)
        se = effect_se(f, phases, pos, ph)
        if se is None:
            continue
        chance = chance_decisive(est, math.sqrt(sd * sd + se * se), se, mid)
        s = {"plan": plan, "days": sum(p[1] for p in phases), "loggedDays": len(pos), "chance": chance,
             "likely": chance >= 0.8}
        if s["likely"]:
            return s
        if best is None or chance > best["chance"]:
            best = s
    return best


def verdict_kind(look, effect, comps, mid):
    if look["kind"] == "waiting":
        return "waiting"
    if effect is None:
        return "not-enough-data"
    lo, hi = effect["decisionRange"]
    done = [c for c in comps if c["food"] is not None]
    has_r = any(c["kind"] == "reintroduction-vs-elimination" for c in done)
    if has_r and lo > 0 and hi >= mid and all(c["decisionRange"][1] > 0 for c in done):
        return "looks-like-a-trigger"
    if (effect["ci"][1] - effect["ci"][0]) / 2 > 2 * mid:
        return "not-enough-data"
    if lo >= -mid and hi <= mid and not any(c["decisionRange"][0] > mid or c["decisionRange"][1] < -mid for c in done):
        return "no-meaningful-difference"
    return "inconclusive"


def analyse(inp):
    look = choose_look(inp["schedule"], inp.get("family"))
    through = look["throughDay"] or inp["schedule"]["asOf"]
    seen = phases_through(inp["phases"], through)
    mid = inp["mid"] if inp["mid"] > 0 else 2.0
    origin = day(seen[0]["startDay"]) if seen else None
    phases, members, pos, vals, ph = [], [], [], [], []
    for p in seen:
        days, first, y = window(p)
        logged = y[~np.isnan(y)]
        s = {"phaseId": p["id"], "days": days, "usableDays": int(y.size), "loggedDays": int(logged.size),
             "mean": float(np.mean(logged)) if logged.size else None,
             "sd": float(np.std(logged, ddof=1)) if logged.size >= 2 else None,
             "level": None, "effectiveDays": None, "firstUsableDay": iso(first)}
        if logged.size >= 2:
            off = (first - origin).days
            for i in np.nonzero(~np.isnan(y))[0]:
                pos.append(off + int(i))
                vals.append(float(y[i]))
                ph.append(len(members))
            members.append(len(phases))
        phases.append(s)
    waiting = look["kind"] == "waiting"
    f = fit(pos, vals, ph, len(members), inp["outcome"]["step"]) if members and not waiting else None
    out = {"look": look, "phases": phases, "model": None, "effect": None, "comparisons": [], "randomisation": None,
           "settle": None}
    if f is None:
        out["verdictKind"] = verdict_kind(look, None, [], mid)
        return out
    for m, i in enumerate(members):
        phases[i]["level"] = sum(r["w"] * r["beta"][m] for r in f["rows"])
        phases[i]["effectiveDays"] = sum(r["w"] / r["Minv"][m, m] for r in f["rows"])
    cum = np.cumsum([r["w"] for r in f["rows"]])
    grid = [r["rho"] for r in f["rows"]]
    out["model"] = {"loggedDays": f["n"], "phases": f["k"], "df": f["df"],
                    "rho": {"mean": sum(r["w"] * r["rho"] for r in f["rows"]),
                            "low": grid[int(np.argmax(cum >= 0.025))], "high": grid[int(np.argmax(cum >= 0.975))]},
                    "sd": math.sqrt(sum(r["w"] * r["scale2"] for r in f["rows"]))}
    orient = 1.0 if inp["outcome"]["higherIsWorse"] else -1.0
    kinds = [seen[i]["kind"] for i in members]
    P, PH = np.asarray(pos), np.asarray(ph)
    c, balanced = effect_weights([k != "elimination" for k in kinds],
                                 [float(P[PH == m].mean()) for m in range(len(members))],
                                 [int(np.sum(PH == m)) for m in range(len(members))])
    effect = None
    if c is not None:
        mx = Mixture(f, orient * c)
        effect = summarise(mx, mid, look["rangeLevel"])
        effect["decisionRange"] = mx.central(look["level"])
        effect["weights"] = [{"phaseId": seen[i]["id"], "weight": float(c[m])} for m, i in enumerate(members)]
        effect["driftBalanced"] = balanced
    comps = []
    for kind, a, b in phase_pairs([p["kind"] for p in seen]):
        comp = {"kind": kind, "cycle": seen[b]["cycle"], "difference": None, "ci": None, "food": None,
                "decisionRange": None}
        if a in members and b in members:
            sign = 1.0 if (kind == "reintroduction-vs-elimination") == inp["outcome"]["higherIsWorse"] else -1.0
            cc = np.zeros(len(members))
            cc[members.index(a)], cc[members.index(b)] = -sign, sign
            mx = Mixture(f, cc)
            food = summarise(mx, mid, look["rangeLevel"])
            comp.update({"difference": sign * food["estimate"],
                         "ci": food["ci"] if sign > 0 else [-food["ci"][1], -food["ci"][0]],
                         "food": food, "decisionRange": mx.central(look["level"])})
        comps.append(comp)
    out.update({"effect": effect, "comparisons": comps})
    if inp["randomisation"] is not None:
        out["randomisation"] = randomisation(inp, through)
    kind = verdict_kind(look, effect, comps, mid)
    out["verdictKind"] = kind
    if effect is not None and kind in ("inconclusive", "not-enough-data"):
        usable = sum(p["usableDays"] for p in phases)
        logged = sum(p["loggedDays"] for p in phases)
        plan = sorted(inp["phases"], key=lambda p: p["startDay"])
        running = None
        if look["kind"] == "interim":
            index = [next(j for j, q in enumerate(plan) if q["id"] == seen[i]["id"]) for i in members]
            running = (pos, [index[m] for m in ph], (day(look["throughDay"]) - origin).days + 1)
        out["settle"] = settle(f, effect, mid, logged / usable if usable else 0.0, inp, running)
    return out


def main():
    cases = [{**case, "expected": analyse(case["input"])} for case in build_cases()]
    doc = {"generatedBy": "scripts/reference/trials_reference.py",
           "numpy": np.__version__, "scipy": __import__("scipy").__version__,
           "tQuantiles": [{"p": p, "df": d, "value": float(stats.t.ppf(p, d))}
                          for d in (0.5, 1, 1.37, 2, 2.5, 3, 4.2, 5, 7.9, 10, 17.3, 30, 58.6, 100, 250, 1000)
                          for p in (0.6, 0.9, 0.95, 0.975, 0.995, 0.025, 0.001)],
           "tTails": [{"t": t, "df": d, "value": float(stats.t.sf(t, d))}
                      for d in (1, 3.5, 20, 61, 200) for t in (-4, -1.5, 0, 0.7, 2.2, 9, 40)],
           "normalCdf": [{"x": x, "value": float(stats.norm.cdf(x))}
                         for x in (-7.5, -3.2, -1.96, -1, -0.25, 0, 0.4, 1.64, 2.5, 6)],
           "cases": cases}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(doc, indent=1, allow_nan=False) + "\n")
    print(f"wrote {OUT} ({len(cases)} cases)")
    for c in cases:
        e = c["expected"]
        print(f"  {c['name']}: {e['verdictKind']} ({e['look']['kind']})")


if __name__ == "__main__":
    main()
