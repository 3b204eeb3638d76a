"""Images the demo draws itself with Pillow: abstract skylines over colour fields.

Nothing is downloaded. Each drawing is deterministic: the same key always gives the same
picture, so a second run finds the image it made before (by title, in the "Demo images"
collection) instead of adding another.
"""

import colorsys
import io
import random

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Collection

from PIL import Image as PILImage
from PIL import ImageDraw

COLLECTION_NAME = "Demo images"
WIDTH, HEIGHT = 1200, 675


def demo_collection():
    existing = Collection.objects.filter(name=COLLECTION_NAME).first()
    if existing is not None:
        return existing
    return Collection.get_first_root_node().add_child(name=COLLECTION_NAME)


def _colour(hue, saturation, lightness):
    red, green, blue = colorsys.hls_to_rgb(hue % 1.0, lightness, saturation)
    return int(red * 255), int(green * 255), int(blue * 255)


def draw_skyline(key, width=WIDTH, height=HEIGHT):
    """A PNG (bytes) of an abstract skyline: sky gradient, sun, three rows of buildings."""
    rng = random.Random(f"world-cities:{key}")  # noqa: S311 - decoration, not security
    hue = rng.random()
    image = PILImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    top, bottom = _colour(hue, 0.55, 0.82), _colour(hue + 0.08, 0.6, 0.6)
    for y in range(height):
        mix = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True)),
        )
    sun_x, sun_y, radius = rng.randint(150, width - 150), rng.randint(80, 220), rng.randint(45, 80)
    draw.ellipse(
        [sun_x - radius, sun_y - radius, sun_x + radius, sun_y + radius],
        fill=_colour(0.1 + rng.random() * 0.06, 0.85, 0.68),
    )
    for row, lightness in enumerate((0.45, 0.32, 0.2)):
        x = -rng.randint(0, 60)
        base = height - row * 40
        while x < width:
            building_width = rng.randint(50, 140)
            building_height = rng.randint(int(height * 0.2), int(height * (0.65 - row * 0.12)))
            colour = _colour(hue + 0.02 * row, 0.35, lightness)
            draw.rectangle([x, base - building_height, x + building_width, height], fill=colour)
            if row == 2:
                window = _colour(hue + 0.5, 0.6, 0.8)
                for wy in range(base - building_height + 12, height - 20, 26):
                    for wx in range(x + 10, x + building_width - 14, 22):
                        if rng.random() < 0.45:
                            draw.rectangle([wx, wy, wx + 9, wy + 12], fill=window)
            x += building_width + rng.randint(0, 12)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def demo_image(key, title):
    """The Wagtail image drawn for ``key``, created on first use."""
    Image = get_image_model()
    collection = demo_collection()
    existing = Image.objects.filter(collection=collection, title=title).first()
    if existing is not None:
        return existing
    content = draw_skyline(key)
    image = Image(title=title, collection=collection)
    image.file = ImageFile(io.BytesIO(content), name=f"demo-{key}.png")
    image.save()
    return image
