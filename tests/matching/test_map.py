"""The cities map: the SVG parsed and checked on the home page, the city index and a pair page."""

import re
import xml.etree.ElementTree as ET

from django.template import Context, Template
from django.test import RequestFactory

import pytest

from cities.map import HEIGHT, WIDTH, project, world_outline
from cities.templatetags import cities_map

pytestmark = pytest.mark.django_db

SVG = re.compile(r'<svg class="cities-map__svg".*?</svg>', re.S)
URL = re.compile(r"(?:[a-z][a-z0-9+.-]*:)?//", re.I)


def map_svg(response):
    assert response.status_code == 200
    html = response.content.decode()
    found = SVG.findall(html)
    assert len(found) == 1, "one map per page"
    return ET.fromstring(found[0]), found[0], html  # noqa: S314 - our own page


def markers(svg):
    return svg.findall(".//a")


def check_no_external_url(svg_element):
    for element in svg_element.iter():
        for name, value in element.attrib.items():
            assert not URL.search(value), f"{element.tag} {name}={value!r}"
            if name == "href":
                assert value.startswith("/"), value
        assert not URL.search(element.text or "")


def build(network):
    hamburg = network.city("Hamburg", "DE", latitude="53.55", longitude="9.99")
    lyon = network.city("Lyon", "FR", latitude="45.76", longitude="4.84")
    seoul = network.city("Seoul", "KR", latitude="37.57", longitude="126.98")
    suwon = network.city("Suwon", "KR", latitude="37.26", longitude="127.03")
    sydney = network.city("Sydney", "AU", latitude="-33.87", longitude="151.21")
    pairs = [network.pair(hamburg, seoul), network.pair(lyon, sydney)]
    return [hamburg, lyon, seoul, suwon, sydney], pairs


def test_the_home_page_map_shows_every_city_and_pair(network, client, home_page):
    cities, pairs = build(network)
    svg, raw, html = map_svg(client.get(home_page.url))
    assert svg.get("width") is None  # it scales with its container (CSS width: 100%)

    links = markers(svg)
    assert len(links) == len(cities)
    by_name = {a.get("aria-label"): a for a in links}
    assert set(by_name) == {
        "Hamburg, Germany",
        "Lyon, France",
        "Seoul, South Korea",
        "Suwon, South Korea",
        "Sydney, Australia",
    }
    for city in cities:
        link = next(a for a in links if a.get("href") == city.url)
        assert link.find("title").text == link.get("aria-label")
    # Shapes tell regions apart, not only colours: circles for the EU, triangles for partners.
    assert by_name["Hamburg, Germany"].find("circle") is not None
    assert by_name["Seoul, South Korea"].find("path") is not None
    assert by_name["Seoul, South Korea"].find("circle") is None

    lines = svg.findall(".//path[@class='cities-map__pair']")
    assert len(lines) == len(pairs)
    check_no_external_url(svg)
    assert "Germany" in html.split("cities-map__text")[1]  # the text alternative lists them
    assert "Hamburg and Seoul" in html.split("cities-map__text")[1]


def positions_of(svg):
    positions = {}
    for link in markers(svg):
        shape = link.find("circle") if link.find("circle") is not None else link.find("path")
        if shape.tag == "circle":
            positions[link.get("aria-label")] = (int(shape.get("cx")), int(shape.get("cy")))
        else:
            x, y = re.match(r"M(-?\d+) (-?\d+)", shape.get("d")).groups()
            positions[link.get("aria-label")] = (int(x), int(y))
    return positions


def test_the_view_shows_where_the_cities_are(network, client, home_page):
    build(network)
    svg, _raw, _html = map_svg(client.get(home_page.url))
    left, top, width, height = map(int, svg.get("viewBox").split())
    assert left >= 0 and top >= 0
    assert left + width <= WIDTH and top + height <= HEIGHT
    assert width < WIDTH  # no city in the Americas: the map is cropped to Europe–Australia
    for x, y in positions_of(svg).values():
        assert left < x < left + width and top < y < top + height


def test_nearby_cities_get_markers_that_do_not_overlap(network, client, home_page):
    build(network)
    svg, _raw, _html = map_svg(client.get(home_page.url))
    positions = positions_of(svg)
    seoul, suwon = positions["Seoul, South Korea"], positions["Suwon, South Korea"]
    assert abs(seoul[0] - suwon[0]) + abs(seoul[1] - suwon[1]) >= 8
    # Sydney is where Sydney is: south-east of the drawing's centre.
    x, y = positions["Sydney, Australia"]
    assert (x, y) == tuple(round(v) for v in project(151.21, -33.87))


def test_the_city_index_map_follows_its_filters(network, client):
    cities, _pairs = build(network)
    index = network.city_index
    svg, _raw, _html = map_svg(client.get(index.url))
    assert len(markers(svg)) == 5
    svg, _raw, html = map_svg(client.get(index.url + "?country=KR"))
    assert sorted(a.get("aria-label") for a in markers(svg)) == [
        "Seoul, South Korea",
        "Suwon, South Korea",
    ]
    assert svg.findall(".//path[@class='cities-map__pair']") == []  # no pair with both shown
    svg, _raw, _html = map_svg(client.get(index.url + "?region=partner"))
    assert len(markers(svg)) == 3


def test_a_pair_page_map_shows_its_two_cities_and_one_line(network, client):
    _cities, pairs = build(network)
    svg, _raw, _html = map_svg(client.get(pairs[0].url))
    assert sorted(a.get("aria-label") for a in markers(svg)) == [
        "Hamburg, Germany",
        "Seoul, South Korea",
    ]
    assert len(svg.findall(".//path[@class='cities-map__pair']")) == 1
    check_no_external_url(svg)


def test_the_rendered_map_is_cached_until_the_content_changes(
    network, client, home_page, monkeypatch
):
    drawn = []
    draw = cities_map.network_map
    monkeypatch.setattr(
        cities_map, "network_map", lambda *args, **kwargs: drawn.append(1) or draw(*args, **kwargs)
    )
    cities, _pairs = build(network)
    client.get(home_page.url)
    client.get(home_page.url)
    assert len(drawn) == 1  # the second visit is served from the cache
    # A change anywhere in the network moves the content version on: a new map is drawn.
    cities[0].title = "Hamburg (Freie und Hansestadt)"
    cities[0].save_revision().publish()
    svg, _raw, _html = map_svg(client.get(home_page.url))
    assert "Hamburg (Freie und Hansestadt), Germany" in [a.get("aria-label") for a in markers(svg)]
    assert len(drawn) == 2
    # Previews are never served from the cache, nor stored in it.
    response = client.get(home_page.url)
    assert len(drawn) == 2
    preview = RequestFactory(HTTP_HOST="localhost").get("/")
    preview.is_preview = True
    html = Template("{% load cities_map %}{% cities_map %}").render(Context({"request": preview}))
    assert len(drawn) == 3 and "Hamburg (Freie und Hansestadt)" in html
    assert response.status_code == 200


def test_the_world_outline_is_small_and_stays_on_the_map():
    outline = world_outline()
    assert world_outline() is outline  # computed once per process
    assert len(outline.land) + len(outline.borders) < 30_000
    numbers = [int(n) for n in re.findall(r"-?\d+", outline.land)]
    assert numbers
    for subpath in re.findall(r"M(-?\d+) ?(-?\d+)", outline.land):
        x, y = map(int, subpath)
        assert 0 <= x <= WIDTH and 0 <= y <= HEIGHT
