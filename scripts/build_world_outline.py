"""Build src/sidelines/web/static/world-land.svg, the offline world outline of the map page.

Source: the npm package world-atlas 2.0.2 (``npm install`` from package.json at the repository
root), file land-110m.json: TopoJSON of Natural Earth's 1:110m land polygons. Natural Earth is
in the public domain; world-atlas is under the ISC licence (Copyright 2013-2019 Michael
Bostock). This script decodes the TopoJSON arcs and writes one SVG path in an equirectangular
projection (x = lon + 180, y = 90 - lat, a 360 x 180 box), rounded to 0.1 degree.

Usage: npm install && python scripts/build_world_outline.py [node_modules/world-atlas/land-110m.json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "node_modules" / "world-atlas" / "land-110m.json"
TARGET = ROOT / "src" / "sidelines" / "web" / "static" / "world-land.svg"


def decode_arcs(topo):
    """The arcs as lists of (lon, lat), undoing the delta encoding and the quantisation."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def ring(arcs, indices):
    """One ring from arc indices (a negative index ~i is arc i reversed), shared end points once."""
    points = []
    for i in indices:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def polygons(geometry):
    """The polygons (lists of rings of arc indices) of a TopoJSON geometry."""
    if geometry["type"] == "GeometryCollection":
        for g in geometry["geometries"]:
            yield from polygons(g)
    elif geometry["type"] == "Polygon":
        yield geometry["arcs"]
    elif geometry["type"] == "MultiPolygon":
        yield from geometry["arcs"]


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    topo = json.loads(source.read_text("utf-8"))
    arcs = decode_arcs(topo)
    parts = []
    for polygon in polygons(topo["objects"]["land"]):
        for indices in polygon:
            pts = [(round(lon + 180, 1), round(90 - lat, 1)) for lon, lat in ring(arcs, indices)]
            kept = [p for k, p in enumerate(pts) if k == 0 or p != pts[k - 1]]
            if len(kept) < 3:
                continue
            # A ring crossing the antimeridian jumps across the map: start a new stroke there.
            path = f"M{kept[0][0]:g} {kept[0][1]:g}"
            for (x0, _), (x, y) in zip(kept, kept[1:], strict=False):
                path += ("M" if abs(x - x0) > 180 else "L") + f"{x:g} {y:g}"
            parts.append(path + "Z")
    svg = ('<?xml version="1.0" encoding="utf-8"?>\n'
           "<!-- Land outline: Natural Earth 1:110m (public domain) via world-atlas 2.0.2 (ISC, (c) 2013-2019 "
           "Michael Bostock); built by scripts/build_world_outline.py. Equirectangular, x = lon + 180, "
           "y = 90 - lat. -->\n"
           '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180" width="360" height="180">'
           f'<path fill="#e4e1d8" stroke="#b9b3a3" stroke-width="0.2" d="{"".join(parts)}"/></svg>\n')
    TARGET.write_text(svg, "utf-8")
    print(f"{TARGET}: {len(parts)} rings, {len(svg)} bytes")


if __name__ == "__main__":
    main()
