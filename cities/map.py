"""The cities map, drawn by the server as SVG: no tiles, no script, nothing fetched.

- The world outline comes from Natural Earth's 1:110m countries shipped in ``cities/data``
  (TopoJSON, decoded here), projected with the Equal Earth projection (areas true to size, the
  shape people know), cut at 57° S and 85° N (no city lies beyond), simplified to half a unit
  of the 1000-unit-wide drawing and rounded to whole units. ``world_outline()`` does this once
  per process (≈0.1 s) and keeps the result.
- Each city is a marker: a circle for the EU, a triangle for partner countries (colour is not
  the only difference), inside a link whose accessible name is "city, country" in the
  visitor's language. Markers that would overlap are spread around their common centre.
- Each pair is a curved line between its two cities.

``network_map()`` collects what a map shows from pages; the ``cities_map`` template tag
renders it with ``cities/includes/map.html`` and caches the result.
"""

import functools
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

WORLD = Path(__file__).resolve().parent / "data" / "countries-110m.json"
WIDTH = 1000
NORTH, SOUTH = 85.0, -57.0
TOLERANCE = 0.5  # simplification, in drawing units (1/1000 of the map's width)
MIN_RING_AREA = 2.0  # islands smaller than this (square units) are dropped
MARKER_SPACING = 9.0  # markers closer than this are spread apart

# Equal Earth (Šavrič, Patterson and Jenny 2018).
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


def equal_earth(longitude, latitude):
    """Projected (x, y) in the projection's own units, y growing northwards."""
    lam, phi = math.radians(longitude), math.radians(latitude)
    theta = math.asin(_M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, y


_X_MAX = equal_earth(180, 0)[0]
_TOP = equal_earth(0, NORTH)[1]
_SCALE = WIDTH / (2 * _X_MAX)
HEIGHT = round((_TOP - equal_earth(0, SOUTH)[1]) * _SCALE)


def project(longitude, latitude):
    """Drawing coordinates: x from 0 (180° W) to WIDTH, y from 0 (85° N) down to HEIGHT."""
    x, y = equal_earth(longitude, latitude)
    return (x + _X_MAX) * _SCALE, (_TOP - y) * _SCALE


@dataclass(frozen=True)
class Outline:
    land: str  # SVG path data of the land, one closed subpath per island or continent
    borders: str  # SVG path data of the borders between countries
    width: int = WIDTH
    height: int = HEIGHT


def _decode_arcs(topology):
    """TopoJSON arcs (delta-encoded, quantized) as lists of (longitude, latitude)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arcs, indexes):
    """A polygon ring from its arcs; ``~i`` (negative) means arc i reversed."""
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _unwrapped(points):
    """The ring with longitudes made continuous (179° then 181°, not 179° then -179°)."""
    out = [points[0]]
    for longitude, latitude in points[1:]:
        previous = out[-1][0]
        while longitude - previous > 180:
            longitude -= 360
        while longitude - previous < -180:
            longitude += 360
        out.append((longitude, latitude))
    return out


def _clip(points, keep):
    """Sutherland–Hodgman clipping of a ring to one side of a meridian.

    ``keep`` is (meridian, sign): the part with ``sign * (longitude - meridian) >= 0`` stays.
    """
    meridian, sign = keep
    out = []
    for (lon0, lat0), (lon1, lat1) in zip(points, points[1:] + points[:1], strict=True):
        inside0, inside1 = sign * (lon0 - meridian) >= 0, sign * (lon1 - meridian) >= 0
        if inside0:
            out.append((lon0, lat0))
        if inside0 != inside1:
            t = (meridian - lon0) / (lon1 - lon0)
            out.append((meridian, lat0 + t * (lat1 - lat0)))
    return out


def _split_at_antimeridian(ring):
    """Rings that cross 180° (Fiji, Chukotka) as pieces that each stay on the map."""
    ring = _unwrapped(ring)
    longitudes = [longitude for longitude, _latitude in ring]
    if min(longitudes) >= -180 and max(longitudes) <= 180:
        return [ring]
    pieces = []
    for shift in (0, 360, -360):
        piece = [(longitude + shift, latitude) for longitude, latitude in ring]
        piece = _clip(_clip(piece, (-180, 1)), (180, -1))
        if len(piece) >= 3:
            pieces.append(piece)
    return pieces


def _split_line(points):
    """A border line broken where it jumps across 180°."""
    lines = [[points[0]]]
    for point in points[1:]:
        if abs(point[0] - lines[-1][-1][0]) > 180:
            lines.append([])
        lines[-1].append(point)
    return lines


def _simplify(points, tolerance):
    """Douglas–Peucker, iterative: the points that keep the line within ``tolerance``."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        farthest, distance = None, tolerance
        for index in range(first + 1, last):
            px, py = points[index]
            if length:
                d = abs(dy * (px - ax) - dx * (py - ay)) / length
            else:
                d = math.hypot(px - ax, py - ay)
            if d > distance:
                farthest, distance = index, d
        if farthest is not None:
            keep[farthest] = True
            stack.extend([(first, farthest), (farthest, last)])
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def _rounded(points):
    out = []
    for x, y in points:
        point = (round(x), round(y))
        if not out or point != out[-1]:
            out.append(point)
    return out


def _numbers(values):
    """Numbers of SVG path data, with a space only where a minus sign does not separate them."""
    text = ""
    for value in values:
        text += (" " if text and value >= 0 else "") + str(value)
    return text


def _path(points, close):
    (x0, y0), rest = points[0], points[1:]
    deltas = []
    px, py = x0, y0
    for x, y in rest:
        deltas.extend((x - px, y - py))
        px, py = x, y
    return (
        f"M{_numbers((x0, y0))}"
        + (f"l{_numbers(deltas)}" if deltas else "")
        + ("z" if close else "")
    )


def _area(points):
    return (
        abs(
            sum(
                x0 * y1 - x1 * y0
                for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True)
            )
        )
        / 2
    )


def _geometries(collection):
    for geometry in collection["geometries"]:
        if geometry["type"] == "Polygon":
            yield geometry, [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            yield geometry, geometry["arcs"]


@functools.cache
def world_outline():
    """The projected, simplified world: computed once per process, then kept in memory."""
    topology = json.loads(WORLD.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    land = []
    for _geometry, polygons in _geometries(topology["objects"]["land"]):
        for polygon in polygons:
            for indexes in polygon:
                ring = _ring(arcs, indexes)
                if max(lat for _lon, lat in ring) < SOUTH:
                    continue  # Antarctica: below the map
                for piece in _split_at_antimeridian(ring):
                    points = _rounded(_simplify([project(*p) for p in piece], TOLERANCE))
                    if len(points) > 3 and points[0] == points[-1]:
                        points = points[:-1]
                    if len(points) >= 3 and _area(points) >= MIN_RING_AREA:
                        land.append(_path(points, close=True))
    # Borders: arcs that two different countries share (each drawn once).
    users = {}
    for number, (_geometry, polygons) in enumerate(_geometries(topology["objects"]["countries"])):
        for polygon in polygons:
            for indexes in polygon:
                for index in indexes:
                    users.setdefault(index if index >= 0 else ~index, set()).add(number)
    borders = []
    for index, countries in sorted(users.items()):
        if len(countries) < 2 or max(lat for _lon, lat in arcs[index]) < SOUTH:
            continue
        for line in _split_line(arcs[index]):
            points = _rounded(_simplify([project(*p) for p in line], TOLERANCE))
            if len(points) >= 2:
                borders.append(_path(points, close=False))
    return Outline(land="".join(land), borders="".join(borders))


# Markers and lines -------------------------------------------------------------------------


@dataclass
class MapCity:
    key: object  # translation key: the same city in every language
    title: str
    country: str
    region: str  # "eu" or "partner"
    url: str
    longitude: float
    latitude: float
    title_lang: str = ""  # set when the title is not in the visitor's language
    country_lang: str = ""
    x: int = 0
    y: int = 0

    @property
    def label(self):
        return f"{self.title}, {self.country}" if self.country else self.title


@dataclass
class MapPair:
    title: str
    url: str
    eu: MapCity
    partner: MapCity
    title_lang: str = ""
    path: str = field(default="", init=False)


def place(cities):
    """Set each city's drawing position, spreading markers that would overlap.

    Cities closer than ``MARKER_SPACING`` join a group; a group's markers sit on a small
    circle around the group's centre, in a fixed order, so that each stays visible and can be
    pointed at (Seoul's districts and Suwon, for instance).
    """
    groups = []
    for city in sorted(cities, key=lambda c: (str(c.title), str(c.key))):
        x, y = project(city.longitude, city.latitude)
        for group in groups:
            gx, gy = group["centre"]
            if math.hypot(x - gx, y - gy) < MARKER_SPACING:
                group["members"].append((city, x, y))
                n = len(group["members"])
                group["centre"] = ((gx * (n - 1) + x) / n, (gy * (n - 1) + y) / n)
                break
        else:
            groups.append({"centre": (x, y), "members": [(city, x, y)]})
    for group in groups:
        members = group["members"]
        if len(members) == 1:
            city, x, y = members[0]
            city.x, city.y = round(x), round(y)
            continue
        cx, cy = group["centre"]
        # On a circle whose neighbouring points are MARKER_SPACING apart.
        radius = MARKER_SPACING / (2 * math.sin(math.pi / len(members)))
        for n, (city, _x, _y) in enumerate(members):
            angle = -math.pi / 2 + 2 * math.pi * n / len(members)
            city.x = round(cx + radius * math.cos(angle))
            city.y = round(cy + radius * math.sin(angle))
    return cities


def pair_path(a, b):
    """A gentle arc from one city to the other, bowed northwards (like a great circle)."""
    mx, my = (a.x + b.x) / 2, (a.y + b.y) / 2
    dx, dy = b.x - a.x, b.y - a.y
    length = math.hypot(dx, dy) or 1
    nx, ny = -dy / length, dx / length  # a unit normal
    if ny > 0:
        nx, ny = -nx, -ny  # the normal that points up (north)
    bow = 0.15 * length
    cx, cy = round(mx + nx * bow), round(my + ny * bow)
    return f"M{_numbers((a.x, a.y))}Q{_numbers((cx, cy, b.x, b.y))}"


MARGIN = 40  # drawing units kept around the outermost markers
MIN_VIEW = (320, 200)  # the smallest part of the world a map shows (one pair's two cities)


def view_box(cities):
    """The part of the world the map shows: where its cities are, with a margin.

    No city of the programme lies in the Americas, so the home page map shows Europe to
    Australia, about half again as large on a phone as the whole world would be. The
    outline is the whole world either way; the SVG viewBox crops it.
    """
    if not cities:
        return (0, 0, WIDTH, HEIGHT)
    left, right = min(c.x for c in cities) - MARGIN, max(c.x for c in cities) + MARGIN
    top, bottom = min(c.y for c in cities) - MARGIN, max(c.y for c in cities) + MARGIN
    for axis, (low, high, minimum, limit) in enumerate(
        [(left, right, MIN_VIEW[0], WIDTH), (top, bottom, MIN_VIEW[1], HEIGHT)]
    ):
        if high - low < minimum:
            centre = (low + high) / 2
            low, high = centre - minimum / 2, centre + minimum / 2
        low, high = max(0, low), min(limit, high)
        if axis == 0:
            left, right = low, high
        else:
            top, bottom = low, high
    return (round(left), round(top), round(right - left), round(bottom - top))


def layout(cities, pairs):
    """Positions for the cities, paths for the pairs, and the part of the world to show."""
    place(cities)
    for pair in pairs:
        pair.path = pair_path(pair.eu, pair.partner)
    return cities, pairs, view_box(cities)
