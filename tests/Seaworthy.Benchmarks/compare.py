#!/usr/bin/env python3
"""Whole-process comparison of the native and JIT seaworthy tools and the peers, in one sitting (issue #13).

Each command runs RUNS times (after one unmeasured warm-up run, so every tool starts from a warm file cache);
the table gives the median wall time, the median CPU time (user + system, which other work on the machine
disturbs less than wall time) and the median peak resident memory (GNU time's %M). Output goes to /dev/null;
exit codes are ignored (a linter that finds something exits non-zero). A tool that is not installed is left out of the table.

  python3 tests/Seaworthy.Benchmarks/compare.py --native PATH/seaworthy --jit PATH/seaworthy \
      [--peers node_modules/.bin] [--runs 5] [--corpus ../shared/corpus]

--native and --jit are the commands installed from a local feed (docs/performance.md shows how); --peers is
the folder holding dockerfilelint and dclint (npm install dockerfilelint@1.8.0 dclint@3.1.0).
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def measure(command, cwd, runs):
    # GNU time forks the command from its own small process (a fork of this Python process would count Python's
    # memory in the child's peak); the wall time is taken here, to the microsecond, GNU time's is to 10 ms.
    times, cpus, peaks = [], [], []
    with tempfile.NamedTemporaryFile(mode="r") as report:
        for i in range(runs + 1):
            start = time.perf_counter()
            subprocess.run(["/usr/bin/time", "-o", report.name, "-f", "%U %S %M"] + command, cwd=cwd,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wall = time.perf_counter() - start
            report.seek(0)
            user, system, kilobytes = report.read().split()[-3:]
            if i > 0:
                times.append(wall)
                cpus.append(float(user) + float(system))
                peaks.append(int(kilobytes) / 1024)
    return statistics.median(times), statistics.median(cpus), statistics.median(peaks)


def kubernetes_manifest(size):
    blocks, n = [], 0
    total = 0
    while total < size:
        block = (f"---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app{n}\n  labels:\n    app: app{n}\n"
                 f"spec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: app{n}\n  template:\n    metadata:\n"
                 f"      labels:\n        app: app{n}\n    spec:\n      containers:\n        - name: web\n"
                 f"          image: nginx:latest\n          ports:\n            - containerPort: 80\n"
                 f"          securityContext:\n            privileged: true\n")
        blocks.append(block)
        total += len(block)
        n += 1
    return "".join(blocks)


def dockerfile(lines):
    out = ["FROM ubuntu:22.04 AS base"]
    n = 0
    while len(out) < lines - 1:
        out += [f"RUN apt-get update && apt-get install -y curl \\", f"    && curl -fsSL https://example.com/x{n}.sh | sh",
                f"ENV APP_{n}=/opt/app{n} LEVEL=$APP_{n}/bin", f"COPY src{n}/ /opt/app{n}/", f"LABEL version{n}=\"1.{n}\"",
                f"EXPOSE {8000 + n % 1000}", f"WORKDIR /opt/app{n}", "USER app"]
        n += 1
    out = out[:lines - 1] + ['CMD ["sh"]']
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--native", required=True)
    parser.add_argument("--jit", required=True)
    parser.add_argument("--peers")
    parser.add_argument("--runs", type=int, default=5)
    here = os.path.dirname(os.path.abspath(__file__))
    repository = os.path.dirname(os.path.dirname(here))
    parser.add_argument("--corpus", default=os.path.join(repository, "..", "shared", "corpus"))
    args = parser.parse_args()

    scratch = tempfile.mkdtemp(prefix="seaworthy-compare-")
    with open(os.path.join(scratch, "deploy.yaml"), "w") as f:
        f.write(kubernetes_manifest(10_000_000))
    with open(os.path.join(scratch, "Dockerfile"), "w") as f:
        f.write(dockerfile(100_000))
    one = os.path.join(repository, "docs", "examples", "Dockerfile")

    def peer(name):
        path = os.path.join(args.peers, name) if args.peers else None
        return path if path and os.path.exists(path) else None

    dockerfilelint, dclint = peer("dockerfilelint"), peer("dclint")
    corpus = os.path.abspath(args.corpus)
    rows = []

    def row(work, cwd, seaworthy_args, peer_command=None, peer_name=""):
        native = measure([args.native] + seaworthy_args, cwd, args.runs)
        jit = measure([args.jit] + seaworthy_args, cwd, args.runs)
        other = measure(peer_command, cwd, args.runs) if peer_command else None
        rows.append((work, native, jit, peer_name, other))
        print(work, native, jit, peer_name, other, file=sys.stderr)

    row("--version", repository, ["--version"])
    row("one Dockerfile (docs/examples/Dockerfile)", repository, ["lint", one],
        [dockerfilelint, one] if dockerfilelint else None, "dockerfilelint")
    for name in sorted(os.listdir(corpus)):
        folder = os.path.join(corpus, name)
        peer_command, peer_name = None, ""
        if name == "dockerfiles" and dockerfilelint:
            files = sorted(f for f in os.listdir(folder) if os.path.isfile(os.path.join(folder, f)))
            peer_command, peer_name = [dockerfilelint] + files, "dockerfilelint"
        if name == "compose" and dclint:
            peer_command, peer_name = [dclint, ".", "-r"], "dclint"
        row(f"corpus {name}", folder, ["lint", ".", "--format", "json"], peer_command, peer_name)
    row("10 MB Kubernetes manifest", scratch, ["lint", "deploy.yaml", "--format", "json", "--max-file-time", "3600"])
    row("100,000-line Dockerfile", scratch, ["lint", "Dockerfile", "--format", "json", "--max-file-time", "3600"],
        [dockerfilelint, "Dockerfile"] if dockerfilelint else None, "dockerfilelint")

    def cell(m):
        return f"{m[0] * 1000:.0f} ms ({m[1] * 1000:.0f} ms CPU), {m[2]:.0f} MiB"

    print("| work | native | JIT | peer |")
    print("|---|---:|---:|---|")
    for work, native, jit, peer_name, other in rows:
        print(f"| {work} | {cell(native)} | {cell(jit)} | {peer_name + ' ' + cell(other) if other else ''} |")


if __name__ == "__main__":
    main()
