#!/usr/bin/env bash
# Installs the Debian 12 packages CreditPath builds, tests, packages and runs with (as root, or
# via sudo). Packaging: dpkg-dev and file (dpkg-shlibdeps); desktop-file-utils, appstream and
# shared-mime-info validate the desktop integration; xdg-utils and
# libglib2.0-bin (gio) check the file association. Fuzzing: clang with libFuzzer and the
# sanitizer runtimes (libclang-rt-14-dev). Linking: lld, several times faster than ld.bfd.
# Fonts: DejaVu for the report, IPA Gothic for its Japanese text.
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
packages=(
  cmake ninja-build g++
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev
  qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libboost-dev nlohmann-json3-dev libbenchmark-dev
  xvfb xauth x11-utils imagemagick
  poppler-utils fonts-dejavu-core fonts-ipafont-gothic
  dpkg-dev file desktop-file-utils appstream shared-mime-info xdg-utils
  libglib2.0-bin
  clang libclang-rt-14-dev lld
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
