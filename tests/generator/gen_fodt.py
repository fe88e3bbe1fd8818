"""The generated plans written as a word-processor document (flat ODF text,
.fodt) for LibreOffice Writer to lay out natively (tests/generator/
othertools.py, producer `writer`; docs/generator.md "Plans made by other
tools"). Unlike the HTML route, the document carries Writer's own table
model: column widths, repeated heading rows (<table:table-header-rows>),
row spans as covered cells, nested tables, top-aligned cells, a footer with
the page number.

FodtDoc has gen_html.HtmlDoc's interface (see there); a cell is a list of
ODF fragments (paragraphs or a nested table).
"""
from xml.sax.saxutils import escape

import gen_html

MM = 1 / 25.4  # inches per mm
PAGES = {"A4": (8.2677, 11.6929), "letter": (8.5, 11.0)}


class FodtDoc(gen_html.HtmlDoc):
    def __init__(self, path, orientation, style, lang):
        super().__init__(path, orientation, style, lang)
        self.tables = 0
        self.auto_styles = []

    @staticmethod
    def escape_word(word):
        return escape(word)

    def bold(self, body):
        return f'<text:span text:style-name="B">{body}</text:span>'

    def para(self, body):
        return f'<text:p text:style-name="Cell">{body}</text:p>'

    def subtable_lines(self, headers, columns, width):
        self.tables += 1
        name = f"Sub{self.tables}"
        cols = "".join(f'<table:table-column table:style-name="{name}.C"/>' for _ in headers)
        head = "".join(f'<table:table-cell table:style-name="SubCell" office:value-type="string">'
                       f'<text:p text:style-name="CellBold">{self.esc(h)}</text:p></table:table-cell>'
                       for h in headers)
        cells = "".join('<table:table-cell table:style-name="SubCell" office:value-type="string">' +
                        ("".join(f'<text:p text:style-name="Cell">{self.esc(n)}</text:p>' for n in names)
                         or '<text:p text:style-name="Cell"/>') + "</table:table-cell>" for names in columns)
        self.auto_styles.append(f'<style:style style:name="{name}.C" style:family="table-column">'
                                f'<style:table-column-properties style:rel-column-width="1000*"/></style:style>')
        return [f'<table:table table:name="{name}" table:style-name="SubTable">{cols}'
                f"<table:table-row>{head}</table:table-row><table:table-row>{cells}</table:table-row>"
                f"</table:table>"]

    def paragraph(self, text, bold=False, size=None, center=False, gap=4.0):
        size = size or self.size
        pt = self.style["size"] * size / self.size
        after = gap * self.style["size"] / self.size
        name = f"P{len(self.auto_styles)}"
        weight = ' fo:font-weight="bold"' if bold else ""
        align = ' fo:text-align="center"' if center else ""
        keep = ' fo:keep-with-next="always"' if bold and size >= 10.5 else ""
        self.auto_styles.append(
            f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="Body">'
            f'<style:paragraph-properties fo:margin-bottom="{after:.1f}pt"{align}{keep}/>'
            f'<style:text-properties fo:font-size="{pt:.1f}pt"{weight}/></style:style>')
        tag = "text:h" if bold and size >= 10.5 else "text:p"
        level = ' text:outline-level="2"' if tag == "text:h" else ""
        self.parts.append(f'<{tag} text:style-name="{name}"{level}>{self.esc(text)}</{tag}>')

    def table(self, widths, header, rows, repeat_header=True, split_rows=True):
        self.tables += 1
        name = f"T{self.tables}"
        total = sum(widths)
        page_w, _ = PAGES[self.style["page"]]
        if self.style["orientation"] == "landscape":
            page_w = PAGES[self.style["page"]][1]
        top, right, bottom, left = self.style["margins"]
        width_in = page_w - (left + right) * MM
        self.auto_styles.append(
            f'<style:style style:name="{name}" style:family="table"><style:table-properties '
            f'style:width="{width_in:.3f}in" table:align="left" fo:margin-bottom="{self.style["table_gap"]}pt"/>'
            f"</style:style>")
        self.auto_styles.append(
            f'<style:style style:name="{name}.R" style:family="table-row"><style:table-row-properties '
            f'fo:keep-together="{"auto" if split_rows else "always"}"/></style:style>')
        cols = ""
        for i, w in enumerate(widths):
            self.auto_styles.append(
                f'<style:style style:name="{name}.C{i}" style:family="table-column"><style:table-column-properties '
                f'style:column-width="{width_in * w / total:.3f}in"/></style:style>')
            cols += f'<table:table-column table:style-name="{name}.C{i}"/>'
        out = [f'<table:table table:name="{name}" table:style-name="{name}">{cols}']
        if header:
            head = "".join(f'<table:table-cell table:style-name="Head" office:value-type="string">'
                           f'<text:p text:style-name="CellBold">{self.esc(t)}</text:p></table:table-cell>'
                           for t in header)
            row = f'<table:table-row table:style-name="{name}.R">{head}</table:table-row>'
            out.append(f"<table:table-header-rows>{row}</table:table-header-rows>" if repeat_header else row)
        spans = gen_html.label_spans(rows)
        for r, row in enumerate(rows):
            out.append(f'<table:table-row table:style-name="{name}.R">')
            if isinstance(row, tuple):
                out.append(f'<table:table-cell table:style-name="Head" table:number-columns-spanned="{len(widths)}" '
                           f'office:value-type="string"><text:p text:style-name="CellBold">{self.esc(row[1])}'
                           f"</text:p></table:table-cell>")
                out.append("<table:covered-table-cell/>" * (len(widths) - 1))
            else:
                for c, cell in enumerate(row):
                    if c == 0 and spans[r] == 0:
                        out.append("<table:covered-table-cell/>")
                        continue
                    span = f' table:number-rows-spanned="{spans[r]}"' if c == 0 and spans[r] > 1 else ""
                    body = "".join(cell) or '<text:p text:style-name="Cell"/>'
                    out.append(f'<table:table-cell table:style-name="Cell"{span} office:value-type="string">'
                               f"{body}</table:table-cell>")
            out.append("</table:table-row>")
        out.append("</table:table>")
        self.parts.append("".join(out))
        return [[1] for _ in rows]

    def close(self):
        s = self.style
        page_w, page_h = PAGES[s["page"]]
        if s["orientation"] == "landscape":
            page_w, page_h = page_h, page_w
        top, right, bottom, left = s["margins"]
        shade = s["shade"] if s["shade"] != "none" else "transparent"
        pad = s["padding"]
        hyph = "true" if s["hyphens"] == "auto" else "false"
        lang, country = ("en", "GB") if self.lang == "en" else (self.lang, "MN")
        footer = escape((self.footer + "   ") if self.footer else "")
        with open(self.path, "w", encoding="utf-8") as f:
            f.write(f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="{s['font']}" svg:font-family="&apos;{s['font']}&apos;"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="{s['font']}"
 fo:font-size="{s['size']}pt" fo:language="{lang}" fo:country="{country}" fo:hyphenate="{hyph}"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-top="0pt"
 fo:margin-bottom="4pt"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-top="0pt"
 fo:margin-bottom="{s['item_gap']}pt"/></style:style>
<style:style style:name="CellBold" style:family="paragraph" style:parent-style-name="Cell">
 <style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
 <style:text-properties fo:font-size="7pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="{page_w:.3f}in"
 fo:page-height="{page_h:.3f}in" style:print-orientation="{s['orientation']}" fo:margin-top="{top}mm"
 fo:margin-bottom="{bottom}mm" fo:margin-left="{left}mm" fo:margin-right="{right}mm"/>
 <style:footer-style><style:header-footer-properties fo:min-height="0in" fo:margin-top="2mm"/></style:footer-style>
</style:page-layout>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.6pt solid #000000"
 fo:padding="{pad}pt" style:vertical-align="top"/></style:style>
<style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:border="0.6pt solid #000000"
 fo:padding="{pad}pt" fo:background-color="{shade}" style:vertical-align="top"/></style:style>
<style:style style:name="SubCell" style:family="table-cell"><style:table-cell-properties
 fo:border="0.4pt solid #000000" fo:padding="1pt" style:vertical-align="top"/></style:style>
<style:style style:name="SubTable" style:family="table"><style:table-properties table:align="margins"/>
</style:style>
{"".join(self.auto_styles)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
<style:footer><text:p text:style-name="Footer">{footer}<text:page-number text:select-page="current"/></text:p>
</style:footer></style:master-page></office:master-styles>
<office:body><office:text>
{"".join(self.parts)}
</office:text></office:body></office:document>
''')
