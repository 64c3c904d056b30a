#!/usr/bin/env bash
# Builds the Debian package creditpath_<version>-1_<arch>.deb (dependencies from dpkg-shlibdeps).
#   tools/package.sh             release build of the program alone, in build-package/
#                                (cmake --workflow --preset package); the .deb lands in
#                                build-package/package/
#   tools/package.sh BUILD_DIR   packages an already configured build instead (CI reuses the
#                                build tools/test.sh made); the .deb lands in BUILD_DIR/package/
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
if [ $# -eq 0 ]; then
  cmake --workflow --preset package
  dir=build-package
else
  dir=$1
  cmake --build "$dir"
  (cd "$dir" && cpack -G DEB)
fi
ls -l "$dir"/package/*.deb
