#!/usr/bin/env bash
# Builds and lints a Bicep file offline with the Bicep CLI from the NuGet cache.
# Bicep reports type problems (BCP036, BCP037, BCP081...) as warnings with exit code 0,
# so this fails on any warning as well as on errors.
# Usage: scripts/check-infra.sh [path/to/file.bicep]   (default: infra/main.bicep)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
file="${1:-$repo_root/infra/main.bicep}"
version="0.49.2" # keep equal to the PackageDownload in tests/TeamsEvalBot.Tests
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
bicep="$packages/azure.bicep.commandline.linux-x64/$version/tools/bicep"

if [[ ! -f "$bicep" ]]; then
  echo "bicep $version not found at $bicep; run: dotnet restore tests/TeamsEvalBot.Tests" >&2
  exit 1
fi
# NuGet extracts files without the execute bit.
[[ -x "$bicep" ]] || chmod +x "$bicep"

if [[ ! -f "$file" ]]; then
  echo "no such Bicep file: $file" >&2
  exit 1
fi

status=0
check() {
  local output
  # Diagnostics go to stderr; stdout (the compiled JSON) is not needed.
  # Keep going after a failing command, so every problem is printed.
  if ! output="$("$bicep" "$@" 2>&1 >/dev/null)"; then
    status=1
  fi
  if [[ -n "$output" ]]; then
    echo "$output"
  fi
  if grep -Eq '(Warning|Error) ' <<<"$output"; then
    status=1
  fi
}

check build "$file" --stdout
check lint "$file"

if [[ $status -ne 0 ]]; then
  echo "infra not ok: $file has errors or warnings" >&2
  exit 1
fi
echo "infra ok"
