#!/usr/bin/python3
"""Turn the OSM QA tiles of Montevideo (z12, in @mapbox/mvt-fixtures 4.0.0) into vector files.

Shared by make_sample_data.sh (small clip around the venue, GeoJSON) and
make_benchmark_data.sh (whole street network, GeoPackage).

OSM ways that cross a tile edge are cut there, one piece per tile, each piece
keeping the way's OSM id: lines are joined back end to start (which keeps the
way's direction, needed for oneway=yes), polygons are dissolved.
Data: (c) OpenStreetMap contributors, ODbL 1.0.
"""

import argparse
import glob
import hashlib
import math
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.request

from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()

FIXTURES_PACKAGE = "@mapbox/mvt-fixtures@4.0.0"
FIXTURES_REGISTRY_URL = "https://registry.npmjs.org/@mapbox/mvt-fixtures/-/mvt-fixtures-4.0.0.tgz"
FIXTURES_SHA256 = "214047a8e5df8dd0470515fbacf79dfafa88affc24cf41b83e23bfacaa30e7bd"
TILES_DIR_IN_PACKAGE = "package/real-world/osm-qa-montevideo"
LICENSE_IN_PACKAGE = "package/LICENSE-ODbL-1.0.md"
TILE_ZOOM = 12
WEB_MERCATOR_HALF_WORLD = 20037508.342789244  # EPSG:3857 half circumference (m)

# Montevideo lies in UTM zone 21 south: distances and merging tolerances are in metres there.
METRIC_EPSG = 32721
# Tile pieces of one way meet at the same clipped point; 1 cm (one tile unit: extent 2^20
# per z12 tile, ~0.93 cm) absorbs rounding only.
JOIN_TOLERANCE_M = 0.01
# highway=proposed is a planned road that does not exist on the ground.
SKIPPED_HIGHWAYS = {"proposed"}

# (OSM tag, output field, type)
ROAD_FIELDS = [
    ("highway", "highway", ogr.OFTString),
    ("name", "name", ogr.OFTString),
    ("oneway", "oneway", ogr.OFTString),
    ("lanes", "lanes", ogr.OFTInteger),
    ("width", "width", ogr.OFTReal),
    ("maxspeed", "maxspeed", ogr.OFTString),  # the raw OSM value ("50", "30 mph", "walk"): the plugin parses it
    ("access", "access", ogr.OFTString),
    ("motor_vehicle", "motor_vehicle", ogr.OFTString),
    ("bridge", "bridge", ogr.OFTString),
    ("tunnel", "tunnel", ogr.OFTString),
    ("area", "area", ogr.OFTString),
]
BUILDING_FIELDS = [
    ("building", "building", ogr.OFTString),
    ("name", "name", ogr.OFTString),
    ("building:levels", "levels", ogr.OFTInteger),
]
VENUE_FIELDS = [("name", "name", ogr.OFTString)]

# Open ground a hostile vehicle can drive on off the carriageway (issue 13): (OSM tag, values). Squares,
# parks and lawns, pedestrian areas, surface car parks, pitches. Multi-storey and underground car parks are
# buildings or below ground, not open ground.
OPEN_AREA_TAGS = [
    ("place", {"square"}),
    ("highway", {"pedestrian"}),  # as a polygon: a pedestrian area (area=yes)
    ("area:highway", {"pedestrian", "footway"}),
    ("leisure", {"park", "pitch", "common"}),
    ("landuse", {"recreation_ground", "grass", "village_green"}),
    ("amenity", {"parking", "marketplace"}),
]
# What stops a vehicle, by shape. Trees are left out: a truck can break a young tree, and an obstacle that
# does not stop the vehicle would make the computed speeds too low (the unsafe side); a planner who knows
# the trees can add them. Fences, hedges, kerbs and gates do not stop a vehicle either.
OBSTACLE_POLYGON_TAGS = [
    ("amenity", {"fountain"}),
    ("historic", {"memorial", "monument"}),
    ("natural", {"water"}),
    ("barrier", {"wall", "city_wall", "retaining_wall", "jersey_barrier"}),
]
OBSTACLE_LINE_TAGS = [("barrier", {"wall", "city_wall", "retaining_wall", "jersey_barrier", "guard_rail"})]
OBSTACLE_POINT_TAGS = [("barrier", {"bollard", "block", "planter", "jersey_barrier"}),
                       ("amenity", {"fountain"}), ("historic", {"memorial", "monument"})]
# Fields: the tag=value that made the feature open ground or an obstacle (kind), and what a planner needs.
OPEN_AREA_FIELDS = [("name", "name", ogr.OFTString), ("access", "access", ogr.OFTString),
                    ("parking", "parking", ogr.OFTString)]
OBSTACLE_FIELDS = [("name", "name", ogr.OFTString), ("barrier", "barrier", ogr.OFTString),
                   ("bollard", "bollard", ogr.OFTString)]  # bollard=removable|rising|fixed|flexible (OSM)
USED_TAGS = sorted({"@id", "@type", "place", "area"}
                   | {tag for fields in (ROAD_FIELDS, BUILDING_FIELDS, VENUE_FIELDS, OPEN_AREA_FIELDS, OBSTACLE_FIELDS)
                      for tag, _, _ in fields}
                   | {tag for tags in (OPEN_AREA_TAGS, OBSTACLE_POLYGON_TAGS, OBSTACLE_LINE_TAGS, OBSTACLE_POINT_TAGS)
                      for tag, _ in tags})


def log(message):
    print(message, file=sys.stderr, flush=True)


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fixtures_tarball(cache_dir):
    """The npm tarball of the fixtures in cache_dir, fetched when missing: with `npm pack`, or straight
    from the npm registry on a machine without npm (the SHA-256 check below is the same for both)."""
    os.makedirs(cache_dir, exist_ok=True)
    tarball = os.path.join(cache_dir, "mapbox-mvt-fixtures-4.0.0.tgz")
    if not os.path.exists(tarball):
        log(f"fetching {FIXTURES_PACKAGE} into {cache_dir}")
        if shutil.which("npm"):
            subprocess.run(["npm", "pack", FIXTURES_PACKAGE, "--pack-destination", cache_dir, "--silent"],
                           check=True, stdout=subprocess.DEVNULL)
        else:
            partial = tarball + ".part"
            urllib.request.urlretrieve(FIXTURES_REGISTRY_URL, partial)
            os.replace(partial, tarball)
    if sha256_of(tarball) != FIXTURES_SHA256:
        sys.exit(f"{tarball}: unexpected SHA-256 (not {FIXTURES_PACKAGE}?); delete it to fetch again")
    return tarball


def unpack_tiles(tarball, work_dir):
    """Extracts the Montevideo tiles and the ODbL text; returns (tiles dir, licence path)."""
    with tarfile.open(tarball, "r:gz") as archive:
        wanted = [m for m in archive.getmembers()
                  if m.isfile() and (m.name.startswith(TILES_DIR_IN_PACKAGE + "/") or m.name == LICENSE_IN_PACKAGE)]
        archive.extractall(work_dir, members=wanted)
    return os.path.join(work_dir, TILES_DIR_IN_PACKAGE), os.path.join(work_dir, LICENSE_IN_PACKAGE)


def tile_paths(tiles_dir):
    """[(path, x, y)] for the z12 tiles named z-x-y.mvt."""
    tiles = []
    for path in sorted(glob.glob(os.path.join(tiles_dir, "*.mvt"))):
        z, x, y = (int(v) for v in os.path.basename(path)[:-4].split("-"))
        if z != TILE_ZOOM:
            sys.exit(f"{path}: expected zoom {TILE_ZOOM}")
        tiles.append((path, x, y))
    if not tiles:
        sys.exit(f"no .mvt tiles in {tiles_dir}")
    return tiles


def parse_number(text, kind):
    """OSM numeric tag to int/float (accepts '7', '7.5', '7 m'); None when absent or not a number."""
    if text is None:
        return None
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(m)?\s*", text)
    if not match:
        return None
    return kind(float(match.group(1))) if kind is int else float(match.group(1))


class Way:
    """All tile pieces of one OSM way (or node, for points), with its tags."""

    def __init__(self, osm_id, tags):
        self.osm_id = osm_id
        self.tags = tags
        self.pieces = []  # ogr geometries, EPSG:3857 as decoded


def read_tiles(tiles, wants):
    """Reads every feature of every tile; wants(tags, geometry) -> category name or None.

    Returns {category: {osm_id: Way}}."""
    found = {}
    for path, x, y in tiles:
        # CLIP=YES: a way's pieces end exactly on the tile edge, where the next tile's piece starts.
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR, open_options=[f"X={x}", f"Y={y}", f"Z={TILE_ZOOM}", "CLIP=YES"])
        layer = dataset.GetLayer(0)
        defn = layer.GetLayerDefn()
        # Reading only the tags we use keeps this fast (a tile has up to 345 tag columns).
        columns = [(name, defn.GetFieldIndex(name)) for name in USED_TAGS if defn.GetFieldIndex(name) >= 0]
        for feature in layer:
            geometry = feature.GetGeometryRef()
            if geometry is None or geometry.IsEmpty():
                continue
            tags = {name: feature.GetField(i) for name, i in columns if feature.IsFieldSetAndNotNull(i)}
            category = wants(tags, geometry)
            if category is None:
                continue
            key = (tags["@type"], tags["@id"])
            way = found.setdefault(category, {}).setdefault(key, Way(tags["@id"], tags))
            way.pieces.append(geometry.Clone())
        log(f"read {os.path.basename(path)}: {layer.GetFeatureCount()} features")
    return found


def line_parts(geometry):
    """Coordinate lists of a LineString or MultiLineString."""
    if geometry.GetGeometryType() in (ogr.wkbLineString, ogr.wkbLineString25D):
        return [geometry.GetPoints()]
    return [geometry.GetGeometryRef(i).GetPoints() for i in range(geometry.GetGeometryCount())]


def close(a, b, tolerance):
    return math.hypot(a[0] - b[0], a[1] - b[1]) <= tolerance


def join_pieces(parts, tolerance):
    """Joins lines whose end meets another's start (never reverses: the way keeps its direction)."""
    parts = [list(p) for p in parts]
    joined = True
    while joined and len(parts) > 1:
        joined = False
        for i in range(len(parts)):
            for j in range(len(parts)):
                if i != j and close(parts[i][-1], parts[j][0], tolerance):
                    parts[i] = parts[i] + parts[j][1:]
                    del parts[j]
                    joined = True
                    break
            if joined:
                break
    return parts


def merged_lines(way, tolerance):
    """The way's lines in EPSG:3857, tile pieces joined back; usually one."""
    parts = [p for piece in way.pieces for p in line_parts(piece)]
    lines = []
    for coords in join_pieces(parts, tolerance):
        line = ogr.Geometry(ogr.wkbLineString)
        for point in coords:
            line.AddPoint_2D(point[0], point[1])
        lines.append(line)
    return lines


def merged_polygon(way):
    """The way's polygon in EPSG:3857, tile pieces dissolved."""
    if len(way.pieces) == 1:
        return way.pieces[0].Clone()
    collection = ogr.Geometry(ogr.wkbMultiPolygon)
    for piece in way.pieces:
        if ogr.GT_Flatten(piece.GetGeometryType()) == ogr.wkbMultiPolygon:
            for i in range(piece.GetGeometryCount()):
                collection.AddGeometry(piece.GetGeometryRef(i))
        else:
            collection.AddGeometry(piece)
    return collection.UnionCascaded()


def spatial_reference(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def transformed(geometry, transform):
    copy = geometry.Clone()
    copy.Transform(transform)
    return copy


def round_coordinates(geometry, decimals):
    """Rounds vertices in place (GeoJSON writes 7 decimals anyway; the GeoPackage gets the same)."""
    if geometry.GetGeometryCount() > 0:
        for i in range(geometry.GetGeometryCount()):
            round_coordinates(geometry.GetGeometryRef(i), decimals)
        return
    for i in range(geometry.GetPointCount()):
        geometry.SetPoint_2D(i, round(geometry.GetX(i), decimals), round(geometry.GetY(i), decimals))


class Writer:
    """One output layer (GeoJSON file or GeoPackage layer) in EPSG:4326."""

    def __init__(self, path, layer_name, geometry_type, fields, driver):
        if driver == "GeoJSON" and os.path.exists(path):
            os.remove(path)
        if driver == "GPKG" and os.path.exists(path):
            self.dataset = ogr.Open(path, 1)
        else:
            self.dataset = ogr.GetDriverByName(driver).CreateDataSource(path)
        options = ["RFC7946=YES", "COORDINATE_PRECISION=7", "WRITE_NAME=NO"] if driver == "GeoJSON" else ["OVERWRITE=YES"]
        self.layer = self.dataset.CreateLayer(layer_name, spatial_reference(4326), geometry_type, options)
        self.fields = fields
        id_field = ogr.FieldDefn("osm_id", ogr.OFTInteger64)
        self.layer.CreateField(id_field)
        for _, name, kind in fields:
            self.layer.CreateField(ogr.FieldDefn(name, kind))
        self.layer.StartTransaction()

    def add(self, way, geometry):
        feature = ogr.Feature(self.layer.GetLayerDefn())
        feature.SetField("osm_id", way.osm_id)
        for tag, name, kind in self.fields:
            value = way.tags.get(tag)
            if kind == ogr.OFTInteger:
                value = parse_number(value, int)
            elif kind == ogr.OFTReal:
                value = parse_number(value, float)
            if value is None:
                feature.SetFieldNull(name)  # written as null, so every field exists even if no way has the tag
            else:
                feature.SetField(name, value)
        round_coordinates(geometry, 7)
        feature.SetGeometry(geometry)
        self.layer.CreateFeature(feature)

    def close(self):
        self.layer.CommitTransaction()
        self.layer = None
        self.dataset = None


def is_line(geometry):
    return ogr.GT_Flatten(geometry.GetGeometryType()) in (ogr.wkbLineString, ogr.wkbMultiLineString)


def is_polygon(geometry):
    return ogr.GT_Flatten(geometry.GetGeometryType()) in (ogr.wkbPolygon, ogr.wkbMultiPolygon)


def is_point(geometry):
    return ogr.GT_Flatten(geometry.GetGeometryType()) in (ogr.wkbPoint, ogr.wkbMultiPoint)


def matching_kind(tags, wanted):
    """'tag=value' of the first (tag, values) pair the tags match, or None."""
    for tag, values in wanted:
        if tags.get(tag) in values:
            return f"{tag}={tags[tag]}"
    return None


def classify(venue_name):
    def wants(tags, geometry):
        if is_line(geometry) and tags.get("highway") and tags["highway"] not in SKIPPED_HIGHWAYS:
            return "roads"
        if is_polygon(geometry) and tags.get("building"):
            return "buildings"
        if is_polygon(geometry) and tags.get("name") == venue_name and tags.get("place") == "square":
            return "venue"
        if is_polygon(geometry) and tags.get("parking") in ("multi-storey", "underground"):
            return None
        if is_polygon(geometry) and matching_kind(tags, OBSTACLE_POLYGON_TAGS):
            return "obstacle_polygons"
        if is_polygon(geometry) and matching_kind(tags, OPEN_AREA_TAGS):
            return "open_areas"
        if is_line(geometry) and matching_kind(tags, OBSTACLE_LINE_TAGS):
            return "obstacle_lines"
        if is_point(geometry) and matching_kind(tags, OBSTACLE_POINT_TAGS):
            return "obstacle_points"
        return None
    return wants


def single_lines(geometry):
    """LineString parts of a clipped geometry (clipping can split a line or leave points)."""
    kind = ogr.GT_Flatten(geometry.GetGeometryType())
    if kind == ogr.wkbLineString:
        return [geometry] if geometry.Length() > 0 else []
    if kind in (ogr.wkbMultiLineString, ogr.wkbGeometryCollection):
        return [g for i in range(geometry.GetGeometryCount()) for g in single_lines(geometry.GetGeometryRef(i).Clone())]
    return []


def dangling_end_count(lines, tolerance):
    """Line ends that touch no other line (neither its ends nor its vertices): dead ends or gaps."""
    index = {}
    cell = 1.0

    def key(p):
        return (math.floor(p[0] / cell), math.floor(p[1] / cell))

    for n, line in enumerate(lines):
        for p in line.GetPoints():
            index.setdefault(key(p), []).append((n, p))
    dangling = []
    for n, line in enumerate(lines):
        points = line.GetPoints()
        for end in (points[0], points[-1]):
            kx, ky = key(end)
            touched = any(other != n and close(end, p, tolerance)
                          for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                          for other, p in index.get((kx + dx, ky + dy), []))
            if not touched:
                dangling.append(end)
    return dangling


def tile_polygon(x, y):
    """The tile's square in EPSG:3857."""
    size = 2 * WEB_MERCATOR_HALF_WORLD / 2**TILE_ZOOM
    west, north = -WEB_MERCATOR_HALF_WORLD + x * size, WEB_MERCATOR_HALF_WORLD - y * size
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for px, py in ((west, north), (west + size, north), (west + size, north - size), (west, north - size), (west, north)):
        ring.AddPoint_2D(px, py)
    square = ogr.Geometry(ogr.wkbPolygon)
    square.AddGeometry(ring)
    return square


def ends_on_seams(ends, tiles, to_mercator):
    """How many of these (metric) line ends lie on an edge between two tiles: joins that failed."""
    squares = [tile_polygon(x, y) for _, x, y in tiles]
    edges = ogr.Geometry(ogr.wkbMultiLineString)
    coverage = ogr.Geometry(ogr.wkbMultiPolygon)
    for square in squares:
        edges.AddGeometry(square.Boundary())
        coverage.AddGeometry(square)
    outline = coverage.UnionCascaded().Boundary()
    count = 0
    for x, y in ends:
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x, y)
        point.Transform(to_mercator)
        if point.Distance(edges) < 0.5 and point.Distance(outline) > 0.5:
            count += 1
    return count


def geometry_parts(geometry, wanted):
    """The parts of a (clipped) geometry that are of the wanted kind (is_point, is_line or is_polygon)."""
    if ogr.GT_Flatten(geometry.GetGeometryType()) == ogr.wkbGeometryCollection:
        return [g for i in range(geometry.GetGeometryCount()) for g in geometry_parts(geometry.GetGeometryRef(i).Clone(), wanted)]
    return [geometry] if wanted(geometry) and not geometry.IsEmpty() else []


def write_open_ground(found, clip, to_metric, to_wgs84, output, driver):
    """open_areas (polygons) and obstacle_polygons / obstacle_lines / obstacle_points, clipped like the roads."""
    layers = [
        ("open_areas", ogr.wkbMultiPolygon, OPEN_AREA_FIELDS, OPEN_AREA_TAGS, is_polygon),
        ("obstacle_polygons", ogr.wkbMultiPolygon, OBSTACLE_FIELDS, OBSTACLE_POLYGON_TAGS, is_polygon),
        ("obstacle_lines", ogr.wkbMultiLineString, OBSTACLE_FIELDS, OBSTACLE_LINE_TAGS, is_line),
        ("obstacle_points", ogr.wkbPoint, OBSTACLE_FIELDS, OBSTACLE_POINT_TAGS, is_point),
    ]
    for name, geometry_type, fields, kinds, shape in layers:
        writer = Writer(output(name), name, geometry_type, [("kind", "kind", ogr.OFTString)] + fields, driver)
        count = repaired = 0
        for way in found.get(name, {}).values():
            if shape is is_polygon:
                geometry = transformed(merged_polygon(way), to_metric)
                if not geometry.IsValid():
                    repaired += 1
                    geometry = geometry.MakeValid()
            elif shape is is_line:
                lines = merged_lines(way, JOIN_TOLERANCE_M)
                geometry = ogr.Geometry(ogr.wkbMultiLineString)
                for line in lines:
                    geometry.AddGeometry(transformed(line, to_metric))
            else:
                geometry = transformed(way.pieces[0], to_metric)
            if clip:
                geometry = geometry.Intersection(clip)
            parts = geometry_parts(geometry, shape)
            if not parts:
                continue
            way.tags["kind"] = matching_kind(way.tags, kinds)
            for part in parts:
                if geometry_type == ogr.wkbMultiPolygon:
                    part = ogr.ForceToMultiPolygon(part)
                elif geometry_type == ogr.wkbMultiLineString:
                    part = ogr.ForceToMultiLineString(part)
                writer.add(way, transformed(part, to_wgs84))
                count += 1
        writer.close()
        print(f"{name}: {count} features" + (f" ({repaired} repaired with MakeValid)" if repaired else ""))


def run(args, work_dir):
    tarball = args.fixtures_tgz or fixtures_tarball(args.cache_dir)
    tiles_dir, licence = unpack_tiles(tarball, work_dir)
    tiles = tile_paths(tiles_dir)
    found = read_tiles(tiles, classify(args.venue_name))

    to_metric = osr.CoordinateTransformation(spatial_reference(3857), spatial_reference(METRIC_EPSG))
    to_wgs84 = osr.CoordinateTransformation(spatial_reference(METRIC_EPSG), spatial_reference(4326))

    venues = list(found.get("venue", {}).values())
    if len(venues) != 1:
        sys.exit(f"expected one polygon named {args.venue_name!r} with place=square, found {len(venues)}")
    venue = venues[0]
    venue_metric = transformed(merged_polygon(venue), to_metric)
    centre = venue_metric.Centroid()
    env = venue_metric.GetEnvelope()
    print(f"venue: {args.venue_name} (way {venue.osm_id}) from {len(venue.pieces)} tile piece(s), "
          f"valid={venue_metric.IsValid()}, area={venue_metric.GetArea():.0f} m2, "
          f"extent {env[1] - env[0]:.0f} m x {env[3] - env[2]:.0f} m (UTM 21S)")
    if not venue_metric.IsValid():
        sys.exit("the venue polygon is not valid")

    driver = "GPKG" if args.format == "gpkg" else "GeoJSON"

    def output(name):
        return args.gpkg if driver == "GPKG" else os.path.join(args.out_dir, name + ".geojson")

    if driver == "GPKG" and os.path.exists(args.gpkg):
        os.remove(args.gpkg)

    venue_writer = Writer(output("venue"), "venue", ogr.wkbPolygon, VENUE_FIELDS, driver)
    venue_geometry = transformed(venue_metric, to_wgs84)
    venue_writer.add(venue, venue_geometry)
    venue_writer.close()

    road_clip = centre.Buffer(args.roads_radius, 32) if args.roads_radius > 0 else None
    road_writer = Writer(output("roads"), "roads", ogr.wkbLineString, ROAD_FIELDS, driver)
    ways_written = ways_cut = ways_in_parts = 0
    written_lines = []
    for way in found.get("roads", {}).values():
        lines = [transformed(line, to_metric) for line in merged_lines(way, JOIN_TOLERANCE_M)]
        kept = [piece for line in lines
                for piece in (single_lines(line.Intersection(road_clip)) if road_clip else [line])]
        if not kept:
            continue
        ways_written += 1
        ways_cut += len(way.pieces) > 1
        ways_in_parts += len(lines) > 1
        for piece in kept:
            written_lines.append(piece)
            road_writer.add(way, transformed(piece, to_wgs84))
    road_writer.close()
    dangling = dangling_end_count(written_lines, 0.05)
    on_clip_circle = sum(1 for p in dangling
                         if road_clip and abs(math.hypot(p[0] - centre.GetX(), p[1] - centre.GetY()) - args.roads_radius) < 1.0)
    on_seams = ends_on_seams(dangling, tiles, osr.CoordinateTransformation(spatial_reference(METRIC_EPSG),
                                                                           spatial_reference(3857)))
    print(f"roads: {len(written_lines)} lines from {ways_written} OSM ways ({ways_cut} of them cut by tile edges); "
          f"{ways_in_parts} way(s) still in several parts after joining; "
          f"{len(dangling)} line ends touch no other road: {on_seams} on a seam between tiles"
          + (f", {on_clip_circle} on the {args.roads_radius:.0f} m clip circle" if road_clip else ""))

    if args.buildings_radius >= 0:
        building_writer = Writer(output("buildings"), "buildings", ogr.wkbMultiPolygon, BUILDING_FIELDS, driver)
        count = invalid = 0
        for way in found.get("buildings", {}).values():
            polygon = transformed(merged_polygon(way), to_metric)
            if polygon.Distance(venue_metric) > args.buildings_radius:
                continue
            if not polygon.IsValid():
                invalid += 1
                polygon = polygon.MakeValid()
            building_writer.add(way, ogr.ForceToMultiPolygon(transformed(polygon, to_wgs84)))
            count += 1
        building_writer.close()
        print(f"buildings: {count} within {args.buildings_radius:.0f} m of the venue ({invalid} repaired with MakeValid)")

    if args.open_ground:
        write_open_ground(found, road_clip, to_metric, to_wgs84, output, driver)

    if args.licence_out:
        with open(licence, "rb") as source, open(args.licence_out, "wb") as target:
            target.write(source.read())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache-dir", default=os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")),
                                                            "eventsecurity"),
                        help="where the npm tarball is kept (fetched with npm pack when missing)")
    parser.add_argument("--fixtures-tgz", help="use this copy of the tarball instead")
    parser.add_argument("--venue-name", default="Plaza Independencia")
    parser.add_argument("--format", choices=["geojson", "gpkg"], default="geojson")
    parser.add_argument("--out-dir", help="GeoJSON output folder")
    parser.add_argument("--gpkg", help="GeoPackage output file")
    parser.add_argument("--roads-radius", type=float, default=0, help="clip roads to this distance (m) of the venue centroid; 0 = all")
    parser.add_argument("--buildings-radius", type=float, default=-1, help="buildings within this distance (m) of the venue; <0 = none")
    parser.add_argument("--open-ground", action="store_true",
                        help="also write open_areas and obstacle_polygons/lines/points (clipped like the roads)")
    parser.add_argument("--licence-out", help="copy the package's ODbL text here")
    args = parser.parse_args()
    if args.fixtures_tgz and sha256_of(args.fixtures_tgz) != FIXTURES_SHA256:
        sys.exit(f"{args.fixtures_tgz}: unexpected SHA-256")
    with tempfile.TemporaryDirectory(prefix="osmqa-") as work_dir:
        run(args, work_dir)


if __name__ == "__main__":
    main()
