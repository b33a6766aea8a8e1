#!/usr/bin/env bash
# Runs the whole test suite the way CI does: installs the real components the tests use, builds, runs
# every test project, and ends with one line "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

# The SARIF multitool (npm) validates our SARIF independently of the schema test.
multitool=.tools/sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [ ! -x "$multitool" ]; then
  npm install --prefix .tools/sarif-multitool --no-save --no-audit --no-fund @microsoft/sarif-multitool@5.7.0 >/dev/null
  chmod u+x "$multitool"
fi
export SARIF_MULTITOOL="$PWD/$multitool"

# Debian's pre-commit runs the repository's hooks in the integration tests (they run as root, as CI does).
if ! command -v pre-commit >/dev/null; then
  apt-get update -qq && apt-get install -y -qq pre-commit >/dev/null
fi

# Debian's dockerd (and a static busybox for the test images) runs a private engine for the host audit's
# real-engine tests (tests/Seaworthy.HostAudit.Tests/engine/test-engine.sh).
if ! command -v dockerd >/dev/null || [ ! -x /bin/busybox ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io busybox-static >/dev/null
fi

# Debian's chromium is the real browser the HTML report's test drives through Playwright (tests/Seaworthy.Cli.Tests).
if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# Debian's clang links the NativeAOT build of the seaworthy tool, which `dotnet pack` makes on linux-x64
# (tests/Seaworthy.Integration.Tests/Packages); zlib1g-dev for the link, as the .NET docs list it.
if ! command -v clang >/dev/null || [ ! -e /usr/include/zlib.h ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang zlib1g-dev >/dev/null
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT

# The code style of .editorconfig: whitespace, and the style rules it sets at warning. Drift fails the run;
# `dotnet format whitespace Linter.sln && dotnet format style Linter.sln` fixes it.
style=0
dotnet format whitespace Linter.sln --verify-no-changes || style=1
dotnet format style Linter.sln --verify-no-changes || style=1

dotnet test Linter.sln --configuration Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Each test assembly prints "Failed:  F, Passed: P, Skipped: S, Total: T"; add them up.
read -r passed failed skipped < <(awk '
  /Failed: *[0-9]+, Passed: *[0-9]+, Skipped: *[0-9]+/ {
    match($0, /Failed: *[0-9]+/);  f += substr($0, RSTART + 7, RLENGTH - 7)
    match($0, /Passed: *[0-9]+/);  p += substr($0, RSTART + 7, RLENGTH - 7)
    match($0, /Skipped: *[0-9]+/); s += substr($0, RSTART + 8, RLENGTH - 8)
  }
  END { printf "%d %d %d\n", p, f, s }' "$log")

if [ "$style" -ne 0 ]; then
  echo "The code differs from .editorconfig's style (dotnet format above)."
fi
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ] || [ "$style" -ne 0 ]; then
  exit 1
fi
