"""The generated plans written as HTML+CSS instead of drawn with cairo, so
that other tools (a browser, a word processor) lay them out and print them
(tests/generator/othertools.py, docs/generator.md "Plans made by other
tools").

HtmlDoc has the interface of gen_render.Doc that ogpgen.render_plan uses
(paragraph, text_lines, items_lines, subtable_lines, table, need, close and
the attributes page, y, lh, left, right, footer, break_long), so the very
same render_plan writes the same content and returns the same gold; only
the layout is left to the other tool. A cell is a list of HTML fragments
(one paragraph per name, item or text) instead of a list of lines. Nothing
here knows page positions: gold pages are found afterwards in the PDF
(othertools.py).
"""
import html

# Page sizes in the CSS @page sense.
PAGE_SIZES = ["A4", "letter"]
FONTS = ["Liberation Serif", "Liberation Sans", "DejaVu Sans", "DejaVu Serif", "DejaVu Sans Condensed"]
VOWELS = set("aeiouyаэоуыяеёюиөү")


def soft_hyphenate(word):
    """Soft hyphens (U+00AD) at vowel-consonant-vowel joints of a long word
    (at least 3 letters either side), as an editor with hyphenation marks
    them; the browser breaks there only when a line needs it."""
    if len(word) < 9 or not word.isalpha():
        return word
    low, out, last = word.lower(), [], 0
    for i in range(3, len(word) - 3):
        if low[i - 1] in VOWELS and low[i] not in VOWELS and low[i + 1] in VOWELS and i - last >= 3:
            out.append(word[last:i])
            last = i
    out.append(word[last:])
    return "\u00ad".join(out)


def pick_style(rng, orientation):
    """A document's look, drawn from rng: page size, margins (mm), font,
    body size (pt), hyphenation, spacing of items in a cell and between
    tables, header shading."""
    portrait = orientation == "portrait"
    return {
        "page": rng.choice(PAGE_SIZES), "orientation": orientation,
        "margins": [rng.randint(12, 25) for _ in range(4)],
        "font": rng.choice(FONTS),
        "size": rng.choice([8, 8.5, 9, 9.5, 10] if portrait else [9, 9.5, 10, 10.5, 11]),
        "hyphens": "soft" if rng.random() < 0.35 else "auto",
        "item_gap": rng.choice([0, 0, 2, 4]),
        "table_gap": rng.choice([0, 0, 8]),
        "shade": rng.choice(["#e6e6e6", "#d9e2f3", "none"]),
        "padding": rng.choice([2, 3, 4]),
    }


def label_spans(rows):
    """How many rows the label column's cell of each row spans: a label cell
    spans the rows under it that leave it empty (the 2016 template's "Other
    actors involved"); 0 for a row covered by the one above, 1 for a
    heading row (a tuple)."""
    spans, owner = [1] * len(rows), None
    for r, row in enumerate(rows):
        if isinstance(row, tuple):
            owner = None
        elif row[0] == [] and owner is not None:
            spans[owner] += 1
            spans[r] = 0
        else:
            owner = r
    return spans


class HtmlDoc:
    """An HTML document written by ogpgen.render_plan through gen_render.Doc's
    interface. `size` is the cairo body size render_plan scales from (8.5
    landscape, 7.5 portrait); the HTML body size is style["size"]."""

    def __init__(self, path, orientation, style, lang):
        self.path, self.style, self.lang = path, style, lang
        self.size = 8.5 if orientation == "landscape" else 7.5
        self.lh = self.size * 1.25
        self.page, self.y = 1, 0.0
        self.left, self.right = 0.0, 1000.0  # widths are read as shares of this
        self.footer = None
        self.break_long = False
        self.parts = []

    # --- text
    @staticmethod
    def escape_word(word):
        return html.escape(word, quote=False)

    def bold(self, body):
        return f"<b>{body}</b>"

    def para(self, body):
        return f"<p>{body}</p>"

    def esc(self, text):
        words = [self.escape_word(w) for w in text.split()]
        if self.style["hyphens"] == "soft":
            words = [soft_hyphenate(w) for w in words]
        return " ".join(words)

    def text_lines(self, text, width, bold=False, prefix=None):
        if not text.split() and not prefix:
            return []
        body = self.esc(text)
        if bold and body:
            body = self.bold(body)
        if prefix:
            body = f"{self.bold(self.esc(prefix))} {body}".rstrip()
        return [self.para(body)]

    def items_lines(self, items, width, dash=False):
        out = []
        for item in items:
            out += self.text_lines(("-" if dash else "") + item, width)
        return out

    def subtable_lines(self, headers, columns, width):
        head = "".join(f"<th>{self.esc(h)}</th>" for h in headers)
        cells = "".join("<td>" + "".join(f"<p>{self.esc(n)}</p>" for n in names) + "</td>" for names in columns)
        return [f'<table class="sub" border="1" cellspacing="0" cellpadding="1" width="100%">'
                f'<tr>{head}</tr><tr>{cells}</tr></table>']

    # --- flow
    def need(self, height):
        pass

    def paragraph(self, text, bold=False, size=None, center=False, gap=4.0):
        size = size or self.size
        pt = self.style["size"] * size / self.size
        css = f"font-size:{pt:.1f}pt;margin-bottom:{gap * self.style['size'] / self.size:.1f}pt"
        if center:
            css += ";text-align:center"
        tag = "p"
        if bold and size >= 10.5:
            tag = "h1" if center else "h2"
        elif bold:
            css += ";font-weight:bold"
        self.parts.append(f'<{tag} style="{css}">{self.esc(text)}</{tag}>')

    def table(self, widths, header, rows, repeat_header=True, split_rows=True):
        total = sum(widths)
        # The border, cellspacing, cellpadding and width attributes are for
        # word processors that read HTML attributes, not CSS (LibreOffice).
        cols = "".join(f'<col width="{100 * w / total:.1f}%" style="width:{100 * w / total:.2f}%">' for w in widths)
        pad = self.style["padding"]
        out = [f'<table class="grid" border="1" cellspacing="0" cellpadding="{pad}" width="100%">'
               f'<colgroup>{cols}</colgroup>']
        if header:
            head = "<tr>" + "".join(f"<th><p>{self.esc(t)}</p></th>" for t in header) + "</tr>"
            # A browser repeats a <thead> on every page; a header row in the
            # body is printed once.
            out.append(f"<thead>{head}</thead><tbody>" if repeat_header else f"<tbody>{head}")
        else:
            out.append("<tbody>")
        spans = label_spans(rows)
        keep = "" if split_rows else ' class="keep"'
        for r, row in enumerate(rows):
            if isinstance(row, tuple):
                out.append(f'<tr{keep}><td class="span" colspan="{len(widths)}"><p>{self.esc(row[1])}</p></td></tr>')
                continue
            tds = []
            for c, cell in enumerate(row):
                if c == 0 and spans[r] == 0:
                    continue
                span = f' rowspan="{spans[r]}"' if c == 0 and spans[r] > 1 else ""
                tds.append(f"<td{span}>{''.join(cell)}</td>")
            out.append(f"<tr{keep}>{''.join(tds)}</tr>")
        out.append("</tbody></table>")
        self.parts.append("".join(out))
        return [[1] for _ in rows]

    # --- output
    def css(self):
        s = self.style
        top, right, bottom, left = s["margins"]
        footer = (self.footer + "   ") if self.footer else ""
        footer = footer.replace("\\", "\\\\").replace('"', '\\"')
        shade = s["shade"]
        fill = f"background:{shade};" if shade != "none" else ""
        hyph = "manual" if s["hyphens"] == "soft" else "auto"
        return f"""
@page {{ size: {s['page']} {s['orientation']}; margin: {top}mm {right}mm {bottom}mm {left}mm;
  @bottom-center {{ content: "{footer}" counter(page); font-family: "{s['font']}"; font-size: 7pt; }} }}
html {{ font-family: "{s['font']}"; font-size: {s['size']}pt; line-height: 1.2; }}
body {{ margin: 0; hyphens: {hyph}; -webkit-hyphens: {hyph}; overflow-wrap: break-word; }}
p {{ margin: 0 0 4pt 0; }}
h1, h2 {{ break-after: avoid; margin: 6pt 0 4pt 0; }}
table {{ border-collapse: collapse; width: 100%; margin: 0 0 {s['table_gap']}pt 0; }}
table.grid td, table.grid th {{ border: 0.6pt solid #000; padding: {s['padding']}pt {s['padding'] + 1}pt;
  vertical-align: top; text-align: left; }}
table.grid th, td.span {{ {fill}font-weight: bold; }}
td p, th p {{ margin: 0 0 {s['item_gap']}pt 0; }}
table.sub {{ margin: 2pt 0; }}
table.sub td, table.sub th {{ border: 0.4pt solid #000; padding: 1pt 2pt; vertical-align: top; text-align: left;
  font-weight: normal; background: none; }}
table.sub th {{ font-weight: bold; }}
tr.keep {{ break-inside: avoid; }}
"""

    def close(self):
        with open(self.path, "w", encoding="utf-8") as f:
            f.write(f'<!DOCTYPE html>\n<html lang="{self.lang}"><head><meta charset="utf-8">'
                    f"<title>{html.escape(self.footer or '')}</title><style>{self.css()}</style></head>\n<body>\n")
            f.write("\n".join(self.parts))
            f.write("\n</body></html>\n")
