#!/usr/bin/env python3
"""Why the trial results no longer show a block-bootstrap range (docs/statistics.md, section 5).

A circular block bootstrap of the reintroduction-minus-elimination difference, done as well as it can be:
gaps kept (blocks are runs of calendar days, unlogged days included), and the block length the Politis-White
rule gives for an AR(1) series with the TRUE correlation (b = (6 rho^2 / (1 - rho^2)^2)^(1/3) n^(1/3),
Politis & White 2004), which no real trial would know. Trials as in the simulation of BENCHMARKS.md: daily
0-10 scores, SD 1.5, AR(1) noise, no food effect, 10% of days missing, elimination 42 days and reintroduction
21 days with the first 7 of each left out. Prints how often the 95% range covers the true difference (0).

Run from the repository root:  python3 scripts/reference/bootstrap_check.py   (seeded; about a minute)
"""

import warnings

import numpy as np

RESAMPLES = 2000
TRIALS = 1000


def trial(rng, rho, sd=1.5, missing=0.1):
    days = 21 + 42 + 21
    e = np.empty(days)
    e[0] = rng.normal() * sd
    for t in range(1, days):
        e[t] = rho * e[t - 1] + rng.normal() * sd * np.sqrt(1 - rho * rho)
    y = np.clip(np.round(4.0 + e), 0, 10)
    y[rng.random(days) < missing] = np.nan
    return y[21 + 7:63], y[63 + 7:]


def bootstrap_means(slots, block, rng):
    n = slots.size
    blocks = int(np.ceil(n / block))
    starts = rng.integers(0, n, size=(RESAMPLES, blocks))
    idx = ((starts[:, :, None] + np.arange(block)[None, None, :]) % n).reshape(RESAMPLES, -1)[:, :n]
    return np.nanmean(slots[idx], axis=1)


def main():
    rng = np.random.default_rng(20261204)
    for rho in (0.3, 0.6, 0.8):
        covered = 0
        for _ in range(TRIALS):
            elimination, reintroduction = trial(rng, rho)
            length = lambda n: max(1, int(round((6 * rho ** 2 / (1 - rho ** 2) ** 2) ** (1 / 3) * n ** (1 / 3))))
            with warnings.catch_warnings():  # a resample of only unlogged days has no mean; it is left out
                warnings.simplefilter("ignore", RuntimeWarning)
                d = bootstrap_means(reintroduction, length(reintroduction.size), rng) - bootstrap_means(
                    elimination, length(elimination.size), rng)
            low, high = np.nanpercentile(d, [2.5, 97.5])
            covered += low <= 0 <= high
        print(f"rho {rho}: the block bootstrap's 95% range covers the true difference in {100 * covered / TRIALS:.1f}% of {TRIALS} trials")


if __name__ == "__main__":
    main()
