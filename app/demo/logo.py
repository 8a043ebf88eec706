"""The demo shop's logo, drawn with Pillow (no image file to ship): a blue roundel with a
white spanner mark and the shop's short name, as a PNG."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from app.printing.fonts import candidates

BLUE = (21, 76, 148)
WHITE = (255, 255, 255)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for f in candidates():
        try:
            return ImageFont.truetype(str(f.path), size, index=f.index)
        except OSError:
            continue
    return ImageFont.load_default()


def demo_logo_png(mark: str = "顺达", size: int = 360) -> bytes:
    img = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    d.ellipse((4, 4, size - 4, size - 4), fill=BLUE)
    d.ellipse((22, 22, size - 22, size - 22), outline=WHITE, width=8)
    # a spanner: a bar with an open jaw at the top
    c = size // 2
    w = size // 11
    d.rounded_rectangle((c - w // 2, c - size // 5, c + w // 2, c + size // 7), w // 3, WHITE)
    jaw = size // 7
    d.ellipse((c - jaw, c - size // 5 - jaw, c + jaw, c - size // 5 + jaw), fill=WHITE)
    d.rectangle((c - w // 3, c - size // 5 - jaw - 2, c + w // 3, c - size // 5), fill=BLUE)
    font = _font(size // 6)
    box = d.textbbox((0, 0), mark, font=font)
    d.text(
        (c - (box[2] - box[0]) / 2, c + size // 6 - box[1]),
        mark,
        font=font,
        fill=WHITE,
    )
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()
