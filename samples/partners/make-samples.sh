#!/usr/bin/env bash
# make-samples.sh — rebuilds the sample partner nodes' bundles with the paxmap command line. TEST ONLY.
#
#   samples/partners/make-samples.sh             restore FRA-HQ and ITA-BN from their committed keys, then write
#                                                bundles/fra-hq-to-ita-bn.paxb and bundles/ita-bn-to-fra-hq.paxb
#   samples/partners/make-samples.sh --new-keys  first make new key pairs and overwrite the committed key files
#
# The pictures themselves (fra-hq/picture.geojson, ita-bn/picture.geojson) come from
# org.paxmap.samples.PartnerSamples; see README.md. Bundles hold random ids and times, so each run writes
# different bytes with the same content.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
px="$here/../../paxmap"
pass="$here/TEST-ONLY-passphrase.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PAXMAP_KEY_STORE="$work/keys"   # the sample keys never enter the user's own key store
new_keys=false
if [ "${1:-}" = "--new-keys" ]; then new_keys=true; fi

node() { # node NODE ORG FOLDER NAME
  local id="$1" org="$2" dir="$here/$3" name="$4" pic="$work/$3.gpkg"
  "$px" init "$pic" --node "$id" --title "$name" --sample
  if $new_keys; then
    rm -f "$dir/$3.paxkey" "$dir/$3.private-key.json"
    "$px" keys init "$pic" --name "$name" --organisation "$org" --passphrase-file "$pass"
    "$px" keys export-public "$pic" --out "$dir/$3.paxkey"
    "$px" keys export-private "$pic" --out "$dir/$3.private-key.json"
  else
    "$px" keys import "$pic" --public "$dir/$3.paxkey" --private "$dir/$3.private-key.json" --passphrase-file "$pass"
  fi
  "$px" import-geojson "$pic" "$dir/picture.geojson"
}
node FRA-HQ FRA fra-hq "FRA-HQ EXERCISE (TEST ONLY)"
node ITA-BN ITA ita-bn "ITA-BN EXERCISE (TEST ONLY)"

channels=(--channel EXERCISE=UNCLASSIFIED --channel "NATO=NATO RESTRICTED")
fp() { "$px" partners fingerprint "$1" | sed -n 's/^fingerprint: *//p' | head -1; } # the first four groups
"$px" partners add "$work/fra-hq.gpkg" "$here/ita-bn/ita-bn.paxkey" --fingerprint "$(fp "$here/ita-bn/ita-bn.paxkey")" \
  --verified-by "make-samples.sh" "${channels[@]}"
"$px" partners add "$work/ita-bn.gpkg" "$here/fra-hq/fra-hq.paxkey" --fingerprint "$(fp "$here/fra-hq/fra-hq.paxkey")" \
  --verified-by "make-samples.sh" "${channels[@]}"

mkdir -p "$work/to-ita" "$work/to-fra" "$here/bundles"
"$px" bundle export --picture "$work/fra-hq.gpkg" --to ITA-BN --out "$work/to-ita" --passphrase-file "$pass"
"$px" bundle import "$work"/to-ita/*.paxb --picture "$work/ita-bn.gpkg" --passphrase-file "$pass"
"$px" bundle export --picture "$work/ita-bn.gpkg" --to FRA-HQ --out "$work/to-fra" --passphrase-file "$pass"
"$px" bundle import "$work"/to-fra/*.paxb --picture "$work/fra-hq.gpkg" --passphrase-file "$pass"
mv "$work"/to-ita/*.paxb "$here/bundles/fra-hq-to-ita-bn.paxb"
mv "$work"/to-fra/*.paxb "$here/bundles/ita-bn-to-fra-hq.paxb"
echo "wrote $here/bundles/fra-hq-to-ita-bn.paxb and $here/bundles/ita-bn-to-fra-hq.paxb"
