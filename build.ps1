#!/usr/bin/env pwsh
# Thin wrapper over the same dotnet commands the README gives:
#   ./build.ps1 build [options]     build the site into site/
#   ./build.ps1 validate [options]  check content/ only
#   ./build.ps1 serve [options]     preview at http://127.0.0.1:8000/ with live reload
#   ./build.ps1 test                run the tests
# No param() block: a declared parameter makes PowerShell read options such as `--out` as its own
# (`-OutVariable`, `-OutBuffer`); in $args every argument reaches the CLI as it was typed.
$Command = if ($args.Count -gt 0) { [string]$args[0] } else { "build" }
$Rest = if ($args.Count -gt 1) { [string[]]$args[1..($args.Count - 1)] } else { @() }
$ErrorActionPreference = "Stop"
switch ($Command) {
    "test" { dotnet test Podium.slnx @Rest }
    default { dotnet run --project src/Podium.Cli -- $Command @Rest }
}
exit $LASTEXITCODE
