#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_domain (tests/fuzz/corpus/): one input per domain target, with the
values of the unit tests (tests/domain) in the byte layout that fuzz_domain.cpp's Reader reads:
a target byte, then doubles as 8 little-endian bytes, counts and flags as single bytes, text as a
length byte and its characters."""
import math
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))


def d(*values):
    return b"".join(struct.pack("<d", v) for v in values)


def b(*values):
    return bytes(values)


def text(s):
    return b(len(s)) + s.encode()


def line(points, width=7.0, oneway=0, drivable=0):
    out = b(len(points))
    for x, y in points:
        out += d(x, y)
    return out + d(width) + b(oneway, drivable)


def points(pts):
    out = b(len(pts))
    for x, y in pts:
        out += d(x, y)
    return out


# A 90 degree bend of centreline radius 20 m drawn with 5 points, 100 m straights (test_bendgeometry).
QUARTER_ARC = [(-100.0, 0.0)] + [
    (20 * math.sin(math.pi / 2 * i / 4), 20 - 20 * math.cos(math.pi / 2 * i / 4)) for i in range(5)
] + [(20.0, 120.0)]

SEEDS = {
    # Kingery-Bulmash: range, charge, threshold (test_blast: 100 kg TNT, 34.5 kPa)
    "blast_100kg_20m": b(0) + d(20.0, 100.0, 34.5),
    "blast_1kg_5m": b(0) + d(5.0, 1.0, 103.0),
    # Catalogue: a threat key and an overpressure (test_threatcatalogue)
    "catalogue_sedan": b(1) + text("sedan") + d(6.9),
    "catalogue_car": b(1) + text("car") + d(20.7),
    # Dynamics: a0, vmax, v0, distance, deflection, width, friction, mass (test_vehicledynamics)
    "dynamics_car": b(2) + d(2.0, 30.0, 0.0, 50.0, 1.5708, 7.0, 0.7, 1500.0),
    # Barriers: class, custom mass, speed, angle, standard, designation (test_barrierratings)
    "barriers_n2a": b(3, 3) + d(7200.0, 13.3, 90.0) + b(1) + text("N2A"),
    # Crowd: area, density, attendance, lane rate, arrival, flow, egress minutes, width, lanes, weights
    "crowd_20000": b(4) + d(10000.0, 2.0, 20000.0, 400.0, 60.0, 82.0, 8.0, 10.0) + b(10, 3) + d(1.0, 2.0, 3.0),
    # Streets: a T junction and a straight, then the model, options, an entry and an impact location
    "streets_t_junction": b(5, 3)
    + line([(0, 0), (100, 0)])
    + line([(100, 0), (100, 100)])
    + line([(100, 0), (200, 0), (300, 50)], oneway=1)
    + d(0.5)
    + d(2.0, 30.0, 0.7)
    + b(0, 1, 1)
    + b(0)
    + d(10.0)
    + b(1)
    + d(50.0, 0.0, 1.0),
    # Bends (target byte 224): a polyline, tolerance, open, then turn, width, inner radius, friction, rollover
    "bends_quarter_arc": b(224) + points(QUARTER_ARC) + d(0.5) + b(0) + d(math.pi / 2, 7.0, 16.5, 0.7, 0.45),
    # Streets with the bend options (225): the T junction seed, then kerb radius, tolerance, rollover threshold
    "streets_bend_options": b(225, 3)
    + line([(0, 0), (100, 0)])
    + line([(100, 0), (100, 100)])
    + line([(100, 0), (200, 0), (300, 50)], oneway=1)
    + d(0.5)
    + d(2.0, 30.0, 0.7)
    + b(0, 1, 1)
    + b(0)
    + d(10.0)
    + b(1)
    + d(50.0, 0.0, 1.0)
    + d(15.0, 0.5, 0.45),
    # Rules (226): maxspeed, vehicle class, speed, penetration, standoff, threat, charge, carrier, attendance,
    # flow, egress minutes, peak factor, lane rate, exit widths, exit count, bound quantity and value
    "rules_defaults": b(226)
    + text("50;30 mph")
    + b(4)
    + d(16.0, 1.0, 98.0)
    + b(0)
    + d(2.3)
    + b(0)
    + d(6560.0, 82.0, 8.0, 2.0, 400.0)
    + b(2)
    + d(5.0, 5.0)
    + b(2, 0)
    + d(120.0),
    # Open-ground streets (248): a street to an obstacle's corner, a leg round it (rooms at both points) and a leg to
    # a target (a stop at its end), then the T junction seed's search part (tolerance, model, options, entry, impact)
    # and the bend options
    "openground_corner_legs": b(248, 3)
    + b(2) + d(-100.0, 0.0, 0.0, 0.0) + d(7.0) + b(0)
    + b(2) + d(0.0, 0.0, 0.0, 5.0) + d(7.0) + b(4 | 32)
    + d(0.0, 10.0, 5.0, 1e300, 1e300, 1e300)
    + d(1e300, 1e300, 1e300, 10.0, 0.0, 5.0)
    + b(2) + d(0.0, 5.0, 30.0, 5.0) + d(7.0) + b(4 | 16)
    + d(0.5)
    + d(2.0, 30.0, 0.7)
    + b(0, 1, 1)
    + b(0)
    + d(10.0)
    + b(2)
    + d(30.0, 0.0, 1.0)
    + d(15.0, 0.5, 0.45),
    # The open-ground turn (249): the slalom's first corner (test_opengroundturn), then a bound to stop at
    "openground_turn_slalom": b(249) + d(0.904, 1.493, 0.0, 304.0, 2.443, 0.0, 7.60, 10.0),
    # Perimeter: four crossings N/E/S/W, two gates 90 degrees apart, 10 m of exits, two entries
    "perimeter_four_streets": b(6, 4)
    + d(7.0, 0.0) + b(2) + d(12.0)
    + d(7.0, 90.0) + b(3) + d(-1.0)
    + d(5.0, 180.0) + b(1) + d(8.0)
    + d(9.0, 270.0) + b(2) + d(15.0)
    + b(3) + d(90.0, 10.0) + b(3)
    + d(0.0, 0.0, 1.0, 1.0)
    + d(10.0, 350.0),
}

if __name__ == "__main__":
    corpus = os.path.join(HERE, "corpus")
    os.makedirs(corpus, exist_ok=True)
    for name, data in SEEDS.items():
        with open(os.path.join(corpus, name), "wb") as f:
            f.write(data)
    print(f"{len(SEEDS)} seeds in {corpus}")
