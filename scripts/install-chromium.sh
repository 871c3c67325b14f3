#!/usr/bin/env bash
# Install headless Chromium (Debian package `chromium`, binary /usr/bin/chromium) for the browser
# checks of tests/test_prefect_server.py and the UI screenshot in the README (docs/prefect-ui.png).
# Idempotent: does nothing when a chromium binary is already there. Needs root (or sudo).
set -euo pipefail

for bin in "${CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -n "$bin" ] && [ -x "$bin" ]; then
        echo "chromium already installed: $bin ($("$bin" --version 2>/dev/null || echo 'version unknown'))"
        exit 0
    fi
done

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-chromium: no apt-get here; install Chromium with your package manager" >&2
    echo "and point CHROMIUM=/path/to/chromium at it" >&2
    exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
/usr/bin/chromium --version
