#!/usr/bin/python3
"""ladder: a born-digital PDF "scanned" at several degradations (issue 18).

    /usr/bin/python3 bench/ladder.py IN.pdf OUTDIR [--rungs a,b,...] [--seed N]

Writes OUTDIR/<rung>.pdf for each rung: every page of IN.pdf printed to a
grey image by pdftoppm, degraded as the rung says, and written as an
image-only PDF (no text layer) at the rung's resolution. The same seed gives
the same files. The degradations are those of office scanners and fax
machines: resolution, a slight turn, grey noise and dust, blur, JPEG at a low
quality, 1-bit, a page fed sideways, the dark band a scanner lid leaves at
the edge, and a round stamp. bench/ladder.sh scores each rung against the
born-digital gold; tests/ladder runs a few rungs in CI.

Needs Debian's python3-pil and poppler-utils (pdftoppm); .ci/deps installs
them. Run with /usr/bin/python3 (Debian's PIL).
"""
import argparse
import io
import os
import random
import subprocess
import sys
import tempfile

from PIL import Image, ImageChops, ImageDraw, ImageFilter

# Each rung: dpi, and the degradations applied in this order (all optional):
#   skew (degrees, the sign drawn per page), noise (grey noise amplitude 0-255
#   divided out of the page), dust (specks per page), blur (Gaussian radius,
#   pixels at the rung's dpi), jpeg (quality), bits (1 = black and white at a
#   fixed threshold, as a fax machine), turn (degrees counter-clockwise),
#   band (width of a dark edge band, inches), stamp (True: a round stamp on
#   the first page's lower right).
RUNGS = {
    "clean300": {"dpi": 300},
    "dpi200": {"dpi": 200, "noise": 12},
    "dpi150-jpeg": {"dpi": 150, "noise": 16, "blur": 0.6, "jpeg": 45},
    "fax200": {"dpi": 200, "noise": 8, "bits": 1},
    "skew1": {"dpi": 300, "skew": 1.0},
    "skew2-noise": {"dpi": 200, "skew": 2.0, "noise": 16, "dust": 150},
    "turned90": {"dpi": 200, "turn": 90},
    "worn": {"dpi": 200, "skew": 0.6, "noise": 16, "dust": 400, "band": 0.35, "jpeg": 35},
    "stamp": {"dpi": 200, "noise": 8, "stamp": True},
}


def degrade(im, rung, rng, first_page):
    dpi = rung["dpi"]
    if "skew" in rung:
        im = im.rotate(rng.choice([-1, 1]) * rung["skew"], resample=Image.BICUBIC, fillcolor=255, expand=False)
    if "noise" in rung:
        noise = Image.frombytes("L", im.size, rng.randbytes(im.size[0] * im.size[1]))
        im = ImageChops.subtract(im, noise.point(lambda v, a=rung["noise"]: v * a // 255))
    draw = ImageDraw.Draw(im)
    for _ in range(rung.get("dust", 0)):
        x, y = rng.uniform(0, im.size[0]), rng.uniform(0, im.size[1])
        r = rng.uniform(0.4, 1.2) * dpi / 100
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(20, 120))
    if rung.get("stamp") and first_page:
        w, h = im.size
        cx, cy, r = w * 0.78, h * 0.72, dpi * 0.75
        for k in range(3):
            rr = r - k * dpi * 0.12
            draw.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=110, width=max(2, dpi // 60))
        draw.line((cx - r * 0.6, cy, cx + r * 0.6, cy), fill=110, width=max(2, dpi // 60))
    if "band" in rung:
        band = int(rung["band"] * dpi)
        side = rng.choice(["left", "right"])
        x0 = 0 if side == "left" else im.size[0] - band
        for i in range(band):  # darkest at the edge, fading inwards
            shade = int(25 + 90 * (i / band) ** 2)
            x = x0 + i if side == "left" else im.size[0] - 1 - i
            draw.line((x, 0, x, im.size[1]), fill=shade)
    if "blur" in rung:
        im = im.filter(ImageFilter.GaussianBlur(rung["blur"]))
    if "jpeg" in rung:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=rung["jpeg"])
        im = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    if rung.get("bits") == 1:
        im = im.point(lambda v: 255 if v >= 150 else 0).convert("1", dither=Image.NONE)
    if "turn" in rung:
        im = im.rotate(rung["turn"], expand=True)
    return im


def make(pdf_in, out_dir, name, rung, seed):
    rng = random.Random(f"{seed}/{name}")
    dpi = rung["dpi"]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf_in, os.path.join(tmp, "p")], check=True)
        images = [degrade(Image.open(os.path.join(tmp, n)).convert("L"), rung, rng, i == 0)
                  for i, n in enumerate(sorted(os.listdir(tmp)))]
    out = os.path.join(out_dir, name + ".pdf")
    # A lossless-looking copy of the degraded image: JPEG quality 95 for
    # grey (CCITT for 1-bit), so only a rung's own "jpeg" loses detail.
    images[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:], quality=95,
                   producer="ogpx ladder")
    return out


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdf")
    ap.add_argument("out")
    ap.add_argument("--rungs", default=",".join(RUNGS), help="comma-separated rung names (default: all)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    for name in args.rungs.split(","):
        if name not in RUNGS:
            print(f"ladder: unknown rung '{name}' (known: {', '.join(RUNGS)})", file=sys.stderr)
            return 2
        make(args.pdf, args.out, name, RUNGS[name], args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
