#!/usr/bin/env bash
# Installs a built creditpath .deb with apt (as root, or via sudo), checks what it installed,
# then removes it again. Usage: tools/check-package.sh path/to/creditpath_*.deb [--keep]
set -euo pipefail
deb=$(realpath "$1")
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
id=com.example.CreditPath
share=/usr/share

DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$deb"
dpkg-deb --info "$deb" | grep -E "^ (Package|Version|Depends|Installed-Size):"

echo "== installed program"
creditpath --version
expected=$(dpkg-deb --field "$deb" Version)
creditpath --version | grep -q "creditpath ${expected%-*}" \
  || { echo "--version does not print ${expected%-*}" >&2; exit 1; }
summary=$(creditpath --evaluate "$share/creditpath/examples/seed-reference.creditpath.json")
echo "$summary"
grep -q "^stack " <<<"$summary" || { echo "--evaluate printed no stack row" >&2; exit 1; }
creditpath --evaluate "$share/creditpath/examples/gcp-frankfurt.creditpath.json" --json >/dev/null

echo "== desktop integration"
desktop-file-validate "$share/applications/$id.desktop"
appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml"
test -s "$share/icons/hicolor/scalable/apps/$id.svg"
# dpkg triggers (shared-mime-info, desktop-file-utils) have rebuilt both caches.
grep -q "application/x-creditpath-scenario" "$share/mime/globs2"
grep -q "application/x-creditpath-scenario=$id.desktop" "$share/applications/mimeinfo.cache"
if command -v xdg-mime >/dev/null; then
  probe=$(mktemp -d)/probe.creditpath.json
  cp "$share/creditpath/examples/seed-reference.creditpath.json" "$probe"
  # As on Debian's default desktop (GNOME): the file type through GIO, i.e. shared-mime-info.
  # (Without a desktop, xdg-mime asks file(1), which knows no shared-mime-info types.)
  type=$(XDG_CURRENT_DESKTOP=GNOME xdg-mime query filetype "$probe")
  default=$(xdg-mime query default application/x-creditpath-scenario)
  echo "xdg-mime: $probe is $type, opened by $default"
  [ "$type" = application/x-creditpath-scenario ] || { echo "wrong MIME type: $type" >&2; exit 1; }
  [ "$default" = "$id.desktop" ] || { echo "wrong default application: $default" >&2; exit 1; }
  rm -r "$(dirname "$probe")"
fi

if [ "${2:-}" != "--keep" ]; then
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq creditpath
fi
echo "package check passed: $deb"
