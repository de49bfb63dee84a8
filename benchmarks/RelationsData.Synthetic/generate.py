#!/usr/bin/env python3
"""Writes a deterministic synthetic dataset (sources, actors, events) as YAML for the benchmarks.

The same count always gives the same bytes: the random numbers come from a fixed-seed 64-bit LCG, not from Python's
`random`, so the output does not depend on the Python version.

Event dates: 40% a day, 20% a month, 20% a year (a tenth of them approximate), 18% a closed range and 2% an open
range, with 70% of events in 1991-2025 and the rest in 1800-1990.
"""
import argparse
import os

KINDS = ["agree", "consult", "support", "concede", "cooperate", "aid", "retreat", "request", "demand", "disapprove",
         "reject", "threaten", "protest", "mobilize", "sanction", "coerce", "assault", "investigate", "transition"]
VERBS = ["agrees with", "meets", "backs", "yields to", "works with", "aids", "withdraws from", "asks", "presses",
         "criticises", "rebuffs", "warns", "protests against", "mobilises against", "sanctions", "detains citizens of",
         "attacks", "investigates", "recognises"]
DIMENSIONS = ["political", "economic", "security"]
PLACES = ["Baku", "Moscow", "Ganja", "Sochi", "Astana", "Tbilisi", "Ankara", "Tehran", "Yerevan", "Minsk"]
ACTOR_KINDS = ["state", "organisation", "person", "company", "mediaOutlet", "mission", "region"]
SOURCES = 5
ACTORS = 200
# Summaries repeat, as boilerplate does; unique text per record would only measure string storage.
SUMMARIES = 50


class Lcg:
    """Knuth's MMIX linear congruential generator; the high bits are used."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % bound

    def chance(self, percent):
        return self.next(100) < percent


def days_in_month(year, month):
    if month == 2:
        return 29 if (year % 4 == 0 and year % 100 != 0) or year % 400 == 0 else 28
    return 30 if month in (4, 6, 9, 11) else 31


def date_text(year, month, day, precision):
    if precision == 0:
        return "%04d" % year
    if precision == 1:
        return "%04d-%02d" % (year, month)
    return "%04d-%02d-%02d" % (year, month, day)


def random_day(rng):
    year = 1991 + rng.next(35) if rng.chance(70) else 1800 + rng.next(191)
    month = 1 + rng.next(12)
    return year, month, 1 + rng.next(days_in_month(year, month))


def add_days(year, month, day, count):
    while count > 0:
        step = min(count, days_in_month(year, month) - day + 1)
        count -= step
        day += step
        if day > days_in_month(year, month):
            day, month = 1, month + 1
            if month > 12:
                month, year = 1, year + 1
    return year, month, day


def when(rng):
    year, month, day = random_day(rng)
    roll = rng.next(100)
    if roll < 40:
        return date_text(year, month, day, 2)
    if roll < 60:
        return date_text(year, month, day, 1)
    if roll < 80:
        return date_text(year, month, day, 0) + ("~" if rng.chance(10) else "")
    precision = rng.next(3)
    start = date_text(year, month, day, precision)
    if roll >= 98:
        return start + "/.."
    # Spans from a day to about five years; skewed short.
    length = 1 + rng.next(30) if rng.chance(50) else 1 + rng.next(365) if rng.chance(70) else 1 + rng.next(1825)
    end = add_days(year, month, day, length)
    end_precision = max(precision, rng.next(3))
    return start + "/" + date_text(end[0], end[1], end[2], end_precision)


def actor(rng):
    # Skewed: a few actors take part in many events, as states do in the curated data.
    return "actor-%03d" % (rng.next(10) if rng.chance(50) else rng.next(ACTORS))


def flow(items):
    return "[" + ", ".join(items) + "]"


def write_sources(out):
    out.write("sources:\n")
    for i in range(SOURCES):
        out.write("  - id: source-%d\n    title: Synthetic register %d\n    kind: dataset\n    published: 2025\n" % (i, i))


def write_actors(out, rng):
    out.write("actors:\n")
    for i in range(ACTORS):
        out.write("  - id: actor-%03d\n    name: Actor %d\n    kind: %s\n    citations: [{ source: source-%d }]\n"
                  % (i, i, ACTOR_KINDS[rng.next(len(ACTOR_KINDS))], rng.next(SOURCES)))


def write_events(out, rng, first, count):
    out.write("events:\n")
    for i in range(first, first + count):
        kind = rng.next(len(KINDS))
        initiators = sorted({actor(rng) for _ in range(1 + rng.next(2))})
        targets = sorted({actor(rng) for _ in range(rng.next(3))} - set(initiators))
        dims = [d for d in DIMENSIONS if rng.chance(40)] or [DIMENSIONS[rng.next(3)]]
        title = "Actor %d %s %s" % (int(initiators[0][6:]), VERBS[kind],
                                    "Actor %d" % int(targets[0][6:]) if targets else "its partners")
        out.write("  - id: event-%06d\n" % i)
        out.write("    title: %s\n" % title)
        out.write("    summary: Synthetic event of pattern %d, generated for benchmarks.\n" % rng.next(SUMMARIES))
        out.write("    dimensions: %s\n" % flow(dims))
        out.write("    when: %s\n" % when(rng))
        out.write("    kind: %s\n" % KINDS[kind])
        out.write("    tone: %d\n" % (rng.next(21) - 10))
        out.write("    initiators: %s\n" % flow(initiators))
        if targets:
            out.write("    targets: %s\n" % flow(targets))
        if rng.chance(20):
            out.write("    location: %s\n" % PLACES[rng.next(len(PLACES))])
        out.write("    citations: [{ source: source-%d, locator: \"#%d\" }]\n" % (rng.next(SOURCES), rng.next(1000)))


def write(path, fill):
    # Write beside the target and rename, so an interrupted run never leaves a half file that looks up to date.
    partial = path + ".partial"
    with open(partial, "w", encoding="utf-8", newline="\n") as out:
        fill(out)
    os.replace(partial, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, required=True, help="how many events to write")
    parser.add_argument("--per-file", type=int, default=50000,
                        help="the most events in one file (events-000.yaml, events-001.yaml, ...), as a large dataset is kept")
    parser.add_argument("--out", required=True, help="the folder to write sources.yaml, actors.yaml and the events files to")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = Lcg(20240401)
    write(os.path.join(args.out, "sources.yaml"), write_sources)
    write(os.path.join(args.out, "actors.yaml"), lambda out: write_actors(out, rng))
    # One random stream across the files, so the events are the same however they are split.
    for number, first in enumerate(range(0, args.events, args.per_file)):
        count = min(args.per_file, args.events - first)
        write(os.path.join(args.out, "events-%03d.yaml" % number), lambda out: write_events(out, rng, first, count))


if __name__ == "__main__":
    main()
