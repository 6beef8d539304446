#!/usr/bin/env pwsh
# Thin wrapper over the same dotnet commands the README gives:
#   ./build.ps1 build [options]     build the site into site/
#   ./build.ps1 validate [options]  check content/ only
#   ./build.ps1 serve [options]     preview at http://127.0.0.1:8000/ with live reload
#   ./build.ps1 test                run the tests
param([Parameter(Position = 0)][string]$Command = "build", [Parameter(ValueFromRemainingArguments = $true)][string[]]$Rest)
$ErrorActionPreference = "Stop"
switch ($Command) {
    "test" { dotnet test Podium.slnx @Rest }
    default { dotnet run --project src/Podium.Cli -- $Command @Rest }
}
exit $LASTEXITCODE
