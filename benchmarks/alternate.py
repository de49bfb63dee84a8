#!/usr/bin/env python3
"""Times methods in fresh processes, alternating, and summarises them: each run starts one process per build and method
in turn (run 1: every build's every method, then run 2, ...), so drift on a shared machine reaches every method alike
rather than one batch. Each process prints one line of key=value fields (ColdCall.cs): method, ms, result, heap-mb,
working-set-mb. Prints per build and method the median and range, and per pair the ratio of the medians and the range
of the ratios run by run. Fails when a method's result differs between runs or builds.

Usage: alternate.py --runs N --build NAME 'COMMAND' [--build ...] --methods M1 M2 ... [--pair 'LABEL=SLOW/FAST' ...]
"""
import argparse
import shlex
import statistics
import subprocess
import sys


def measure(command, method):
    line = subprocess.run(shlex.split(command) + [method], check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
    fields = dict(field.split("=", 1) for field in line.split())
    if fields.get("method") != method:
        sys.exit("unexpected output from %s %s: %s" % (command, method, line))
    return fields


def span(values, unit):
    return "%s%s (%s to %s)" % (fmt(statistics.median(values)), unit, fmt(min(values)), fmt(max(values)))


def fmt(value):
    return "%.2f" % value if value < 100 else "%.1f" % value


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, required=True)
    parser.add_argument("--build", nargs=2, action="append", metavar=("NAME", "COMMAND"), required=True)
    parser.add_argument("--methods", nargs="+", required=True)
    parser.add_argument("--pair", action="append", default=[], help="LABEL=SLOW/FAST: how many times FAST is faster")
    args = parser.parse_args()

    results = {(build, method): [] for build, _ in args.build for method in args.methods}
    for _ in range(args.runs):
        for build, command in args.build:
            for method in args.methods:
                results[(build, method)].append(measure(command, method))

    for method in args.methods:
        answers = {r["result"] for build, _ in args.build for r in results[(build, method)]}
        if len(answers) != 1:
            sys.exit("%s gave different results: %s" % (method, ", ".join(sorted(answers))))

    width = max(len(m) for m in args.methods)
    for build, _ in args.build:
        print("%s: %d fresh processes per method, alternating" % (build, args.runs))
        for method in args.methods:
            runs = results[(build, method)]
            print("  %-*s %s  result %s  heap %s  working set %s" % (
                width, method, span([float(r["ms"]) for r in runs], " ms"), runs[0]["result"],
                span([float(r["heap-mb"]) for r in runs], " MB"), span([float(r["working-set-mb"]) for r in runs], " MB")))
        for pair in args.pair:
            label, methods = pair.split("=", 1)
            slow, fast = methods.split("/")
            slow_ms = [float(r["ms"]) for r in results[(build, slow)]]
            fast_ms = [float(r["ms"]) for r in results[(build, fast)]]
            ratios = [s / f for s, f in zip(slow_ms, fast_ms)]
            print("  %s (%s / %s): %s× (runs %s to %s×)" % (
                label, slow, fast, fmt(statistics.median(slow_ms) / statistics.median(fast_ms)), fmt(min(ratios)), fmt(max(ratios))))


if __name__ == "__main__":
    main()
