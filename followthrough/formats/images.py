"""Reading a photo: its size is checked from its header before a single pixel is decoded.

    image = read_image(data, "card.jpg")  # a loaded PIL image, or FormatError

Pillow only refuses an image at twice its MAX_IMAGE_PIXELS, and decoding is what costs memory:
a 404 KB PNG of 9,949 x 9,949 pixels took a process from 67 MB to 1.2 GB. `Image.open` reads
the header alone, so the dimensions are known, and refused, before anything is decoded. Every
reader of photos (QR codes, card OCR) goes through here.
"""

from __future__ import annotations

import io
import warnings
from typing import TYPE_CHECKING, BinaryIO

from followthrough.formats.records import FormatError

if TYPE_CHECKING:
    from PIL.Image import Image

MAX_PIXELS = 50_000_000  # a phone photo is 12-50 megapixels; beyond that is no photo
MAX_BYTES = 50 * 1024 * 1024  # the largest photo file read (the import page's upload limit)
_HEIF_BRANDS = (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypmsf1", b"ftyphevc", b"ftypavif")


def read_image(data: bytes, filename: str, *, max_pixels: int = MAX_PIXELS) -> Image:
    """The decoded image, after its header showed it is at most `max_pixels` pixels."""
    from PIL import Image, UnidentifiedImageError

    if not data:
        raise FormatError("the file is empty", file=filename)
    if len(data) > MAX_BYTES:
        raise FormatError(f"the photo is {len(data):,} bytes; the limit is {MAX_BYTES:,}",
                          file=filename)
    try:
        with warnings.catch_warnings():  # Pillow's own warning comes before our check
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))  # reads the header, decodes nothing
        width, height = image.size
        if width * height > max_pixels:
            raise FormatError(
                f"the photo is {width:,} x {height:,} pixels ({width * height / 1e6:.0f} "
                f"megapixels); the limit is {max_pixels / 1e6:.0f} megapixels: scale it down "
                "and try again", file=filename)
        image.load()
    except FormatError:
        raise
    except Image.DecompressionBombError:
        raise FormatError(f"the photo is larger than {max_pixels / 1e6:.0f} megapixels: scale it "
                          "down and try again", file=filename) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        if data[4:12] in _HEIF_BRANDS:
            raise FormatError("is a HEIC/HEIF photo, which this installation cannot read: "
                              "save it as JPEG (on an iPhone: Settings > Camera > Formats > "
                              "Most Compatible)", file=filename) from None
        raise FormatError("is not a photo, or a damaged one (PNG, JPEG, WebP, GIF or BMP "
                          "can be read)", file=filename) from None
    return image


def read_at_most(stream: BinaryIO, limit: int, filename: str) -> bytes:
    """Up to `limit` bytes of a file; a longer one is an error, never a read without end."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise FormatError(f"the file is larger than the limit of {limit:,} bytes", file=filename)
    return data
