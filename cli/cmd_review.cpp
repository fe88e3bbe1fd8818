// `ogpx review --db FILE.sqlite --out DIR [--document FILE|SHA256]`: a static
// site to check what was read against the page (docs/review.md). The export
// library writes the pages (export/review_html.h, export/status_html.h), the
// ingest library renders the pictures (cli/review_pictures.h); this command
// wires them.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "cli/command_line.h"
#include "cli/dashboard.h"
#include "cli/document_names.h"
#include "cli/review_pictures.h"
#include "cli/status_rows.h"
#include "export/review_html.h"
#include "export/review_records.h"
#include "export/writer.h"

namespace ogpx::cli {

namespace {

namespace fs = std::filesystem;

struct ReviewArgs {
  std::string db, out, document, as_of;
  bool quiet = false;
};

struct Site {
  std::string out;
  std::vector<exporter::KeptFile> keep;  // the database's files
  bool with_status = false;
};

// Exit code for `e`: 2 usage, 4 a file of the site not written, else 1 (the
// database could not be read).
int ExitFor(const Error& e, const Site& site) {
  const bool writing = !e.file.empty() && e.file.rfind(site.out, 0) == 0;
  return ExitCodeFor(e, writing ? Doing::kWriting : Doing::kReading);
}

// Writes `content` to `name` inside the site, never over the database.
std::optional<Error> WritePage(const Site& site, const std::string& name, const std::string& content) {
  const std::string path = (fs::path(site.out) / name).string();
  if (auto e = exporter::RefuseToOverwrite(path, site.keep)) return e;
  return exporter::WriteFileAtomic(path, content);
}

// One document's page; its row of the index.
Result<exporter::ReviewIndexRow> ReviewDocument(model::Store& store, const Site& site,
                                                const model::DocumentInfo& info,
                                                const std::string& pdf_override, bool write, int& rendered) {
  auto doc = store.Load(info.id);
  if (!doc) return doc.error();
  auto link = store.LinkWarnings(info.id);
  if (!link) return link.error();
  auto records = exporter::ReviewRecords(*doc);
  std::vector<Warning> warnings = doc->warnings;
  warnings.insert(warnings.end(), link->begin(), link->end());
  const std::vector<Warning> loose = exporter::AttachWarnings(records, warnings);
  exporter::ReviewIndexRow row{info.file_name,
                               info.sha256,
                               model::KindName(info.kind),
                               exporter::ReviewPageName(info.file_name, info.sha256),
                               doc->source.pages,
                               static_cast<int>(doc->source.ocr_pages.size()),
                               static_cast<int>(warnings.size()),
                               exporter::CountBoxes(records),
                               std::nullopt};
  if (!write) {
    std::error_code ec;
    if (!fs::exists(fs::path(site.out) / row.page_name, ec))
      row.pdf_problem = "no page yet (review without --document)";
    return row;
  }
  const std::string pdf = pdf_override.empty() ? doc->source_path : pdf_override;
  auto pictures = MakeReviewPictures(site.out, pdf, info.sha256, records, doc->warnings);
  if (!pictures) return pictures.error();
  row.pdf_problem = pictures->problem;
  rendered += pictures->pages_rendered;
  if (pictures->problem)
    std::cerr << "ogpx: review: " << info.file_name << ": warning: " << *pictures->problem << "\n";
  exporter::ReviewPage page{&*doc,           pdf, pictures->problem, pictures->files, pictures->page_sizes,
                            site.with_status};
  std::ostringstream html;
  exporter::WriteReviewPage(page, records, loose, html);
  if (auto e = WritePage(site, row.page_name, html.str())) return *e;
  return row;
}

// The documents of the database, and of them those --document names (none:
// all) with the path it gives; an exit code when that fails.
std::optional<int> Choose(model::Store& store, const ReviewArgs& args, const std::string& db,
                          std::vector<model::DocumentInfo>& docs, std::set<int64_t>& chosen,
                          std::string& pdf) {
  auto all = store.Documents();
  if (!all) {
    PrintError("review: " + all.error().ToString());
    return ExitCodeFor(all.error(), Doing::kReading);
  }
  docs = std::move(*all);
  if (args.document.empty()) return std::nullopt;
  const std::string& name = args.document;
  for (const auto* d : ResolveDocuments(docs, name)) chosen.insert(d->id);
  if (chosen.empty()) {
    PrintError("review: " + name + ": no such document in " + db);
    return kExitInputFailed;
  }
  std::error_code ec;
  if (fs::is_regular_file(name, ec)) pdf = fs::absolute(name, ec).lexically_normal().string();
  return std::nullopt;
}

int RunReview(const ReviewArgs& args) {
  const auto started = std::chrono::steady_clock::now();
  const std::string& db = args.db;
  Site site{args.out, exporter::DatabaseFiles(db), true};
  int open_failed = kExitOk;
  auto store = OpenExistingStore(db, open_failed);
  if (!store) return open_failed;
  std::vector<model::DocumentInfo> docs;
  std::set<int64_t> chosen;
  std::string pdf_override;
  if (auto code = Choose(*store, args, db, docs, chosen, pdf_override)) return *code;
  std::error_code ec;
  fs::create_directories(site.out, ec);
  if (ec) {
    PrintError("review: " + site.out + ": cannot create the folder: " + ec.message());
    return kExitOutputFailed;
  }
  std::vector<exporter::ReviewIndexRow> rows;
  int rendered = 0;  // pages rendered this run (the others' pictures were in DIR)
  for (const auto& d : docs) {
    const bool write = chosen.empty() || chosen.count(d.id);
    auto row = ReviewDocument(*store, site, d, write ? pdf_override : "", write, rendered);
    if (!row) {
      PrintError("review: " + row.error().ToString());
      return ExitFor(row.error(), site);
    }
    rows.push_back(std::move(*row));
  }
  std::ostringstream index, status;
  exporter::WriteReviewIndex(rows, site.with_status, index);
  auto run = QueryStatus(*store, args.as_of.empty() ? std::nullopt : std::optional(args.as_of), {});
  auto links = ReviewLinks(*store, "");
  if (!run || !links) {
    const Error& e = run ? links.error() : run.error();
    PrintError("review: " + e.ToString());
    return ExitFor(e, site);
  }
  WriteDashboard(*run, {}, *links, /*in_review_site=*/true, status);
  for (const auto& [name, body] :
       {std::pair{"index.html", index.str()}, std::pair{"status.html", status.str()}})
    if (auto e = WritePage(site, name, body)) {
      PrintError("review: " + e->ToString());
      return ExitFor(*e, site);
    }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const std::size_t pages = chosen.empty() ? rows.size() : chosen.size();
  if (!args.quiet)
    std::fprintf(stderr,
               "ogpx: review: %zu document page%s written, %d PDF page%s rendered, in %.1f s; open %s\n",
               pages, pages == 1 ? "" : "s", rendered, rendered == 1 ? "" : "s", seconds,
               (fs::path(site.out) / "index.html").string().c_str());
  return kExitOk;
}

std::function<int()> DefineReview(CLI::App& app) {
  auto a = std::make_shared<ReviewArgs>();
  app.description(
      "Writes a static site to DIR that opens from disk (DIR/index.html; no\n"
      "server, nothing fetched): one page per document with its kind, confidence\n"
      "and warnings, then every commitment and milestone (order clause, report\n"
      "entry) with its fields beside a crop of the page region they were read\n"
      "from, each field's box drawn on the crop and the region on a page\n"
      "thumbnail. Fields whose box was not found are listed as such. Keys: j / k\n"
      "next / previous field, w / W next / previous warning. DIR/status.html is\n"
      "the milestone status dashboard (as `ogpx status --format html`), each\n"
      "status linked to the report it came from.\n"
      "\n"
      "Pictures are rendered from the PDF where `ogpx ingest` read it and kept in\n"
      "DIR/img/<sha256>/: a second run renders only what is new. A PDF that was\n"
      "moved, deleted or changed is named in a warning and its fields are listed\n"
      "without crops.\n");
  AddDatabaseOption(app, "--db", a->db, "the database written by `ogpx ingest` (required; never created)");
  app.add_option("-o,--out", a->out, "the folder of the site (required; created)")
      ->type_name("DIR")
      ->required()
      ->check(NotStandardStream("a folder of files"));
  app.add_option("--document", a->document,
                 "only this document's page (index and status pages are written again): a SHA-256 (or a prefix "
                 "of 8 or more hex digits), a stored file name, or the path of the PDF, whose pages are then "
                 "rendered from that file")
      ->type_name("D");
  app.add_option("--as-of", a->as_of, "the day overdue is decided on in status.html (default today)")
      ->type_name("DATE")
      ->check(DayOrYear());
  app.add_flag("-q,--quiet", a->quiet, "no line saying what was written");
  app.footer(
      "exit: 0 written (also with warnings about missing PDFs); 1 the database\n"
      "      cannot be read or --document matches nothing; 2 usage; 4 a file of\n"
      "      the site could not be written\n"
      "\n"
      "example: ogpx review --db ogpx.sqlite --out review && xdg-open review/index.html\n");
  return [a] { return RunReview(*a); };
}

}  // namespace

extern const Command kReviewCommand{"review", "write a static HTML site to check what was read beside the page",
                                    DefineReview};

}  // namespace ogpx::cli
