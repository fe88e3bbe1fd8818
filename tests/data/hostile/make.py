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
    out = b"%PDF-1.5\n"
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def stream(data, filters=b""):
    return b"<< /Length %d %s >>\nstream\n" % (len(data), filters) + data + b"\nendstream"


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
    loop = os.path.join(out_dir, "link-loop")
    os.makedirs(loop, exist_ok=True)
    os.symlink("self.pdf", os.path.join(loop, "self.pdf"))  # a link to itself
    os.symlink("..", os.path.join(loop, "up"))              # a folder loop
    w("good.pdf", good)                                      # the batch goes on


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
