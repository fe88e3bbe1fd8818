// The pictures of a review page, rendered once per document (review_pictures.h).
#include "cli/review_pictures.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/sha256.h"
#include "export/html.h"
#include "export/review_html.h"
#include "export/writer.h"
#include "ingest/ingest.h"
#include "ingest/page_image.h"

namespace ogpx::cli {
namespace {

namespace fs = std::filesystem;

// The page sizes of earlier runs ("page TAB width TAB height" lines), so that
// thumbnails from the folder can be drawn on without the PDF.
constexpr const char* kSizesFile = "pages.tsv";

std::map<int, std::pair<double, double>> ReadSizes(const fs::path& file) {
  std::map<int, std::pair<double, double>> out;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    int page = 0;
    double w = 0, h = 0;
    const char* p = line.data();
    const char* end = p + line.size();
    auto a = std::from_chars(p, end, page);
    if (a.ec != std::errc() || a.ptr == end) continue;
    auto b = std::from_chars(a.ptr + 1, end, w);
    if (b.ec != std::errc() || b.ptr == end) continue;
    auto c = std::from_chars(b.ptr + 1, end, h);
    if (c.ec == std::errc() && page > 0 && w > 0 && h > 0) out[page] = {w, h};
  }
  return out;
}

// Why the pictures cannot be rendered from `pdf`, or nullopt when they can.
std::optional<std::string> PdfProblem(const std::string& pdf, const std::string& sha256) {
  if (pdf.empty())
    return "the database does not say where the PDF was read from (ingested by an older ogpx); "
           "name it with --document FILE";
  std::error_code ec;
  if (!fs::is_regular_file(pdf, ec))
    return "the PDF is no longer at " + pdf + " (moved or deleted; name it with --document FILE)";
  auto bytes = ingest::ReadInput(pdf);
  if (!bytes) return "the PDF at " + pdf + " cannot be read: " + bytes.error().reason;
  if (Sha256Hex(*bytes) != sha256)
    return "the file at " + pdf + " has changed since it was ingested (other bytes)";
  return std::nullopt;
}

// Renders `page` and writes the pictures of it that are missing.
std::optional<std::string> RenderPage(ingest::PageImages& images, const fs::path& dir, int page,
                                      const std::vector<exporter::ReviewBox>& crops, int quarter_turns,
                                      ReviewPictures& out) {
  auto size = images.PageSize(page);
  if (!size) return "page " + std::to_string(page) + " is not in the PDF";
  if (quarter_turns % 2) std::swap(size->first, size->second);
  if (auto e = images.Render(page, kReviewDpi, quarter_turns)) return e->ToString();
  auto write = [&](const std::string& name, const Result<ingest::Png>& png) -> std::optional<std::string> {
    if (!png) return png.error().ToString();
    if (auto e = exporter::WriteFileAtomic((dir / name).string(), png->bytes)) return e->ToString();
    out.files.insert(name);
    return std::nullopt;
  };
  const std::string thumb = exporter::ThumbnailFileName(page);
  if (!out.files.count(thumb))
    if (auto e = write(thumb, images.Thumbnail(exporter::kThumbnailWidthPx))) return e;
  for (const auto& g : crops) {
    const std::string name = exporter::CropFileName(g);
    if (out.files.count(name)) continue;
    if (auto e = write(name, images.Crop({g.x0, g.y0, g.x1, g.y1}))) return e;
  }
  out.page_sizes[page] = *size;
  ++out.pages_rendered;
  return std::nullopt;
}

}  // namespace

Result<ReviewPictures> MakeReviewPictures(const std::string& out_dir, const std::string& pdf,
                                          const std::string& sha256,
                                          const std::vector<exporter::ReviewRecord>& records,
                                          const std::vector<Warning>& warnings) {
  const fs::path dir = fs::path(out_dir) / exporter::ReviewImageDir(sha256);
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec)
    return Error{ErrorKind::kIo, dir.string(), std::nullopt, "cannot create the folder: " + ec.message()};
  ReviewPictures out;
  out.page_sizes = ReadSizes(dir / kSizesFile);
  for (const auto& entry : fs::directory_iterator(dir, ec))
    out.files.insert(entry.path().filename().string());

  std::map<int, std::vector<exporter::ReviewBox>> crops;  // by page
  std::set<std::string> needed{kSizesFile};
  for (const auto& r : records)
    for (const auto& g : r.regions) {
      crops[g.page].push_back(g);
      needed.insert(exporter::CropFileName(g));
      needed.insert(exporter::ThumbnailFileName(g.page));
    }
  std::vector<int> todo;  // pages with a picture or their size missing
  for (const auto& [page, boxes] : crops) {
    bool complete = out.files.count(exporter::ThumbnailFileName(page)) && out.page_sizes.count(page);
    for (const auto& g : boxes) complete = complete && out.files.count(exporter::CropFileName(g));
    if (!complete) todo.push_back(page);
  }
  if (!todo.empty()) {
    out.problem = PdfProblem(pdf, sha256);
    std::optional<ingest::PageImages> images;
    if (!out.problem) {
      images.emplace(pdf);
      if (!images->ok())  // the OCR module that draws pictures missing, or the PDF unreadable
        out.problem = images->error().empty() ? "the PDF at " + pdf + " cannot be opened" : images->error();
    }
    for (int page : todo) {
      if (!images || !images->ok()) break;
      auto failed = RenderPage(*images, dir, page, crops[page], ingest::QuarterTurns(warnings, page), out);
      if (failed && !out.problem) out.problem = failed;  // the first; the other pages go on
    }
  }
  if (out.pages_rendered > 0) {
    std::string sizes;
    for (const auto& [page, size] : out.page_sizes)
      sizes += std::to_string(page) + "\t" + exporter::HtmlNumber(size.first, 3) + "\t" +
               exporter::HtmlNumber(size.second, 3) + "\n";
    if (auto e = exporter::WriteFileAtomic((dir / kSizesFile).string(), sizes)) return *e;
  }
  // What an earlier extraction needed and this one does not.
  for (const auto& name : std::set<std::string>(out.files)) {
    if (needed.count(name) || fs::path(name).extension() != ".png") continue;
    fs::remove(dir / name, ec);
    out.files.erase(name);
  }
  return out;
}

}  // namespace ogpx::cli
