#!/usr/bin/env bash
# Rebuilds resources/dictionaries/en-GB-10-1.bdic, the en-GB Hunspell dictionary in Chromium's binary
# format, from the npm package dictionary-en-gb. Run it only when that package is updated; the
# result is committed, so neither CI nor users need the converter.
#
# The converter is Chromium's own convert_dict, shipped by Debian as qwebengine_convert_dict
# (package qt6-webengine-dev-tools). It verifies the file it writes (same reader as Chromium's).
set -euo pipefail
cd "$(dirname "$0")/.."

CONVERT=/usr/lib/qt6/libexec/qwebengine_convert_dict
if [ ! -x "$CONVERT" ]; then
  echo "Installing Chromium's dictionary converter (qt6-webengine-dev-tools)..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq qt6-webengine-dev-tools
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# convert_dict wants name.aff beside name.dic.
cp node_modules/dictionary-en-gb/index.aff "$work/en_GB.aff"
cp node_modules/dictionary-en-gb/index.dic "$work/en_GB.dic"
"$CONVERT" "$work/en_GB.dic" "$work/en-GB-10-1.bdic"

mkdir -p resources/dictionaries
cp "$work/en-GB-10-1.bdic" resources/dictionaries/en-GB-10-1.bdic
cp node_modules/dictionary-en-gb/license resources/dictionaries/LICENSE-en-GB.txt
echo "Wrote resources/dictionaries/en-GB-10-1.bdic ($(wc -c < resources/dictionaries/en-GB-10-1.bdic) bytes)"
