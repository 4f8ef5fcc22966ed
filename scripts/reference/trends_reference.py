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
- associations (docs/statistics-associations.md), computed here by direct sums where the TypeScript uses FFTs:
  rank autocorrelation of a series: average ranks (scipy.stats.rankdata) of its logged values, centred; lag j
  = mean product over pairs of logged days j apart / variance of all logged ranks (not clipped), 0 with
  no such pair or a constant series; computed to lag K = min(365, floor(days on the axis / 5));
  paired days of (factor, lag L): day t when factor[t] and skin[t + L] are both logged; pairs(j) = number of
  pairs of paired days j apart, for j <= min(365, floor(span / 5)), span = last - first paired day + 1;
  effective days: 1 / (1/n + 2/n^2 * sum_j pairs(j) acf_factor(j) acf_skin(j)), capped at n;
  p: two-sided Student t on rho * sqrt((nEff - 2) / (1 - rho^2)) with nEff - 2 df, None when nEff <= 3;
  q: scipy.stats.false_discovery_control(method="bh") over every judged (factor, lag): n >= 14 and a rho;
  a finding passes at q <= 0.05.
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


MAX_LAG_DAYS = 365
MIN_DAYS = 14
FDR = 0.05


def max_lag_for(span: int) -> int:
    return min(MAX_LAG_DAYS, span // 5)


def rank_acf(values: np.ndarray, max_lag: int) -> np.ndarray:
    mask = np.isfinite(values)
    n = int(mask.sum())
    out = np.zeros(max_lag + 1)
    d = np.zeros(len(values))
    if n >= 2:
        d[mask] = stats.rankdata(values[mask]) - (n + 1) / 2
    var = float((d[mask] ** 2).sum() / n) if n >= 2 else 0.0
    if var <= 0:
        return out
    out[0] = 1.0
    for j in range(1, min(max_lag, len(values) - 1) + 1):
        both = mask[:-j] & mask[j:]
        pairs = int(both.sum())
        if pairs < 1:
            continue
        out[j] = float((d[:-j] * d[j:])[both].sum()) / pairs / var
    return out


def paired_mask(factor: np.ndarray, skin: np.ndarray, lag: int) -> np.ndarray:
    m = np.zeros(len(skin), dtype=bool)
    m[: len(skin) - lag] = np.isfinite(factor[: len(skin) - lag]) & np.isfinite(skin[lag:])
    return m


def paired_counts(mask: np.ndarray) -> tuple[np.ndarray, int]:
    idx = np.flatnonzero(mask)
    if len(idx) == 0:
        return np.zeros(1), 0
    span = int(idx[-1] - idx[0] + 1)
    k = max_lag_for(span)
    pairs = np.array([int(mask.sum())] + [int((mask[:-j] & mask[j:]).sum()) for j in range(1, k + 1)], dtype=float)
    return pairs, span


def effective_days(n: int, pairs: np.ndarray, acf_x: np.ndarray, acf_y: np.ndarray) -> float:
    k = min(len(pairs) - 1, len(acf_x) - 1, len(acf_y) - 1)
    total = float(sum(pairs[j] * acf_x[j] * acf_y[j] for j in range(1, k + 1)))
    inverse = 1 / n + 2 * total / (n * n)
    return float(n) if inverse <= 1 / n else 1 / inverse


def correlation_p(rho: float, n_eff: float) -> float | None:
    if not n_eff > 3:
        return None
    if abs(rho) >= 1:
        return 0.0
    df = n_eff - 2
    t = abs(rho) * math.sqrt(df / (1 - rho * rho))
    return float(min(1.0, 2 * stats.t.sf(t, df)))


def associations(skin: np.ndarray, factors: dict[str, np.ndarray], lags: list[int]) -> dict:
    """Every (factor, lag): rho, n, nEff, p, q, passes; judged together as the page judges them."""
    k = max_lag_for(len(skin))
    acf_skin = rank_acf(skin, k)
    rows: dict[str, list[dict]] = {}
    for key, f in factors.items():
        acf_f = rank_acf(f, k)
        rows[key] = []
        for lag in lags:
            x, y = f[: len(f) - lag], skin[lag:]
            n = int((np.isfinite(x) & np.isfinite(y)).sum())
            rho = spearman(x, y)
            row = {"lag": lag, "n": n, "rho": rho, "nEff": None, "p": None}
            if n >= MIN_DAYS and rho is not None:
                pairs, _ = paired_counts(paired_mask(f, skin, lag))
                row["nEff"] = effective_days(n, pairs, acf_f, acf_skin)
                row["p"] = correlation_p(rho, row["nEff"])
            rows[key].append(row)
    judged = [r for key in factors for r in rows[key] if r["p"] is not None]
    qs = stats.false_discovery_control([r["p"] for r in judged], method="bh") if judged else []
    for r in (r for key in factors for r in rows[key]):
        r["q"], r["passes"] = None, False
    for r, q in zip(judged, qs):
        r["q"], r["passes"] = float(q), bool(q <= FDR)
    return rows


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
lagged_expected = associations(skin, lagged_factors, lags)


# Associations with the features that matter for the correction: skin alike from day to day (AR(1), 0.8),
# dairy eaten in runs and followed by skin a day later, sleep drifting slowly, a supplement started once, a
# factor logged too rarely, one that never changes, blocks of missed days; over two years, so the autocorrelation
# is summed to 146 lags and a paired span of 730 days.
def ar1(n: int, phi: float) -> np.ndarray:
    out, x = np.empty(n), rng.normal()
    for t in range(n):
        out[t] = x
        x = phi * x + math.sqrt(1 - phi * phi) * rng.normal()
    return out


def runs(n: int, stay: float) -> np.ndarray:
    out, on = np.empty(n), rng.random() < 0.5
    for t in range(n):
        out[t] = float(rng.integers(1, 4)) if on else 0.0
        if rng.random() > stay:
            on = not on
    return out


A = 730
assoc_dairy_raw = runs(A, 0.85)
assoc_skin_raw = np.clip(np.round(5 + 1.8 * ar1(A, 0.8) + 0.6 * np.concatenate([[0.0], assoc_dairy_raw[:-1]])), 0, 10)
assoc_factors = {
    "dairy": with_gaps(assoc_dairy_raw, 0.05, []),
    "sleepHours": with_gaps(np.round((7 + 0.8 * ar1(A, 0.9) + np.linspace(0, 1, A)) * 4) / 4, 0.1, [(300, 20)]),
    "zinc": with_gaps((np.arange(A) >= 290).astype(float) * (rng.random(A) < 0.9), 0.0, []),
    "stress": with_gaps(np.clip(np.round(4 + 1.8 * ar1(A, 0.5)), 0, 10), 0.12, [(500, 9)]),
    "rare": with_gaps(rng.integers(0, 3, A).astype(float), 0.985, []),
    "constant": with_gaps(np.full(A, 2.0), 0.1, []),
}
assoc_skin = with_gaps(assoc_skin_raw, 0.1, [(100, 14), (400, 30)])
for key in ("dairy", "zinc"):  # supplements and foods are answered on the check-in: blank with the day
    assoc_factors[key][~np.isfinite(assoc_skin)] = np.nan
assoc_lags = [0, 1, 2, 3]
assoc_k = max_lag_for(A)
assoc_expected = associations(assoc_skin, assoc_factors, assoc_lags)
assoc_acf = {key: rank_acf(v, assoc_k).tolist() for key, v in {"skin": assoc_skin, **assoc_factors}.items()}
paired_example, paired_span = paired_counts(paired_mask(assoc_factors["sleepHours"], assoc_skin, 2))

bh_p = [0.01, 0.04, 0.03, 0.2, 0.01, 0.5, 0.0, 1.0, 0.049, 0.0125]
bh_expected = stats.false_discovery_control(bh_p, method="bh").tolist()

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
    "associations": {
        "days": days("2024-01-01", A),
        "skin": to_list(assoc_skin),
        "factors": {k: to_list(v) for k, v in assoc_factors.items()},
        "lags": assoc_lags,
        "maxLag": assoc_k,
        "acf": assoc_acf,
        "pairedSleepLag2": {"pairs": paired_example.tolist(), "span": paired_span},
        "expected": assoc_expected,
    },
    "benjaminiHochberg": {"p": bh_p, "expected": bh_expected},
}
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps(reference, indent=1) + "\n")
print(f"wrote {OUT.relative_to(Path.cwd()) if OUT.is_relative_to(Path.cwd()) else OUT}")
