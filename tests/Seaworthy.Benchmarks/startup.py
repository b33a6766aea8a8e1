#!/usr/bin/env python3
"""Small inputs and start-up against issue #13's targets, in one sitting (docs/performance.md, "Against the issue's targets").

Each command runs RUNS times after one unmeasured warm-up, the tools one after the other within each round so that
a change in the machine's load falls on all of them alike. Wall time is taken here; CPU time (user + system) and
peak resident memory come from the kernel's accounting of the child (wait4), to the microsecond, where GNU time
counts CPU in 10 ms steps. Output goes to /dev/null; exit codes are ignored (a linter that finds something exits 1).

  python3 tests/Seaworthy.Benchmarks/startup.py --tool after=/tmp/native/seaworthy [--tool before=OTHER] \
      [--runs 7] [--corpus ../shared/corpus] [--audit]
  python3 tests/Seaworthy.Benchmarks/startup.py --msbuild FEED VERSION [--runs 9]

--audit adds `audit --format json` against the engine of DOCKER_HOST (../shared/engine/dockerd.sh start, fixtures).
--msbuild makes two console projects with the same three Dockerfiles, one referencing Seaworthy.MSBuild VERSION from
the packed FEED, and builds them in turn (`dotnet build --no-restore`, the Dockerfiles touched first, so the lint
runs in every build of the one with the package): the difference of the medians is what the task adds to a build.
"""
import argparse
import glob
import os
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(command, cwd):
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(child.pid, 0)
    return (time.perf_counter() - start) * 1000, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_maxrss / 1024


def cell(samples):
    walls, cpus, peaks = zip(*samples)
    return f"{statistics.median(walls):.1f} ms (fastest {min(walls):.1f}), {statistics.median(cpus):.1f} ms CPU, {statistics.median(peaks):.1f} MiB"


def tools_table(args, repository):
    tools = [tool.split("=", 1) for tool in args.tool]
    corpus = os.path.abspath(args.corpus)
    works = [("`--version`", repository, ["--version"]),
             ("one Dockerfile (`docs/examples/Dockerfile`)", repository, ["lint", os.path.join("docs", "examples", "Dockerfile")])]
    works += [(f"corpus `{name}`", os.path.join(corpus, name), ["lint", ".", "--format", "json"]) for name in sorted(os.listdir(corpus))]
    if args.audit:
        works.append(("`audit` of DOCKER_HOST", repository, ["audit", "--format", "json"]))

    print("| work | " + " | ".join(name for name, _ in tools) + " |")
    print("|---|" + "---:|" * len(tools))
    for work, cwd, arguments in works:
        samples = {name: [] for name, _ in tools}
        for round_ in range(args.runs + 1):
            for name, path in tools:
                measured = run_once([path] + arguments, cwd)
                if round_ > 0:
                    samples[name].append(measured)
        print(f"| {work} | " + " | ".join(cell(samples[name]) for name, _ in tools) + " |", flush=True)
    print(f"\nload average at the end: {' '.join(f'{load:.1f}' for load in os.getloadavg())}")


def msbuild(args):
    feed, version = args.msbuild
    root = tempfile.mkdtemp(prefix="seaworthy-msbuild-")
    environment = dict(os.environ, NUGET_PACKAGES=os.path.join(root, "packages"))
    with open(os.path.join(root, "nuget.config"), "w") as config:
        config.write(f'<configuration><packageSources><add key="packed" value="{os.path.abspath(feed)}" /></packageSources></configuration>\n')
    reference = f'<ItemGroup><PackageReference Include="Seaworthy.MSBuild" Version="{version}" PrivateAssets="all" /></ItemGroup>'
    for name, extra in (("without", ""), ("with", reference)):
        project = os.path.join(root, name)
        for i in range(1, 4):
            os.makedirs(os.path.join(project, f"svc{i}"))
            with open(os.path.join(project, f"svc{i}", "Dockerfile"), "w") as dockerfile:
                dockerfile.write("FROM alpine:3.20 AS build\nRUN apk add --no-cache curl\nWORKDIR /src\nCOPY . .\n"
                                 "FROM alpine:3.20\nCOPY --from=build /src /app\nUSER app\nCMD [\"/app/run\"]\n")
        with open(os.path.join(project, "Program.cs"), "w") as program:
            program.write('System.Console.WriteLine("consumer");\n')
        with open(os.path.join(project, "consumer.csproj"), "w") as csproj:
            csproj.write('<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework>'
                         f'<SeaworthyFailOn>none</SeaworthyFailOn></PropertyGroup>{extra}</Project>\n')
        subprocess.run(["dotnet", "restore"], cwd=project, env=environment, check=True, stdout=subprocess.DEVNULL)

    def build(name):
        project = os.path.join(root, name)
        for dockerfile in glob.glob(os.path.join(project, "svc*", "Dockerfile")):
            os.utime(dockerfile)
        start = time.perf_counter()
        result = subprocess.run(["dotnet", "build", "--no-restore"], cwd=project, env=environment, capture_output=True, text=True)
        wall = (time.perf_counter() - start) * 1000
        if result.returncode != 0 or (name == "with") != ("warning SW" in result.stdout):
            sys.exit(f"the build of {name} did not go as expected:\n{result.stdout[-3000:]}")
        return wall

    times = {"without": [], "with": []}
    for round_ in range(args.runs + 1):
        for name in times:
            wall = build(name)
            if round_ > 0:
                times[name].append(wall)
    for name, walls in times.items():
        print(f"{name} Seaworthy.MSBuild: median {statistics.median(walls):.0f} ms, fastest {min(walls):.0f} ms ({len(walls)} builds)")
    print(f"the task adds {statistics.median(times['with']) - statistics.median(times['without']):.0f} ms (difference of the medians); "
          f"load average {' '.join(f'{load:.1f}' for load in os.getloadavg())}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", action="append", default=[], help="NAME=PATH of a seaworthy command (repeatable)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--audit", action="store_true")
    parser.add_argument("--msbuild", nargs=2, metavar=("FEED", "VERSION"))
    here = os.path.dirname(os.path.abspath(__file__))
    repository = os.path.dirname(os.path.dirname(here))
    parser.add_argument("--corpus", default=os.path.join(repository, "..", "shared", "corpus"))
    args = parser.parse_args()
    if args.msbuild:
        msbuild(args)
    elif args.tool:
        tools_table(args, repository)
    else:
        parser.error("give --tool NAME=PATH or --msbuild FEED VERSION")


if __name__ == "__main__":
    main()
