"""Page layout for the generated documents, drawn with pycairo into a
born-digital PDF with a real text layer, and the "scanner" that turns such a
PDF into an image-only one (pdftoppm, then PIL).

Units are PDF points, origin top-left. A table cell is laid out as a list of
lines of one fixed height, so a row can be cut at any line by a page break;
each line carries its text segments and the rules of any sub-table it
crosses.
"""
import os
import subprocess
import tempfile
import time

import cairo
from PIL import Image, ImageChops, ImageDraw, ImageFilter

FONTS = {
    "dejavu-sans": "DejaVu Sans",
    "dejavu-serif": "DejaVu Serif",
    "liberation-sans": "Liberation Sans",
    "liberation-serif": "Liberation Serif",
}
A4 = (595.28, 841.89)
MARGIN = 42.0
PAD = 3.0
GRAY = 0.9


class Line:
    """One line of a cell: segments (dx, text, bold) and rules (kind, dx0, dx1)
    with kind "v" (vertical at dx0 over the line), "top" or "bottom"."""

    def __init__(self, segments=None, rules=None):
        self.segments = segments or []
        self.rules = rules or []


class Doc:
    """A PDF being written page by page; y is the cursor on the current page."""

    def __init__(self, path, orientation, font, size=None):
        size = size or (8.5 if orientation == "landscape" else 7.5)
        w, h = A4 if orientation == "portrait" else (A4[1], A4[0])
        self.w, self.h = w, h
        self.surface = cairo.PDFSurface(path, w, h)
        self.surface.set_metadata(cairo.PDFMetadata.CREATOR, "ogpgen (ogpx tests)")
        self.surface.set_metadata(cairo.PDFMetadata.CREATE_DATE, "2025-01-01T00:00:00")
        self.ctx = cairo.Context(self.surface)
        self.family = FONTS[font]
        self.size = size
        self.lh = size * 1.25
        self.page = 1
        self.y = MARGIN
        self.footer = None
        self.break_long = False  # wrap(): cut words wider than the line
        self.left, self.right = MARGIN, w - MARGIN
        self.bottom = h - MARGIN - 14

    # --- text
    def font(self, bold=False, size=None):
        self.ctx.select_font_face(self.family, cairo.FONT_SLANT_NORMAL,
                                  cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
        self.ctx.set_font_size(size or self.size)

    def width(self, text, bold=False, size=None):
        self.font(bold, size)
        return self.ctx.text_extents(text).x_advance

    def wrap(self, words, width, size=None):
        """words: [(word, bold)] -> lines of [(dx, text, bold)]. With
        break_long, a word wider than the line is cut as a word processor
        cuts it: on lines of its own, a URL after a '/', '.' or '-'."""
        lines, cur, x = [], [], 0.0
        space = self.width(" ", size=size)
        for word, bold in words:
            ww = self.width(word, bold, size)
            if self.break_long and ww > width:
                pieces = self.cut_word(word, bold, width, size)
                if cur:
                    lines.append(cur)
                    cur, x = [], 0.0
                lines += [[(0.0, piece, bold)] for piece in pieces[:-1]]
                word = pieces[-1]
                ww = self.width(word, bold, size)
            if cur and x + ww > width:
                lines.append(cur)
                cur, x = [], 0.0
            cur.append((x, word, bold))
            x += ww + space
        if cur:
            lines.append(cur)
        return lines

    def cut_word(self, word, bold, width, size=None):
        pieces = []
        while len(word) > 1 and self.width(word, bold, size) > width:
            n = 1
            while n < len(word) and self.width(word[:n + 1], bold, size) <= width:
                n += 1
            if "/" in word:
                marks = [i + 1 for i, ch in enumerate(word[:n]) if ch in "/.-"]
                n = marks[-1] if marks and marks[-1] > n // 3 else n
            pieces.append(word[:n])
            word = word[n:]
        return pieces + [word]

    def show(self, x, y, text, bold=False, size=None):
        self.font(bold, size)
        self.ctx.move_to(x, y)
        self.ctx.show_text(text)

    # --- pages
    def new_page(self):
        self.finish_page()
        self.surface.show_page()
        self.page += 1
        self.y = MARGIN

    def finish_page(self):
        text = f"{self.footer + '   ' if self.footer else ''}{self.page}"
        self.show((self.w - self.width(text, size=7)) / 2, self.h - MARGIN + 6, text, size=7)

    def close(self):
        self.finish_page()
        self.surface.finish()

    def need(self, height):
        if self.y + height > self.bottom:
            self.new_page()

    def paragraph(self, text, bold=False, size=None, center=False, gap=4.0):
        size = size or self.size
        lh = size * 1.25
        for line in self.wrap([(w, bold) for w in text.split()], self.right - self.left, size):
            self.need(lh)
            end = line[-1][0] + self.width(line[-1][1], line[-1][2], size)
            x0 = self.left + ((self.right - self.left - end) / 2 if center else 0)
            for dx, word, b in line:
                self.show(x0 + dx, self.y + size, word, b, size)
            self.y += lh
        self.y += gap

    # --- cells
    def text_lines(self, text, width, bold=False, prefix=None):
        """A paragraph (a bold `prefix` first, if given) as cell lines."""
        words = [(w, True) for w in (prefix or "").split()] + [(w, bold) for w in text.split()]
        return [Line(segs) for segs in self.wrap(words, width)]

    def items_lines(self, items, width, dash=False):
        out = []
        for item in items:
            out += self.text_lines(("-" if dash else "") + item, width)
        return out

    def subtable_lines(self, headers, columns, width):
        """A ruled sub-table (e.g. Government | Civil Society | Other Actors)
        inside a cell: one name per entry, wrapped in its column."""
        cw = width / len(headers)
        edges = [i * cw for i in range(len(headers) + 1)]
        cols = []
        for names in columns:
            lines = []
            for name in names:
                lines += self.wrap([(w, False) for w in name.split()], cw - 2 * PAD)
            cols.append(lines)
        verticals = [("v", e, e) for e in edges]
        heads = [self.wrap([(w, True) for w in h.split()], cw - 2 * PAD) for h in headers]
        out = []
        for r in range(max(len(h) for h in heads)):
            segs = [(edges[i] + PAD + dx, t, b) for i, h in enumerate(heads) if r < len(h)
                    for dx, t, b in h[r]]
            out.append(Line(segs, list(verticals) + ([("top", 0, width)] if r == 0 else [])))
        out[-1].rules.append(("bottom", 0, width))
        for r in range(max([len(c) for c in cols] + [1])):
            segs = []
            for i, c in enumerate(cols):
                if r < len(c):
                    segs += [(edges[i] + PAD + dx, t, b) for dx, t, b in c[r]]
            out.append(Line(segs, list(verticals)))
        out[-1].rules.append(("bottom", 0, width))
        return out

    # --- tables
    def table(self, widths, header, rows, repeat_header=True, split_rows=True):
        """Draws a table at the cursor. header: cell texts or None; rows: each a
        list of cells (lists of Line) or ("span", text) for a full-width row.
        Returns the pages each row was drawn on."""
        x0 = self.left
        header_cells = None
        if header:
            header_cells = [self.text_lines(t, w - 2 * PAD, bold=True) for t, w in zip(header, widths)]
        if header_cells:
            self.need(self.row_height(header_cells) + 3 * self.lh)
            self.draw_piece(x0, widths, header_cells, 0, max(len(c) for c in header_cells), fill=True)
        pages = []
        for row in rows:
            if isinstance(row, tuple):
                span = [self.text_lines(row[1], sum(widths) - 2 * PAD, bold=True)]
                cells, ws, fill = span, [sum(widths)], True
            else:
                cells, ws, fill = row, widths, False
            n = max(len(c) for c in cells)
            seen = []
            i = 0
            while i < n:
                avail = int((self.bottom - self.y - 2 * PAD) // self.lh)
                fits_fresh = n * self.lh + 2 * PAD <= self.bottom - MARGIN - self.lh * 3
                if avail < 2 or (i == 0 and n > avail and (not split_rows or isinstance(row, tuple))
                                 and fits_fresh):
                    self.new_page()
                    if header_cells and repeat_header:
                        self.draw_piece(x0, widths, header_cells, 0,
                                        max(len(c) for c in header_cells), fill=True)
                    continue
                take = min(avail, n - i)
                seen.append(self.page)
                self.draw_piece(x0, ws, cells, i, i + take, fill=fill)
                i += take
            pages.append(sorted(set(seen)))
        return pages

    def row_height(self, cells):
        return max(len(c) for c in cells) * self.lh + 2 * PAD

    def draw_piece(self, x0, widths, cells, i0, i1, fill=False):
        h = (i1 - i0) * self.lh + 2 * PAD
        ctx = self.ctx
        x = x0
        for w, cell in zip(widths, cells):
            if fill:
                ctx.set_source_rgb(GRAY, GRAY, GRAY)
                ctx.rectangle(x, self.y, w, h)
                ctx.fill()
                ctx.set_source_rgb(0, 0, 0)
            ctx.set_line_width(0.6)
            ctx.rectangle(x, self.y, w, h)
            ctx.stroke()
            for j, line in enumerate(cell[i0:i1]):
                top = self.y + PAD + j * self.lh
                for dx, text, bold in line.segments:
                    self.show(x + PAD + dx, top + self.size, text, bold)
                for kind, a, b in line.rules:
                    ctx.set_line_width(0.4)
                    if kind == "v":
                        ctx.move_to(x + PAD + a, top)
                        ctx.line_to(x + PAD + a, top + self.lh)
                    else:
                        yy = top if kind == "top" else top + self.lh
                        ctx.move_to(x + PAD + a, yy)
                        ctx.line_to(x + PAD + b, yy)
                    ctx.stroke()
            x += w
        self.y += h



class FlowDoc(Doc):
    """Running text (narrative plans, letters): paragraphs in one column or,
    from `start_columns()` on, in two columns per page (the left column
    filled first). Paragraphs may be indented, carry a hanging glyph and a
    colour."""

    GUTTER = 18.0

    def __init__(self, path, orientation, font, size=10.0):
        super().__init__(path, orientation, font, size)
        self.columns, self.col = 1, 0

    def start_columns(self, n):
        self.columns, self.col = n, 0
        self.set_column()

    def set_column(self):
        if self.columns == 1:
            self.left, self.right = MARGIN, self.w - MARGIN
            return
        cw = (self.w - 2 * MARGIN - self.GUTTER) / 2
        self.left = MARGIN + self.col * (cw + self.GUTTER)
        self.right = self.left + cw

    def need(self, height):
        if self.y + height <= self.bottom:
            return
        if self.columns == 2 and self.col == 0:
            self.col, self.y = 1, MARGIN
        else:
            self.new_page()
            self.col = 0
        self.set_column()

    def block(self, text, size=None, bold=False, indent=0.0, glyph=None, color=(0, 0, 0), gap=4.0,
              keep=1):
        """A paragraph `indent` points in from the column's left edge (a
        `glyph` hangs 1 em before it); keeps its first `keep` lines together
        (with what the caller needs after a heading). Returns its pages."""
        size = size or self.size
        lh = size * 1.25
        pages = []
        lines = self.wrap([(w, bold) for w in text.split()], self.right - self.left - indent, size)
        self.need(lh * min(keep, len(lines)))
        for i, line in enumerate(lines):
            self.need(lh)
            x0 = self.left + indent
            self.ctx.set_source_rgb(*color)
            if glyph and i == 0:
                self.show(x0 - size, self.y + size, glyph, False, size)
            for dx, word, b in line:
                self.show(x0 + dx, self.y + size, word, b, size)
            self.ctx.set_source_rgb(0, 0, 0)
            pages.append(self.page)
            self.y += lh
        self.y += gap
        return sorted(set(pages))


def scan(pdf_in, pdf_out, rng, dpi=200):
    """Prints the PDF to page images (pdftoppm), "scans" them (a slight turn,
    grey noise, specks, blur) and writes an image-only PDF."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf_in, os.path.join(tmp, "p")],
                       check=True)
        images = []
        for name in sorted(os.listdir(tmp)):
            im = Image.open(os.path.join(tmp, name)).convert("L")
            im = im.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255)
            noise = Image.frombytes("L", im.size, rng.randbytes(im.size[0] * im.size[1]))
            im = ImageChops.subtract(im, noise.point(lambda v: v // 12))
            draw = ImageDraw.Draw(im)
            for _ in range(rng.randint(60, 240)):  # dust
                x, y, r = rng.uniform(0, im.size[0]), rng.uniform(0, im.size[1]), rng.uniform(0.6, 2.0)
                draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(40, 140))
            im = im.filter(ImageFilter.GaussianBlur(0.5))
            images.append(im)
    stamp = time.gmtime(1735689600)
    images[0].save(pdf_out, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:],
                   creationDate=stamp, modDate=stamp, producer="ogpgen scanner")
    return len(images)
