"""Photos as the card reader takes them: checked from their header before a pixel is decoded.

    image = open_photo(data, "card.jpg")     # RGB, turned upright; FormatError if not a photo
    kept = small_jpeg(image)                 # what a person keeps: 1,600 px at most, no EXIF

A decoded photo costs width x height x 3 bytes whatever its file size: a 60 KB PNG can claim
40,000 x 40,000 pixels (4.8 GB decoded). Pillow's `Image.open` reads only the header, so the
size is checked before `load()` decodes anything.
"""

from __future__ import annotations

import io

from PIL import Image, ImageOps, ImageStat, UnidentifiedImageError

from followthrough.formats.records import FormatError

MAX_PIXELS = 50_000_000  # a phone photo is 12-50 megapixels; beyond that is no photo
MIN_SIDE = 100  # smaller than this holds no readable card
BLANK_SPREAD = 6.0  # the standard deviation of a blank sheet or a lens cap's grey
KEPT_SIDE = 1600
_HEIF_BRANDS = (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypmsf1", b"ftyphevc", b"ftypavif")


def photo_size(data: bytes, filename: str, max_pixels: int = MAX_PIXELS) -> tuple[int, int]:
    """(width, height) from the header alone; FormatError for a non-image or a huge one."""
    if not data:
        raise FormatError("the file is empty", file=filename)
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
    except Image.DecompressionBombError:
        raise FormatError(f"the image is larger than {max_pixels:,} pixels: no photo of a card "
                          "is that large", file=filename) from None
    except (UnidentifiedImageError, OSError, ValueError):
        if data[4:12] in _HEIF_BRANDS:
            raise FormatError("is a HEIC/HEIF photo, which this installation cannot read: "
                              "save it as JPEG (on an iPhone: Settings > Camera > Formats > "
                              "Most Compatible)", file=filename) from None
        raise FormatError("is not a photo, or a damaged one (PNG, JPEG, WebP, GIF or BMP "
                          "can be read)", file=filename) from None
    if width * height > max_pixels:
        raise FormatError(f"the image is {width:,} x {height:,} pixels; a photo of a card is at "
                          f"most {max_pixels:,} pixels", file=filename)
    if min(width, height) < MIN_SIDE:
        raise FormatError(f"the image is {width} x {height} pixels: too small to read a card",
                          file=filename)
    return width, height


def open_photo(data: bytes, filename: str, max_pixels: int = MAX_PIXELS) -> Image.Image:
    """The photo decoded, turned the way the camera held it, in RGB."""
    photo_size(data, filename, max_pixels)
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            upright = ImageOps.exif_transpose(image) or image
            rgb = upright.convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError) as error:
        raise FormatError(f"cannot read the photo ({error})", file=filename) from None
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
