#!/usr/bin/python3
"""othertools: the generated plans made by other tools (issue 17, "Measure").

    /usr/bin/python3 tests/generator/othertools.py --out DIR --producer chromium|libreoffice|writer|cairo
        --generation current|2016|2020 --language en|mn --index FROM-TO [--seed N]

For each index, draws a plan's axes and content exactly as ogpgen draws a
plan (ogpgen.render_plan, same gold), writes it as HTML+CSS (gen_html.py)
and has another tool lay it out and print it to PDF:
  chromium     headless Chromium's print to PDF (tables as HTML tables, a
               <thead> repeated on every page when header_repeat=yes, rows
               cut by page breaks when row_split=yes, the 2016 label cell
               as a rowspan, footer and page number from @page);
  libreoffice  LibreOffice Writer opening the same HTML (soffice --headless
               --convert-to pdf);
  writer       LibreOffice Writer laying out the plan written in its own
               format (flat ODF text, gen_fodt.py: column widths, repeated
               heading rows, row spans, top-aligned cells, a page-number
               footer; a word wider than its column broken by characters);
  cairo        ogpgen's own drawing of the same content (the reference).
The look (page size A4/Letter, margins, font, body size, hyphenation,
spacing, shading) is drawn per document (gen_html.pick_style); the
orientation is the plan's axis. Gold pages are found in the printed PDF
(the first words of each milestone); score.py does not score pages.
Writes NAME.html (or NAME.fodt), NAME.pdf, NAME.gold.json and appends to DIR/manifest.json.
Chromium's and LibreOffice's PDFs carry their own dates: the same seed gives
the same HTML and gold, not the same PDF bytes.
"""
import argparse
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_fodt  # noqa: E402
import gen_html  # noqa: E402
import gen_render as render  # noqa: E402
import ogpgen  # noqa: E402

GENERATIONS = ["current", "2016", "2020"]
LANGUAGES = ["en", "mn"]  # the generator has no Spanish wording


def plan_axes(rng, generation, language):
    """A plan's axes, drawn as ogpgen.random_axes draws them, kept to the
    values the generation and language take; always born-digital."""
    axes = dict(ogpgen.PLAN_DEFAULTS)
    allowed = dict(ogpgen.AXES)
    if language == "mn":
        allowed.update(ogpgen.AXES_MN_PLAN)
    if generation == "2016":
        allowed.update(ogpgen.AXES_2016_PLAN)
    for key in ["numbering", "heading", "dates", "orientation", "font", "columns", "stakeholders",
                "header_repeat", "row_split", "annex", "description"]:
        axes[key] = rng.choice(allowed[key])
    if generation == "2016":
        axes["description"] = "yes"
    if generation != "current" and axes["heading"] == "Commitment ID":
        axes["heading"] = "Commitment 3."
    axes.update(template=generation, language=language, medium="digital")
    return axes


def write_source(path, axes, style, content_seed, doc_class=gen_html.HtmlDoc):
    """ogpgen.render_plan with doc_class (gen_html.HtmlDoc, gen_fodt.FodtDoc)
    in place of gen_render.Doc."""
    original = render.Doc
    render.Doc = lambda p, orientation, font, size=None: doc_class(p, orientation, style, axes["language"])
    try:
        return ogpgen.render_plan(path, axes, random.Random(content_seed))
    finally:
        render.Doc = original


def print_chromium(html_path, pdf_path, tmp):
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        raise SystemExit("othertools: chromium not found (apt-get install chromium)")
    subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-pdf-header-footer",
                    f"--user-data-dir={tmp}/chromium", f"--print-to-pdf={pdf_path}",
                    "file://" + os.path.abspath(html_path)],
                   check=True, capture_output=True, timeout=180)


def soffice_to_pdf(src_path, pdf_path, tmp, import_filter=None):
    """LibreOffice converting `src_path` to PDF (with `import_filter`, or the
    format's own filter)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("othertools: soffice not found (apt-get install libreoffice-writer-nogui)")
    out = os.path.join(tmp, "lo")
    infilter = [f"--infilter={import_filter}"] if import_filter else []
    subprocess.run([exe, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/lo-profile",
                    *infilter, "--convert-to", "pdf:writer_pdf_Export", "--outdir", out, src_path],
                   check=True, capture_output=True, timeout=300)
    shutil.move(os.path.join(out, os.path.splitext(os.path.basename(src_path))[0] + ".pdf"), pdf_path)


def print_writer(fodt_path, pdf_path, tmp):
    """LibreOffice Writer opening its own format (flat ODF text)."""
    soffice_to_pdf(fodt_path, pdf_path, tmp)


def print_libreoffice(html_path, pdf_path, tmp):
    soffice_to_pdf(html_path, pdf_path, tmp, "HTML (StarWriter)")


def page_texts(pdf):
    # -raw: content-stream order, in which a browser or word processor writes
    # a cell's lines one after the other.
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"], check=True, capture_output=True,
                          text=True).stdout
    return [squash(p) for p in text.split("\f")]


def squash(text):
    text = text.replace("\u00ad\n", "").replace("\u00ad", "")
    text = re.sub(r"[-\u2010]\n", "", text)
    return re.sub(r"[^\w]+", " ", text).lower()


def find_page(pages, text, words=6, first=1):
    """The first page from `first` on where the text's first words are."""
    key = squash(" ".join(text.split()[:words])).strip()
    hits = [i + 1 for i, p in enumerate(pages) if key and key in p and i + 1 >= first]
    return hits[0] if hits else None


def fix_gold_pages(body, pdf):
    """Gold pages from the printed PDF: a milestone's page is where its first
    words are; a commitment runs from its title's page to its last milestone's."""
    pages = page_texts(pdf)
    at = 1  # milestones and commitments come in page order
    for c in body["commitments"]:
        start = find_page(pages, c["title"], first=at)
        at = start or at
        found = []
        for m in c["milestones"]:
            p = find_page(pages, m["text"], first=at)
            m["pages"] = [p] if p else None
            found += [p] if p else []
            at = p or at
        start = start or (min(found) if found else None)
        c["pages"] = list(range(start, max(found + [start]) + 1)) if start else None


def make(out, producer, generation, language, index, seed, set_name):
    rng = random.Random(f"othertools/{seed}/{generation}/{language}/{index}")
    axes = plan_axes(rng, generation, language)
    style = gen_html.pick_style(rng, axes["orientation"])
    content_seed = f"othertools/{seed}/{generation}/{language}/{index}/content"
    lang = "" if language == "en" else f"-{language}"
    name = f"oth-{producer}-{generation}{lang}-{index:03d}"
    pdf = os.path.join(out, name + ".pdf")
    with tempfile.TemporaryDirectory() as tmp:
        if producer == "cairo":
            body, warnings = ogpgen.render_plan(pdf, axes, random.Random(content_seed))
        elif producer == "writer":
            src = os.path.join(out, name + ".fodt")
            body, warnings = write_source(src, axes, style, content_seed, gen_fodt.FodtDoc)
            print_writer(src, pdf, tmp)
        else:
            src = os.path.join(out, name + ".html")
            body, warnings = write_source(src, axes, style, content_seed)
            {"chromium": print_chromium, "libreoffice": print_libreoffice}[producer](src, pdf, tmp)
    if producer != "cairo":
        fix_gold_pages(body, pdf)
    with open(pdf, "rb") as f:
        data = f.read()
    pages = ogpgen.page_count(pdf)
    gold = {
        "schema": "ogpx/1",
        "source": {"file": name + ".pdf", "sha256": hashlib.sha256(data).hexdigest(), "pages": pages,
                   "language": [language], "ocr_pages": []},
        "kind": "action_plan", "action_plan": body, "warnings": warnings,
    }
    with open(os.path.join(out, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return {"name": name, "producer": producer, "generation": generation, "language": language,
            "index": index, "set": set_name, "pages": pages, "axes": axes,
            "style": style if producer != "cairo" else None}


TOOLS = {"chromium": ["chromium", "chromium-browser"], "libreoffice": ["soffice", "libreoffice"],
         "writer": ["soffice", "libreoffice"], "cairo": []}


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--producer", choices=sorted(TOOLS), required=True)
    ap.add_argument("--generation", required=True, help="current, 2016, 2020, or several joined by commas")
    ap.add_argument("--language", choices=LANGUAGES, default="en")
    ap.add_argument("--index", required=True, help="FROM-TO, document indices (inclusive)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--set", default="", dest="set_name", help="label written to the manifest (dev, held-out)")
    ap.add_argument("--fresh", action="store_true", help="start a new manifest.json (the ctest fixture)")
    ap.add_argument("--skip-without-tool", action="store_true",
                    help="when the producer's tool is not installed, say so and exit 0 writing nothing")
    args = ap.parse_args(argv)
    generations = args.generation.split(",")
    if any(g not in GENERATIONS for g in generations):
        print(f"othertools: --generation takes {', '.join(GENERATIONS)}", file=sys.stderr)
        return 2
    if args.language != "en" and generations != ["current"]:
        print("othertools: the generator's Mongolian plans are on the current template only", file=sys.stderr)
        return 2
    lo, hi = (int(v) for v in args.index.split("-"))
    os.makedirs(args.out, exist_ok=True)
    manifest_path = os.path.join(args.out, "manifest.json")
    if args.fresh and os.path.exists(manifest_path):
        os.remove(manifest_path)
    if TOOLS[args.producer] and not any(shutil.which(t) for t in TOOLS[args.producer]):
        print(f"othertools: {args.producer} is not installed ({' or '.join(TOOLS[args.producer])} not on PATH); "
              f"no documents written", file=sys.stderr)
        return 0 if args.skip_without_tool else 2
    manifest = {"generator": "othertools", "documents": []}
    if os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as f:
            manifest = json.load(f)
    for generation in generations:
        for i in range(lo, hi + 1):
            entry = make(args.out, args.producer, generation, args.language, i, args.seed, args.set_name)
            manifest["documents"] = [d for d in manifest["documents"] if d["name"] != entry["name"]] + [entry]
            print(f"othertools: {entry['name']} ({entry['pages']} pages)", file=sys.stderr)
    with open(manifest_path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
