#!/usr/bin/env python3
"""Reference values for shared/trends, computed independently with numpy, scipy and Python's datetime.

The TypeScript code codes values once and ranks by counting; this script does the textbook thing instead
(scipy.stats.spearmanr, date.isocalendar(), plain slicing), so agreement to 1e-9 means both are right.
Inputs are generated from a fixed seed and written next to the expected values:

    python3 scripts/reference/trends_reference.py   # writes tests/fixtures/trends/reference.json

Conventions shared with the TypeScript (stated, not inferred):
- a missing day is None/NaN and never counts as a value;
- rolling mean: the `window` calendar days ending on the day, None when fewer than `min_points` values;
- weeks are ISO weeks (Monday first), months calendar months, every period from first to last day listed;
- Spearman: None when fewer than 3 complete pairs or either side constant (scipy gives nan there);
- Fisher z: z = atanh(rho), se = 1.06 / sqrt(n - 3), p = 2 * (1 - Phi(|z| / se)), band tanh(z -/+ 1.96 se).
"""
from __future__ import annotations

import json
import math
import warnings
from datetime import date, timedelta
from pathlib import Path

import numpy as np
from scipy import stats

OUT = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "trends" / "reference.json"
rng = np.random.default_rng(20240229)


def days(first: str, count: int) -> list[str]:
    d0 = date.fromisoformat(first)
    return [(d0 + timedelta(days=i)).isoformat() for i in range(count)]


def to_list(values: np.ndarray) -> list[float | None]:
    return [None if not np.isfinite(v) else float(v) for v in values]


def with_gaps(values: np.ndarray, share: float, blocks: list[tuple[int, int]]) -> np.ndarray:
    out = values.astype(float).copy()
    out[rng.random(len(out)) < share] = np.nan
    for start, length in blocks:
        out[start : start + length] = np.nan
    return out


# ---- inputs -------------------------------------------------------------------------------------------
series_inputs = {
    # Crosses the 2024 leap day and the March/October daylight-saving changes in Europe and the US.
    "floats_leap_dst": (days("2024-02-01", 280), with_gaps(rng.normal(5, 2, 280), 0.25, [(40, 10), (200, 3)])),
    # A 0-10 scale with many ties, across a year end where ISO week 1 of 2026 starts on 2025-12-29.
    "scale_year_end": (days("2025-12-10", 75), with_gaps(rng.integers(0, 11, 75), 0.2, [(30, 16)])),
    # Sparse logging: most windows fall short of min_points and must stay None.
    "sparse": (days("2023-01-01", 60), with_gaps(rng.integers(0, 5, 60), 0.65, [])),
    # Constant where logged.
    "constant": (days("2024-10-20", 30), with_gaps(np.full(30, 3.0), 0.2, [])),
}

rolling_params = [(7, 4), (14, 5), (3, 1), (1, 1)]


def rolling(values: np.ndarray, window: int, min_points: int) -> list[float | None]:
    out: list[float | None] = []
    for i in range(len(values)):
        w = values[max(0, i - window + 1) : i + 1]
        w = w[np.isfinite(w)]
        out.append(float(np.mean(w)) if len(w) >= min_points else None)
    return out


def periods(day_list: list[str], values: np.ndarray, kind: str) -> list[dict]:
    first, last = date.fromisoformat(day_list[0]), date.fromisoformat(day_list[-1])
    by_day = {date.fromisoformat(d): v for d, v in zip(day_list, values)}
    groups: dict[str, dict] = {}
    d = first
    while d <= last:
        if kind == "week":
            y, w, _ = d.isocalendar()
            key = f"{y}-W{w:02d}"
            start = d - timedelta(days=d.weekday())
            end = start + timedelta(days=6)
        else:
            key = f"{d.year}-{d.month:02d}"
            start = d.replace(day=1)
            end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        g = groups.setdefault(key, {"key": key, "start": start.isoformat(), "end": end.isoformat(), "values": []})
        v = by_day.get(d, np.nan)
        if np.isfinite(v):
            g["values"].append(v)
        d += timedelta(days=1)
    return [
        {"key": g["key"], "start": g["start"], "end": g["end"], "n": len(g["values"]),
         "mean": float(np.mean(g["values"])) if g["values"] else None}
        for g in groups.values()
    ]


def spearman(x: np.ndarray, y: np.ndarray) -> float | None:
    mask = np.isfinite(x) & np.isfinite(y)
    if mask.sum() < 3:
        return None
    xs, ys = x[mask], y[mask]
    if np.all(xs == xs[0]) or np.all(ys == ys[0]):
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rho = stats.spearmanr(xs, ys).statistic
    return float(rho)


def fisher(rho: float | None, n: int) -> dict:
    if rho is None or n <= 3:
        return {"p": None, "low": None, "high": None}
    if abs(rho) >= 1:
        return {"p": 0.0, "low": rho, "high": rho}
    z, se, q = math.atanh(rho), 1.06 / math.sqrt(n - 3), stats.norm.ppf(0.975)
    return {"p": float(min(1.0, 2 * stats.norm.sf(abs(z) / se))), "low": math.tanh(z - q * se), "high": math.tanh(z + q * se)}


def summary(values: np.ndarray) -> dict:
    idx = np.flatnonzero(np.isfinite(values))
    if len(idx) == 0:
        return {"n": 0, "mean": None, "min": None, "max": None, "firstWeekMean": None, "lastWeekMean": None, "change": None}
    first, last = idx[0], idx[-1]
    fw = values[first : first + 7]
    lw = values[max(0, last - 6) : last + 1]
    fwm, lwm = float(np.mean(fw[np.isfinite(fw)])), float(np.mean(lw[np.isfinite(lw)]))
    v = values[idx]
    return {"n": int(len(idx)), "mean": float(np.mean(v)), "min": float(v.min()), "max": float(v.max()),
            "firstWeekMean": fwm, "lastWeekMean": lwm, "change": (lwm - fwm) if last - first + 1 >= 14 else None}


# ---- expected -----------------------------------------------------------------------------------------
series_cases = []
for name, (day_list, values) in series_inputs.items():
    series_cases.append({
        "name": name,
        "days": day_list,
        "values": to_list(values),
        "rolling": [{"window": w, "minPoints": m, "expected": rolling(values, w, m)} for w, m in rolling_params],
        "weekly": periods(day_list, values, "week"),
        "monthly": periods(day_list, values, "month"),
        "summary": summary(values),
    })

n = 90
base = rng.normal(0, 1, n)
spearman_inputs = {
    "floats": (base, base * 0.5 + rng.normal(0, 1, n)),
    "ties_scale": (rng.integers(0, 11, n).astype(float), rng.integers(0, 4, n).astype(float)),
    "ties_negative": (np.round(base * 2), np.round(-base * 3 + rng.normal(0, 2, n))),
    "with_gaps": (with_gaps(base, 0.3, []), with_gaps(base + rng.normal(0, 1, n), 0.3, [(10, 5)])),
    "constant_x": (np.full(20, 4.0), rng.normal(0, 1, 20)),
    "constant_after_pairing": (np.array([1, 2, 3, 4, 5, 6.0]), np.array([np.nan, 2, 2, 2, np.nan, 2])),
    "two_pairs": (np.array([1.0, 2.0, np.nan]), np.array([3.0, 1.0, 2.0])),
    "three_pairs_reversed": (np.array([1.0, 2.0, 3.0]), np.array([9.0, 5.0, 1.0])),
    "mostly_ties": (np.array([0, 0, 0, 0, 1, 0, 0, 0, 1, 1.0]), np.array([1, 1, 2, 2, 2, 1, 1, 3, 3, 2.0])),
}
spearman_cases = [
    {"name": k, "x": to_list(x), "y": to_list(y), "expected": spearman(x, y)} for k, (x, y) in spearman_inputs.items()
]

# Lagged: skin on day t + L against the factor on day t, over one day axis.
N = 240
lag_days = days("2024-03-01", N)
dairy_raw = rng.integers(0, 5, N).astype(float)
skin_raw = np.full(N, np.nan)
skin_raw[2:] = np.clip(np.round(2 + 1.2 * dairy_raw[:-2] + rng.normal(0, 1.5, N - 2)), 0, 10)
skin = with_gaps(skin_raw, 0.2, [(100, 12)])
dairy = with_gaps(dairy_raw, 0.15, [(150, 8)])
sleep = with_gaps(np.round(rng.normal(7, 1, N) * 4) / 4, 0.1, [])
lagged_factors = {"dairy": dairy, "sleepHours": sleep}
lags = [0, 1, 2, 3, 5]
lagged_expected = {}
for key, f in lagged_factors.items():
    rows = []
    for L in lags:
        x, y = f[: N - L], skin[L:]
        mask = np.isfinite(x) & np.isfinite(y)
        rho = spearman(x, y)
        rows.append({"lag": L, "n": int(mask.sum()), "rho": rho, **fisher(rho, int(mask.sum()))})
    lagged_expected[key] = rows

reference = {
    "generatedBy": "scripts/reference/trends_reference.py",
    "numpy": np.__version__,
    "scipy": __import__("scipy").__version__,
    "series": series_cases,
    "spearman": spearman_cases,
    "lagged": {
        "days": lag_days,
        "skin": to_list(skin),
        "factors": {k: to_list(v) for k, v in lagged_factors.items()},
        "lags": lags,
        "expected": lagged_expected,
    },
}
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps(reference, indent=1) + "\n")
print(f"wrote {OUT.relative_to(Path.cwd()) if OUT.is_relative_to(Path.cwd()) else OUT}")
