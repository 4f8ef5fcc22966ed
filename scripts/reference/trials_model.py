"""The model of docs/statistics.md in numpy/scipy, for scripts/reference/trials_reference.py.

Written separately from the TypeScript, with dense numpy matrices and scipy's distributions, so the two can
only agree if both follow the documented method:
  - one mean per phase, AR(1) errors over the calendar: Cov(e_i, e_j) = sigma^2 rho^|t_i - t_j| (here the
    correlation matrix R is built and factorised whole, where the TypeScript uses the gap-aware Prais-Winsten
    transform),
  - rho on the grid 0.01, 0.03, ..., 0.99 with weights prop. to (1 - rho^2)^(-1/2) |R|^(-1/2) |X'R^-1X|^(-1/2)
    (S + q)^(-(n-k)/2), q = step^2 / 12,
  - any contrast: a mixture over the grid of Student t with n - k df, location c'b, scale^2 (S+q)/(n-k) c'M^-1 c,
  - the food effect's drift-balanced weights, the looks, the verdict kind, the randomisation test and the
    predicted chance that more data would settle an open trial.

"""

from __future__ import annotations

import datetime as dt
import itertools
import math

import numpy as np
from scipy import optimize, stats

GRID = np.array([(2 * j + 1) / 100 for j in range(50)])
FINAL, EARLY = 0.95, 0.999
SWITCH_DAYS_FOR_P = 21
FLOOR = 1e-6
Z = stats.norm.ppf(0.975)


def day(text):
    return dt.date.fromisoformat(text)


def iso(d):
    return d.isoformat()


# ------------------------------------------------------------------------------------------------ looks

def choose_look(schedule, family):
    ends = sorted(schedule["cycleEnds"])
    planned_end = ends[-1] if ends else schedule["asOf"]
    status, as_of = schedule["status"], schedule["asOf"]
    if status == "finished":
        look = {"kind": "final", "throughDay": as_of, "nextLookDay": None, "level": FINAL}
    elif status != "running":
        reached = bool(ends) and as_of >= planned_end
        look = {"kind": "final" if reached else "early", "throughDay": as_of, "nextLookDay": None,
                "level": FINAL if reached else EARLY}
    else:
        passed = [d for d in ends if d < as_of and d < planned_end]
        nxt = next((d for d in ends if d >= as_of), planned_end)
        if not passed:
            look = {"kind": "waiting", "throughDay": None, "nextLookDay": nxt, "level": FINAL}
        else:
            look = {"kind": "interim", "throughDay": passed[-1], "nextLookDay": nxt, "level": EARLY}
    m = max(1, int(family or 1))
    look["level"] = 1 - (1 - look["level"]) / m
    look["rangeLevel"] = 1 - (1 - FINAL) / m
    return look


# ------------------------------------------------------------------------------------------- the data

def phases_through(phases, through):
    out = []
    for p in sorted(phases, key=lambda p: p["startDay"]):
        if p["startDay"] > through:
            continue
        out.append({**p, "endDay": min(p["endDay"], through)})
    return out


def window(phase):
    start, end = day(phase["startDay"]), day(phase["endDay"])
    days = max(0, (end - start).days + 1)
    transition = min(days, max(0, int(phase["transitionDays"])))
    first = start + dt.timedelta(days=transition)
    y = np.full(days - transition, np.nan)
    for e in phase["series"]:
        i = (day(e["day"]) - first).days
        if 0 <= i < y.size and e["value"] is not None:
            y[i] = e["value"]
    return days, first, y


# ------------------------------------------------------------------------------------------- the model

def fit(positions, values, phase, k, step):
    t = np.asarray(positions, dtype=float)
    y = np.asarray(values, dtype=float)
    n = y.size
    X = np.zeros((n, k))
    X[np.arange(n), phase] = 1.0
    q = step * step / 12.0
    rows = []
    for rho in GRID:
        R = rho ** np.abs(t[:, None] - t[None, :])
        L = np.linalg.cholesky(R)
        Xs = np.linalg.solve(L, X)
        ys = np.linalg.solve(L, y)
        M = Xs.T @ Xs
        Minv = np.linalg.inv(M)
        b = Minv @ (Xs.T @ ys)
        r = ys - Xs @ b
        S = float(r @ r)
        logpost = (-0.5 * math.log(1 - rho * rho) - 0.5 * np.linalg.slogdet(R)[1]
                   - 0.5 * np.linalg.slogdet(M)[1] - 0.5 * (n - k) * math.log(S + q))
        rows.append({"rho": rho, "beta": b, "Minv": Minv, "scale2": (S + q) / (n - k), "lp": logpost})
    lp = np.array([r["lp"] for r in rows])
    w = np.exp(lp - lp.max())
    w /= w.sum()
    for r, wi in zip(rows, w):
        r["w"] = float(wi)
    return {"n": n, "k": k, "df": n - k, "rows": rows}


class Mixture:
    def __init__(self, f, c):
        c = np.asarray(c, dtype=float)
        self.df = f["df"]
        self.w = np.array([r["w"] for r in f["rows"]])
        self.m = np.array([c @ r["beta"] for r in f["rows"]])
        self.s = np.array([math.sqrt(r["scale2"] * (c @ r["Minv"] @ c)) for r in f["rows"]])
        self.mean = float(self.w @ self.m)
        vf = self.df / (self.df - 2) if self.df > 2 else math.inf
        self.sd = math.sqrt(float(self.w @ (self.s ** 2 * vf + (self.m - self.mean) ** 2)))

    def above(self, x):
        return float(self.w @ stats.t.sf((x - self.m) / self.s, self.df))

    def below(self, x):
        return float(self.w @ stats.t.cdf((x - self.m) / self.s, self.df))

    def quantile(self, p):
        g = (lambda x: self.below(x) - p) if p < 0.5 else (lambda x: 1 - p - self.above(x))
        lo, hi = float(np.min(self.m - 60 * self.s)), float(np.max(self.m + 60 * self.s))
        while g(lo) > 0:
            lo -= hi - lo
        while g(hi) < 0:
            hi += hi - lo
        return optimize.brentq(g, lo, hi, xtol=1e-14, rtol=4 * np.finfo(float).eps, maxiter=500)

    def central(self, level):
        a = (1 - level) / 2
        return [self.quantile(a), self.quantile(1 - a)]


def bounded(p):
    return min(1 - FLOOR, max(FLOOR, p))


def summarise(mx, mid, level):
    meaningful, better = mx.above(mid), mx.below(-mid)
    return {"estimate": mx.mean, "ci": mx.central(level), "sd": mx.sd,
            "probabilityWorse": bounded(mx.above(0.0)), "probabilityMeaningful": bounded(meaningful),
            "probabilityWithin": bounded(1 - meaningful - better), "probabilityMeaningfullyBetter": bounded(better)}


def effect_weights(food, centre, n):
    """min sum c^2/n s.t. sum_food c = 1, sum_elim c = -1, sum c*centre = 0, signs kept (KKT, all active sets)."""
    k = len(food)
    if all(food) or not any(food):
        return None, False
    t = np.asarray(centre, dtype=float) - min(centre)
    v = 1.0 / np.maximum(1, np.asarray(n, dtype=float))
    best = None
    for act in itertools.product([False, True], repeat=k):
        idx = [p for p in range(k) if act[p]]
        if not any(food[p] for p in idx) or all(food[p] for p in idx):
            continue
        A = np.array([[1.0 if food[p] else 0.0 for p in idx], [0.0 if food[p] else 1.0 for p in idx], [t[p] for p in idx]])
        m = len(idx)
        K = np.zeros((m + 3, m + 3))
        K[:m, :m] = np.diag(1 / v[idx])
        K[:m, m:] = -A.T
        K[m:, :m] = A
        rhs = np.concatenate([np.zeros(m), [1.0, -1.0, 0.0]])
        if len({t[p] for p in idx if food[p]}) < 2 and len({t[p] for p in idx if not food[p]}) < 2:
            continue  # the centre constraint would repeat the other two
        x = np.linalg.solve(K, rhs)[:m]
        if any((x[j] < -1e-12) if food[p] else (x[j] > 1e-12) for j, p in enumerate(idx)):
            continue
        obj = float(np.sum(x * x * v[idx]))
        if best is None or obj < best[0] - 1e-15:
            c = np.zeros(k)
            c[idx] = x
            best = (obj, c)
    if best is not None:
        return best[1], True
    nf = sum(max(1, n[p]) for p in range(k) if food[p])
    ne = sum(max(1, n[p]) for p in range(k) if not food[p])
    return np.array([max(1, n[p]) / nf if food[p] else -max(1, n[p]) / ne for p in range(k)]), False
