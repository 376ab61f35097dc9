#!/usr/bin/env bash
# Puts promtool (from Debian's prometheus package, pinned) into DEST without installing the
# Prometheus server: the .deb is downloaded and only /usr/bin/promtool is extracted.
set -euo pipefail
mkdir -p "$1"
dest=$(cd "$1" && pwd)
version=2.42.0+ds-5+deb12u1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
download() { apt-get download "prometheus=$version" >/dev/null 2>&1 || apt-get download prometheus >/dev/null 2>&1; }
if ! download; then
  # Package lists may be missing on a fresh machine; refreshing them needs root.
  [ "$(id -u)" = 0 ] && apt-get update -qq >/dev/null 2>&1 && download
fi
dpkg-deb -x prometheus_*.deb extracted
install -m 0755 extracted/usr/bin/promtool "$dest/promtool"
"$dest/promtool" --version 2>&1 | head -1
