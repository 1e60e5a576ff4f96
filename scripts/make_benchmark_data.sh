#!/usr/bin/env bash
# Regenerates the Montevideo benchmark network (not committed): the whole street network
# of the 8 OSM QA tiles (z12, @mapbox/mvt-fixtures 4.0.0; about 13,000 OSM ways) as
#   OUTPUT_DIR/montevideo_roads.gpkg   layer `roads`: one LineString per OSM way, tile pieces
#                                      joined back, the fields of data/montevideo/roads.geojson
#                                      layer `venue`: Plaza Independencia
# in EPSG:4326. Data (c) OpenStreetMap contributors, ODbL 1.0 (see data/montevideo/ATTRIBUTION.md).
#
# Usage: scripts/make_benchmark_data.sh [OUTPUT_DIR]   (default: build/benchmark-data)
# The tarball comes from $MVT_FIXTURES_TGZ if set, else from the cache
# (${XDG_CACHE_HOME:-~/.cache}/eventsecurity), where `npm pack` fetches it when missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$(dirname "$here")/build/benchmark-data}"
python=/usr/bin/python3
gpkg="$out/montevideo_roads.gpkg"

"$here/install_dependencies.sh" # GDAL and its Python bindings

mkdir -p "$out"
"$python" "$here/osm_qa_tiles.py" \
  ${MVT_FIXTURES_TGZ:+--fixtures-tgz "$MVT_FIXTURES_TGZ"} \
  --format gpkg --gpkg "$gpkg"

for layer in roads venue; do
  count="$(/usr/bin/ogrinfo -ro -so "$gpkg" "$layer" | sed -n 's/^Feature Count: //p')"
  [[ "$count" -gt 0 ]] || { echo "$gpkg: layer $layer is empty" >&2; exit 1; }
  echo "$layer: $count features"
done
echo "$gpkg: $(stat -c %s "$gpkg") bytes"
