"""Photos as the card reader takes them: read by formats.images (size checked from the header).

    image = open_photo(data, "card.jpg")     # RGB, turned upright; FormatError if not a photo
    kept = small_jpeg(image)                 # what a person keeps: 1,600 px at most, no EXIF
"""

from __future__ import annotations

import io

from PIL import Image, ImageOps, ImageStat

from followthrough.formats.images import MAX_PIXELS, read_image
from followthrough.formats.records import FormatError

MIN_SIDE = 100  # smaller than this holds no readable card
BLANK_SPREAD = 6.0  # the standard deviation of a blank sheet or a lens cap's grey
KEPT_SIDE = 1600


def open_photo(data: bytes, filename: str, max_pixels: int = MAX_PIXELS) -> Image.Image:
    """The photo decoded (its size checked first: formats.images), upright, in RGB."""
    image = read_image(data, filename, max_pixels=max_pixels)
    width, height = image.size
    if min(width, height) < MIN_SIDE:
        raise FormatError(f"the image is {width} x {height} pixels: too small to read a card",
                          file=filename)
    upright = ImageOps.exif_transpose(image) or image
    rgb = upright.convert("RGB")
    if _blank(rgb):
        raise FormatError("the photo is blank: there is no card in it", file=filename)
    return rgb


def small_jpeg(image: Image.Image, side: int = KEPT_SIDE, quality: int = 85) -> bytes:
    """The photo as a person keeps it: at most `side` pixels a side, re-encoded without its
    EXIF (which can hold where it was taken)."""
    copy = image.copy()
    copy.thumbnail((side, side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    copy.convert("RGB").save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()


def _blank(image: Image.Image) -> bool:
    sample = image.copy()
    sample.thumbnail((256, 256))
    return max(ImageStat.Stat(sample.convert("L")).stddev) < BLANK_SPREAD
