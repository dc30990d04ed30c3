<#
.SYNOPSIS
    Baut Aktif Desktop unter Windows: PyInstaller-Ordner, Selbsttest, Inno-Setup-Installer.

.DESCRIPTION
    Run from any folder on a Windows machine with Python 3.11 (x64) and Inno Setup 6.3+:

        powershell -ExecutionPolicy Bypass -File packaging\build.ps1

    1. creates .venv in the checkout (if missing) and installs the app with the dev extra,
    2. builds dist\AktifDesktop\ with packaging\aktif_desktop.spec (one folder, windowed),
    3. runs dist\AktifDesktop\AktifDesktop.exe --selftest and shows its selftest.log,
    4. compiles the installer dist\AktifDesktop-Setup-<version>.exe with ISCC, handing it the
       version from aktif_desktop.__version__ (the only place a version number is written).

.PARAMETER Python
    The Python used to create .venv (default: "py -3.11" if the launcher exists, else "python").

.PARAMETER Iscc
    Path of ISCC.exe, if Inno Setup is not in one of its usual folders.

.PARAMETER SkipInstaller
    Build and self-test only; do not compile the installer.
#>
param(
    [string]$Python = "",
    [string]$Iscc = "",
    [switch]$SkipInstaller
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

function Invoke-Checked {
    # Native programs do not throw on failure; stop the build on a non-zero exit code.
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "Fehlgeschlagen (Status $LASTEXITCODE): $Program $($Arguments -join ' ')"
    }
}

function Find-Iscc {
    param([string]$Given)
    if ($Given) { return $Given }
    $candidates = @(
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    )
    foreach ($candidate in $candidates) {
        if (Test-Path $candidate) { return $candidate }
    }
    $command = Get-Command "ISCC.exe" -ErrorAction SilentlyContinue
    if ($command) { return $command.Source }
    throw "ISCC.exe (Inno Setup 6) wurde nicht gefunden. Bitte installieren oder -Iscc angeben."
}

$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

# 1. Virtual environment with the app and the build tools.
$VenvPython = Join-Path $Root ".venv\Scripts\python.exe"
if (-not (Test-Path $VenvPython)) {
    if ($Python) {
        Invoke-Checked $Python @("-m", "venv", ".venv")
    } elseif (Get-Command "py" -ErrorAction SilentlyContinue) {
        Invoke-Checked "py" @("-3.11", "-m", "venv", ".venv")
    } else {
        Invoke-Checked "python" @("-m", "venv", ".venv")
    }
}
Invoke-Checked $VenvPython @("-m", "pip", "install", "--upgrade", "pip")
Invoke-Checked $VenvPython @("-m", "pip", "install", "-e", ".[dev]")

# The one version number, from aktif_desktop.__version__.
$AppVersion = (& $VenvPython packaging\version.py).Trim()
$NumericVersion = (& $VenvPython packaging\version.py --numeric).Trim()
if (-not $AppVersion -or -not $NumericVersion) {
    throw "Die Version konnte nicht aus aktif_desktop.__version__ gelesen werden."
}
Write-Host "== Aktif Desktop $AppVersion ($NumericVersion)"

# The Windows icon is committed; render it from the SVG if it is missing.
if (-not (Test-Path "packaging\aktif.ico")) {
    Invoke-Checked $VenvPython @("packaging\make_icon.py")
}

# 2. PyInstaller one-folder build.
Invoke-Checked $VenvPython @("-m", "PyInstaller", "--noconfirm", "--clean", "packaging\aktif_desktop.spec")
$AppFolder = Join-Path $Root "dist\AktifDesktop"
$Exe = Join-Path $AppFolder "AktifDesktop.exe"

# 3. Self-test of the frozen build. The .exe is windowed (no console), so wait for it and
#    read the selftest.log it leaves next to itself.
$Log = Join-Path $AppFolder "selftest.log"
Remove-Item $Log -ErrorAction SilentlyContinue
$process = Start-Process -FilePath $Exe -ArgumentList "--selftest" -PassThru
$null = $process.Handle  # without this, ExitCode can stay empty (a PowerShell quirk)
$process.WaitForExit()
$status = $process.ExitCode
if (Test-Path $Log) { Get-Content $Log -Encoding UTF8 | Write-Host }
if ($status -ne 0) {
    throw "Der Selbsttest des Builds ist fehlgeschlagen (Status $status); siehe $Log."
}
# The installer must not ship this machine's log.
Remove-Item $Log -ErrorAction SilentlyContinue

# 4. Installer.
if ($SkipInstaller) {
    Write-Host "== Fertig (ohne Installer): $AppFolder"
    exit 0
}
$IsccPath = Find-Iscc $Iscc
Invoke-Checked $IsccPath @("/DAppVersion=$AppVersion", "/DAppNumericVersion=$NumericVersion", "packaging\aktif_desktop.iss")
Write-Host "== Fertig: dist\AktifDesktop-Setup-$AppVersion.exe"
