#!/usr/bin/env bash
# e2e and Lighthouse drive Debian's Chromium (browsers cannot be downloaded here); install it when missing.
set -euo pipefail
CHROME="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$CHROME" ]; then exit 0; fi
echo "ensure-chromium: $CHROME not found; installing Debian's chromium" >&2
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
[ -x "$CHROME" ] || { echo "ensure-chromium: still no $CHROME after install" >&2; exit 1; }
