#!/usr/bin/env python3
"""Writes the hostile input set into the folder given (tests/cli/batch_test.cpp).

Each file is named after what is wrong with it; README.md beside this script
says what ogpx must do with each. Made at test time so that nothing large or
binary is committed: qpdf (for encryption) is in .ci/deps.
"""
import os
import random
import subprocess
import sys
import zlib


def pdf(page_dicts, contents, extra_objects=()):
    """A PDF with one page per (page dict text, content bytes); extra_objects
    are appended as objects 3+2n+1... and may be referred to by number."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None]
    kids = []
    for i, (page, content) in enumerate(zip(page_dicts, contents)):
        page_no, content_no = 3 + 2 * i, 4 + 2 * i
        kids.append(b"%d 0 R" % page_no)
        objs.append(b"<< /Type /Page /Parent 2 0 R " + page + b" /Contents %d 0 R >>" % content_no)
        objs.append(content)
    objs[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    objs.extend(extra_objects)
    parts = [b"%PDF-1.5\n"]
    size = len(parts[0])
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(size)
        parts.append(b"%d 0 obj\n" % n + body + b"\nendobj\n")
        size += len(parts[-1])
    parts.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    parts.extend(b"%010d 00000 n \n" % off for off in offsets)
    parts.append(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, size))
    return b"".join(parts)


def stream(data, filters=b""):
    return b"<< /Length %d %s >>\nstream\n" % (len(data), filters) + data + b"\nendstream"


def flate(data):
    return stream(zlib.compress(data, 9), b"/Filter /FlateDecode")


FONT = b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"
A4 = b"/MediaBox [0 0 595 842] " + FONT
TEXT = b"BT /F1 12 Tf 72 770 Td (A page of a hostile set) Tj ET"


def main(out_dir, sample):
    os.makedirs(out_dir, exist_ok=True)
    w = lambda name, data: open(os.path.join(out_dir, name), "wb").write(data)
    good = pdf([A4], [stream(TEXT)])
    whole = open(sample, "rb").read()
    w("truncated.pdf", whole[: len(whole) // 3])
    rng = random.Random(12)
    w("random-bytes.pdf", bytes(rng.randrange(256) for _ in range(20000)))
    w("empty.pdf", b"")
    w("not-a-pdf.pdf", b"Minutes of the working group, 3 March 2025\nNothing to see here.\n")
    w("zero-pages.pdf", pdf([], []))
    w("page-200x200-inches.pdf",
      pdf([b"/MediaBox [0 0 14500 14500] " + FONT], [stream(TEXT)]))
    nested = b"[" * 200000 + b"]" * 200000
    w("deeply-nested.pdf", pdf([A4 + b" /Nest " + nested], [stream(TEXT)]))
    # 1 GiB of zeros in a 1 MiB content stream.
    z = zlib.compressobj(9)
    chunk = b"\0" * (1 << 20)
    bomb = b"".join(z.compress(chunk) for _ in range(1024)) + z.flush()
    w("decompression-bomb.pdf", pdf([A4], [stream(bomb, b"/Filter /FlateDecode")]))
    # An image that says it is 200,000 x 200,000 pixels (its JPEG header:
    # 65,500 x 65,500, the most JPEG allows), over the whole page, no text.
    sof = b"\xff\xc0\x00\x11\x08" + (65500).to_bytes(2, "big") * 2 + b"\x03\x01\x11\x00\x02\x11\x01\x03\x11\x01"
    jpeg = b"\xff\xd8" + sof + b"\xff\xd9"
    image = stream(jpeg, b"/Type /XObject /Subtype /Image /Width 200000 /Height 200000 "
                         b"/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode")
    w("jpeg-absurd-dimensions.pdf",
      pdf([b"/MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >>"],
          [stream(b"q 595 0 0 842 0 0 cm /Im1 Do Q")], [image]))
    plain = os.path.join(out_dir, "plain.tmp")
    open(plain, "wb").write(good)
    for name, user in (("encrypted-user-password.pdf", "secret"), ("encrypted-owner-only.pdf", "")):
        subprocess.run(["qpdf", "--encrypt", user, "owner", "256", "--", plain, os.path.join(out_dir, name)],
                       check=True)
    os.remove(plain)
    # Issue 22's cases. A MediaBox of 1e20 points: its size in the message
    # once overflowed a float-to-integer cast.
    w("page-mediabox-1e20.pdf",
      pdf([b"/MediaBox [0 0 100000000000000000000 100000000000000000000] " + FONT], [stream(TEXT)]))
    # 200,000 text objects of mixed sizes: Poppler's text layout of them took
    # minutes before any word limit applied.
    rng = random.Random(22)
    ops = b"\n".join(b"BT /F1 %d Tf %d %d Td (ab) Tj ET" % (1 + i % 30, rng.randrange(590), rng.randrange(840))
                     for i in range(200000))
    w("text-objects-200000.pdf", pdf([A4], [flate(ops)]))
    # Graphics states nested two million deep in a few kilobytes (1.85 GB).
    w("nested-graphics-states.pdf", pdf([A4], [flate(b"q " * 2000000 + TEXT + b" Q" * 2000000)]))
    # A million filled rectangles and no text: rendered for OCR it took 4.7 GB.
    rects = b"\n".join(b"%d %d 3 3 re" % (rng.randrange(590), rng.randrange(840)) for _ in range(1000000))
    w("million-rectangles.pdf", pdf([b"/MediaBox [0 0 595 842]"], [flate(rects + b"\nf")]))
    loop = os.path.join(out_dir, "link-loop")
    os.makedirs(loop, exist_ok=True)
    os.symlink("self.pdf", os.path.join(loop, "self.pdf"))  # a link to itself
    os.symlink("..", os.path.join(loop, "up"))              # a folder loop
    w("good.pdf", good)                                      # the batch goes on


def dense_scan(words=16000):
    """An A4 scan at 300 dpi of `words` small words (11 px, 16 px apart):
    Tesseract's page layout analysis of it takes seconds, and neither its
    deadline nor its cancel callback looks in there. Needs PIL (Debian's
    python3-pil, .ci/deps) and DejaVu Sans (fonts-dejavu-core)."""
    from PIL import Image, ImageDraw, ImageFont
    width, height = 2480, 3508
    img = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 11)
    rng = random.Random(16000)
    n, y = 0, 20
    while y < height - 40 and n < words:
        x = 20
        while x < width - 80 and n < words:
            word = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 4)))
            draw.text((x, y), word, fill=0, font=font)
            x += int(font.getlength(word)) + 14
            n += 1
        y += 16
    raw = img.tobytes()
    image = stream(zlib.compress(raw, 6), b"/Type /XObject /Subtype /Image /Width %d /Height %d "
                                          b"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode"
                                          % (width, height))
    return pdf([b"/MediaBox [0 0 595.2 841.9] /Resources << /XObject << /Im1 5 0 R >> >>"],
               [stream(b"q 595.2 0 0 841.9 0 0 cm /Im1 Do Q")], [image])


def limits(out_dir, blank_pages=10000):
    """The cases that need a flag to show (tests/cli/hostile_test.cpp): a scan
    of 16,000 small words whose OCR outlasted --ocr-seconds, and 10,000 blank
    pages (--max-pages raised: each was rendered for OCR)."""
    os.makedirs(out_dir, exist_ok=True)
    w = lambda name, data: open(os.path.join(out_dir, name), "wb").write(data)
    w("dense-16000-words-scan.pdf", dense_scan())
    w("blank-pages-10000.pdf", pdf([b"/MediaBox [0 0 595 842]"] * blank_pages, [stream(b"")] * blank_pages))
    w("good.pdf", pdf([A4], [stream(TEXT)]))


if __name__ == "__main__":
    if sys.argv[1] == "--limits":
        limits(sys.argv[2])
    else:
        main(sys.argv[1], sys.argv[2])
