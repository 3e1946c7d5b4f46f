#!/usr/bin/env python3
"""Generate golden FSRS-6 fixtures for Rehearse's `FSRS` Swift module.

The Swift scheduler must reproduce py-fsrs 6.3.2 exactly (see shared/reference/fsrs6.md). This
script drives py-fsrs through review sequences and records what it computes, so the Swift tests
can replay the same sequences without Python:

  Tests/FSRSTests/Fixtures/worked_examples.json   the five worked examples of fsrs6.md section 7
  Tests/FSRSTests/Fixtures/random_sequences.json  seeded random sequences (fuzz off)
  Tests/FSRSTests/Fixtures/scheduler_functions.json  py-fsrs's interval rounding and fuzz ranges

Usage (py-fsrs is not a dependency of Rehearse; install it in a throwaway virtualenv):

  python3 -m venv /tmp/fsrsvenv && /tmp/fsrsvenv/bin/pip install fsrs==6.3.2
  /tmp/fsrsvenv/bin/python Tests/FSRSTests/gen_fsrs_fixtures.py [--out DIR] [--check-reference FSRS6_MD]

--check-reference compares the worked examples against the tables in fsrs6.md and reports every
cell that differs. The output is deterministic: the same script gives byte-identical JSON.

Fixture format (one object per sequence):

  {"name": ..., "config": {"parameters": [21 floats] or null for the defaults,
                           "desired_retention": float, "learning_steps": [seconds],
                           "relearning_steps": [seconds], "maximum_interval": days},
   "reviews": [{"rating": 1-4, "at": ISO-8601 UTC,
                "elapsed_days": whole 24 h periods since the last review, or null,
                "retrievability": R before the review,
                "state": 1-3, "step": int or null, "stability": float, "difficulty": float,
                "due": ISO-8601 UTC}]}

Floats are written with Python's repr (json's default), so they round-trip exactly.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import types
from datetime import datetime, timedelta, timezone
from pathlib import Path

from fsrs import Card, Rating, Scheduler
import fsrs.scheduler as fsrs_scheduler
from fsrs.scheduler import DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

EXPECTED_VERSION = "6.3.2"
CARD_ID = 1  # A fixed id: Card() without one reads the wall clock and sleeps.
SEED = 20250101  # Seed of the random-sequence generator.
RANDOM_SEQUENCE_COUNT = 360
DAY = 86400

UTC = timezone.utc


# ----------------------------------------------------------------------------------------------
# Formatting helpers


def iso(moment: datetime) -> str:
  """Format a UTC datetime as ISO 8601 with a trailing Z (whole seconds only)."""
  assert moment.tzinfo == UTC and moment.microsecond == 0, moment
  return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> datetime:
  """Parse the ISO 8601 form used in the fixtures and in fsrs6.md ("2025-01-01 09:00:00")."""
  text = text.replace("T", " ").rstrip("Z")
  return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


# ----------------------------------------------------------------------------------------------
# Running py-fsrs


def make_scheduler(config: dict) -> Scheduler:
  """Build a py-fsrs Scheduler (fuzz off) from a fixture config."""
  parameters = config["parameters"] if config["parameters"] is not None else DEFAULT_PARAMETERS
  return Scheduler(
    parameters=parameters,
    desired_retention=config["desired_retention"],
    learning_steps=[timedelta(seconds=s) for s in config["learning_steps"]],
    relearning_steps=[timedelta(seconds=s) for s in config["relearning_steps"]],
    maximum_interval=config["maximum_interval"],
    enable_fuzzing=False,
  )


def record_review(scheduler: Scheduler, card: Card, rating: int, at: datetime):
  """Review `card` once and return (card after, fixture row)."""
  # R before the review, exactly as py-fsrs reports it (0 for a never-reviewed card).
  retrievability = float(scheduler.get_card_retrievability(card, at))
  elapsed = (at - card.last_review).days if card.last_review is not None else None
  after, _ = scheduler.review_card(card, Rating(rating), review_datetime=at)
  row = {
    "rating": rating,
    "at": iso(at),
    "elapsed_days": elapsed,
    "retrievability": retrievability,
    "state": int(after.state),
    "step": after.step,
    "stability": float(after.stability),
    "difficulty": float(after.difficulty),
    "due": iso(after.due),
  }
  return after, row


def run_sequence(name: str, config: dict, ratings_and_times) -> dict:
  """Replay (rating, datetime) pairs through py-fsrs and return one fixture sequence."""
  scheduler = make_scheduler(config)
  first_at = ratings_and_times[0][1]
  card = Card(card_id=CARD_ID, due=first_at)
  rows = []
  for rating, at in ratings_and_times:
    card, row = record_review(scheduler, card, rating, at)
    rows.append(row)
  return {"name": name, "config": config, "reviews": rows}


def config_of(
  desired_retention: float = 0.9,
  learning_steps=(60, 600),
  relearning_steps=(600,),
  maximum_interval: int = 36500,
  parameters=None,
) -> dict:
  """A fixture config; `parameters=None` stands for py-fsrs's DEFAULT_PARAMETERS."""
  return {
    "parameters": None if parameters is None else list(parameters),
    "desired_retention": desired_retention,
    "learning_steps": list(learning_steps),
    "relearning_steps": list(relearning_steps),
    "maximum_interval": maximum_interval,
  }


# ----------------------------------------------------------------------------------------------
# (a) The five worked examples of fsrs6.md section 7: ratings, times and configs.


def worked_examples() -> list[dict]:
  """Run the five worked examples of fsrs6.md section 7 through py-fsrs."""
  default = config_of()
  one_step = config_of(desired_retention=0.8, learning_steps=(600,), relearning_steps=(600,))
  specs = [
    ("example 1", default, [
      (3, "2025-01-01 09:00:00"), (3, "2025-01-01 09:10:00"), (3, "2025-01-03 09:10:00"),
      (3, "2025-01-14 09:10:00"), (3, "2025-03-01 09:10:00"),
    ]),
    ("example 2", default, [
      (1, "2025-01-01 09:00:00"), (2, "2025-01-01 09:01:00"), (3, "2025-01-01 09:06:30"),
      (3, "2025-01-01 09:16:30"), (2, "2025-01-02 09:16:30"), (4, "2025-01-03 09:16:30"),
    ]),
    ("example 3", default, [
      (4, "2025-01-01 09:00:00"), (3, "2025-01-09 09:00:00"), (1, "2025-02-14 09:00:00"),
      (3, "2025-02-14 09:10:00"), (3, "2025-02-18 09:10:00"),
    ]),
    ("example 4", default, [
      (1, "2025-01-01 09:00:00"), (3, "2025-01-01 09:01:00"), (3, "2025-01-01 09:11:00"),
      (1, "2026-02-05 18:30:00"), (1, "2026-02-05 18:40:00"), (3, "2026-02-05 18:50:00"),
      (3, "2027-01-01 06:00:00"), (3, "2027-01-23 06:00:00"),
    ]),
    ("example 5", one_step, [
      (2, "2025-03-10 20:00:00"), (3, "2025-03-10 20:15:00"), (1, "2025-03-14 08:00:00"),
      (2, "2025-03-14 08:10:00"), (3, "2025-03-14 08:25:00"), (3, "2025-03-14 23:59:00"),
      (4, "2025-03-16 23:58:59"),
    ]),
  ]
  return [
    run_sequence(name, config, [(g, parse_iso(t)) for g, t in rows])
    for name, config, rows in specs
  ]


# ----------------------------------------------------------------------------------------------
# (b) Seeded random sequences.

LEARNING_STEP_VARIANTS = [[], [60], [60, 600], [300, 1800, 7200]]
RELEARNING_STEP_VARIANTS = [[], [600], [600, 3600]]
# Mostly the default cap, sometimes a small one so the clamp is exercised.
MAXIMUM_INTERVAL_VARIANTS = [36500] * 6 + [365, 365, 30, 30, 100, 7]
# Rating weights (Again, Hard, Good, Easy) for a few kinds of learner.
RATING_PROFILES = [
  (0.25, 0.25, 0.25, 0.25),  # uniform
  (0.10, 0.10, 0.65, 0.15),  # mostly Good
  (0.35, 0.25, 0.30, 0.10),  # struggling
  (0.05, 0.10, 0.35, 0.50),  # mostly Easy
]


def perturbed_parameters(rng: random.Random) -> list[float]:
  """Defaults moved randomly inside py-fsrs's bounds; some land exactly on a bound."""
  weights = []
  for default, lo, hi in zip(DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS):
    roll = rng.random()
    if roll < 0.3:
      value = default  # keep some defaults
    elif roll < 0.9:
      # Multiplicative jitter around the default (additive for a zero default).
      value = default * math.exp(rng.gauss(0.0, 0.5)) if default > 0 else rng.uniform(lo, hi)
    elif roll < 0.95:
      value = lo
    else:
      value = hi
    weights.append(min(max(value, lo), hi))
  # The decay is trainable in FSRS-6; spread it over its whole range.
  if rng.random() < 0.7:
    weights[20] = rng.uniform(LOWER_BOUNDS_PARAMETERS[20], UPPER_BOUNDS_PARAMETERS[20])
  return weights


def random_gap(rng: random.Random, card: Card, at: datetime) -> int:
  """Seconds until the next review: same-day, 24 h boundaries, near due, or log-uniform long."""
  kind = rng.random()
  if kind < 0.25:
    # Same day: 1 minute to 6 hours, log-uniform.
    return round(math.exp(rng.uniform(math.log(60), math.log(6 * 3600))))
  if kind < 0.40:
    # Exactly on (or one second either side of) a whole number of 24 h periods.
    days = rng.choice([1, 1, 1, 2, 3, 7, 30, rng.randint(1, 400)])
    return days * DAY + rng.choice([-1, 0, 0, 1])
  if kind < 0.70:
    # Around the due time, give or take half a day (at least one minute after the review).
    until_due = (card.due - at).total_seconds()
    return max(60, round(until_due + rng.uniform(-0.5, 0.5) * DAY))
  # Anything from 1 minute to about 3 years, log-uniform.
  return round(math.exp(rng.uniform(math.log(60), math.log(3 * 365 * DAY))))


def random_sequence(rng: random.Random, index: int) -> dict:
  """One random configuration and review history, recorded through py-fsrs."""
  custom = index % 3 == 2  # about a third use custom parameters
  config = config_of(
    desired_retention=round(rng.uniform(0.70, 0.97), 4),
    learning_steps=rng.choice(LEARNING_STEP_VARIANTS),
    relearning_steps=rng.choice(RELEARNING_STEP_VARIANTS),
    maximum_interval=rng.choice(MAXIMUM_INTERVAL_VARIANTS),
    parameters=perturbed_parameters(rng) if custom else None,
  )
  profile = rng.choice(RATING_PROFILES)
  length = rng.randint(3, 25)
  scheduler = make_scheduler(config)
  # Start somewhere in 2024-2026, on a whole second.
  at = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(3 * 365 * DAY))
  card = Card(card_id=CARD_ID, due=at)
  rows = []
  for _ in range(length):
    rating = rng.choices([1, 2, 3, 4], weights=profile)[0]
    card, row = record_review(scheduler, card, rating, at)
    rows.append(row)
    at = at + timedelta(seconds=random_gap(rng, card, at))
  return {"name": f"random {index}", "config": config, "reviews": rows}


def random_sequences() -> list[dict]:
  """RANDOM_SEQUENCE_COUNT sequences from a fixed seed."""
  rng = random.Random(SEED)
  return [random_sequence(rng, i) for i in range(RANDOM_SEQUENCE_COUNT)]


# ----------------------------------------------------------------------------------------------
# (c) Interval rounding and fuzz ranges, straight from py-fsrs's own functions.


def py_fuzz_range(scheduler: Scheduler, interval_days: int):
  """Call py-fsrs's nested `_get_fuzz_range` (a closure over `self`) for one interval.

  The helper is local to `Scheduler._get_fuzzed_interval`, so it is rebuilt from its code object
  with `scheduler` as the captured `self`. Returns None where py-fsrs applies no fuzz (< 2.5 d).
  """
  if interval_days < 2.5:
    return None
  code = next(
    const for const in Scheduler._get_fuzzed_interval.__code__.co_consts
    if isinstance(const, types.CodeType) and const.co_name == "_get_fuzz_range"
  )
  assert code.co_freevars == ("self",), code.co_freevars
  function = types.FunctionType(
    code, fsrs_scheduler.__dict__, None, None, (types.CellType(scheduler),)
  )
  return list(function(interval_days=interval_days))


def scheduler_functions() -> dict:
  """Golden values for `Scheduler.nextInterval` and the fuzz range (rounding, clamping)."""
  rng = random.Random(SEED + 1)
  intervals = []
  # Exact halves (round-half-to-even), small and huge stabilities, several decays and DRs.
  stabilities = [0.001, 0.01, 0.3, 0.5, 1.0, 1.5, 2.5, 3.5, 4.5, 10.5, 99.5, 1e4, 1e5, 1e7]
  stabilities += [round(math.exp(rng.uniform(math.log(0.01), math.log(1e5))), 6) for _ in range(60)]
  for desired_retention, decay_weight in [(0.9, 0.1542), (0.8, 0.1542), (0.95, 0.5), (0.7, 0.1),
                                          (0.97, 0.8), (0.9, 0.33)]:
    for maximum_interval in [36500, 365]:
      parameters = list(DEFAULT_PARAMETERS)
      parameters[20] = decay_weight
      scheduler = Scheduler(parameters=parameters, desired_retention=desired_retention,
                            maximum_interval=maximum_interval, enable_fuzzing=False)
      for stability in stabilities:
        intervals.append({
          "decay_weight": decay_weight, "desired_retention": desired_retention,
          "maximum_interval": maximum_interval, "stability": stability,
          "interval": scheduler._next_interval(stability=stability),
        })
  fuzz_ranges = []
  for maximum_interval in [36500, 365, 30, 7, 3]:
    scheduler = Scheduler(maximum_interval=maximum_interval)
    days = list(range(1, 401)) + [500, 1000, 5000, 36500]
    for interval_days in (d for d in days if d <= maximum_interval):
      fuzz_ranges.append({
        "maximum_interval": maximum_interval, "interval_days": interval_days,
        "range": py_fuzz_range(scheduler, interval_days),
      })
  return {"intervals": intervals, "fuzz_ranges": fuzz_ranges}


# ----------------------------------------------------------------------------------------------
# Checking fsrs6.md's tables against py-fsrs


def check_reference(path: Path, examples: list[dict]) -> int:
  """Compare the worked-example tables in fsrs6.md with py-fsrs output; return the mismatches."""
  text = path.read_text()
  state_names = {1: "Learning", 2: "Review", 3: "Relearning"}
  mismatches = 0
  for example in examples:
    number = example["name"].split()[-1]
    section = text.split(f"**Example {number}**", 1)[1].split("**Example", 1)[0]
    table = [line for line in section.splitlines() if re.match(r"\|\s*\d+\s*\|", line)]
    if len(table) != len(example["reviews"]):
      print(f"{example['name']}: {len(table)} table rows, {len(example['reviews'])} reviews")
      mismatches += 1
    for line, row in zip(table, example["reviews"]):
      cells = [c.strip() for c in line.strip().strip("|").split("|")]
      i, g, at, el, r, state, step, s, d, due = cells
      got = {
        "G": str(row["rating"]), "at": row["at"].replace("T", " ").rstrip("Z"),
        "el": "-" if row["elapsed_days"] is None else str(row["elapsed_days"]),
        "R": repr(row["retrievability"]), "state": state_names[row["state"]],
        "step": "-" if row["step"] is None else str(row["step"]),
        "S": repr(row["stability"]), "D": repr(row["difficulty"]),
        "due": row["due"].replace("T", " ").rstrip("Z"),
      }
      want = {"G": g, "at": at, "el": el, "R": r, "state": state, "step": step, "S": s,
              "D": d, "due": due}
      for key, value in want.items():
        same = value == got[key]
        if not same and key in ("R", "S", "D"):
          same = float(value) == float(got[key])  # "0" vs "0.0"
        if not same:
          print(f"{example['name']} row {i} {key}: fsrs6.md {value}, py-fsrs {got[key]}")
          mismatches += 1
  print(f"fsrs6.md check: {mismatches} mismatching cell(s)")
  return mismatches


# ----------------------------------------------------------------------------------------------


# Written at the top of every fixture file; the Swift tests check the defaults and bounds too.
HEADER = {
  "generator": "Tests/FSRSTests/gen_fsrs_fixtures.py",
  "py_fsrs_version": EXPECTED_VERSION,  # checked in main()
  "default_parameters": list(DEFAULT_PARAMETERS),
  "parameter_bounds": [
    [lo, hi] for lo, hi in zip(LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS)
  ],
}


def write_fixture(path: Path, sequences: list[dict]) -> None:
  """Write sequences as JSON, one sequence per line (small, yet diff-friendly)."""
  lines = [json.dumps(seq, separators=(",", ":")) for seq in sequences]
  head = json.dumps(HEADER, separators=(",", ":"))[:-1]
  path.write_text(head + ',"sequences":[\n' + ",\n".join(lines) + "\n]}\n")
  print(f"{path}: {len(sequences)} sequences, "
        f"{sum(len(s['reviews']) for s in sequences)} reviews, {path.stat().st_size} bytes")


def write_functions_fixture(path: Path, functions: dict) -> None:
  """Write the interval and fuzz-range tables, one case per line."""
  parts = []
  for key, cases in functions.items():
    body = ",\n".join(json.dumps(case, separators=(",", ":")) for case in cases)
    parts.append(f'"{key}":[\n{body}\n]')
  head = json.dumps(HEADER, separators=(",", ":"))[:-1]
  path.write_text(head + "," + ",".join(parts) + "}\n")
  counts = ", ".join(f"{len(cases)} {key}" for key, cases in functions.items())
  print(f"{path}: {counts}, {path.stat().st_size} bytes")


def main() -> int:
  root = Path(__file__).resolve().parents[2]  # the package root
  parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  parser.add_argument("--out", type=Path, default=root / "Tests/FSRSTests/Fixtures")
  parser.add_argument("--check-reference", type=Path, default=None,
                      help="path to fsrs6.md; compare its worked examples with py-fsrs")
  args = parser.parse_args()

  from importlib.metadata import version
  installed = version("fsrs")
  if installed != EXPECTED_VERSION:
    sys.exit(f"need fsrs=={EXPECTED_VERSION}, found {installed}")

  examples = worked_examples()
  args.out.mkdir(parents=True, exist_ok=True)
  write_fixture(args.out / "worked_examples.json", examples)
  write_fixture(args.out / "random_sequences.json", random_sequences())
  write_functions_fixture(args.out / "scheduler_functions.json", scheduler_functions())
  if args.check_reference is not None:
    return 1 if check_reference(args.check_reference, examples) else 0
  return 0


if __name__ == "__main__":
  sys.exit(main())
