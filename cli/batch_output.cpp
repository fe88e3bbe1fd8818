#include "cli/batch_output.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>

#include <nlohmann/json.hpp>

#include "base/text.h"

namespace ogpx::cli {
namespace {

std::string Fixed(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string Duration(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

// "12 no_text_layer, 3 pdf_syntax"
std::string Counts(const std::map<std::string, int>& counts) {
  std::string out;
  for (const auto& [name, n] : counts) out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + name;
  return out;
}

}  // namespace

std::string ProgressText(const BatchProgress& p) {
  std::string out = "[" + std::to_string(p.done) + "/" + std::to_string(p.total) + "] " +
                    std::to_string(p.pages) + " pages";
  if (p.ocr_pages > 0) out += " (" + std::to_string(p.ocr_pages) + " OCR)";
  if (p.pages > 0 && p.elapsed_seconds > 0) {
    double rate = static_cast<double>(p.pages) / p.elapsed_seconds;
    out += ", " + Fixed(rate, rate < 10 ? 1 : 0) + " pages/s";
    if (p.pages_left > 0 && p.done < p.total) out += ", ETA " + Duration(p.pages_left / rate);
  }
  for (std::size_t i = 0; i < p.reading.size(); ++i) {
    const Reading& r = p.reading[i];
    out += (i == 0 ? ", " : " ") + std::filesystem::path(r.file).filename().string();
    if (r.pages > 0) out += " " + std::to_string(r.pages_read) + "/" + std::to_string(r.pages);
  }
  return out;
}

void ProgressLine::Show(const BatchProgress& progress) {
  if (!enabled_) return;
  std::string text = ProgressText(progress);
  winsize ws{};
  std::size_t width = ::ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 1 ? ws.ws_col - 1 : 79;
  if (text.size() > width) {
    // Cut on a UTF-8 character boundary.
    std::size_t cut = width;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text.resize(cut);
  }
  std::cerr << "\r\x1b[K" << text << std::flush;
  shown_ = true;
}

void ProgressLine::Clear() {
  if (!shown_) return;
  std::cerr << "\r\x1b[K" << std::flush;
  shown_ = false;
}

std::string Summary(const std::vector<FileOutcome>& outcomes, double seconds) {
  std::map<FileStatus, int> by_status;
  std::map<std::string, int> failures, warnings;
  int pages = 0;
  for (const auto& o : outcomes) {
    ++by_status[o.status];
    pages += o.pages;
    if (o.error) ++failures[ErrorKindName(o.error->kind)];
    for (const auto& w : o.warnings) ++warnings[w.code];
  }
  int replaced = by_status[FileStatus::kReplaced];
  std::string out = "ingest: " + std::to_string(outcomes.size()) + " files: " +
                    std::to_string(by_status[FileStatus::kInserted] + replaced) + " ingested" +
                    (replaced ? " (" + std::to_string(replaced) + " replaced)" : "") + ", " +
                    std::to_string(by_status[FileStatus::kSkipped]) + " skipped (unchanged), " +
                    std::to_string(by_status[FileStatus::kFailed]) + " failed" +
                    (by_status[FileStatus::kNotDone] ? ", " + std::to_string(by_status[FileStatus::kNotDone]) + " not done"
                                                     : "") +
                    "; " + std::to_string(pages) +
                    " pages in " + Fixed(seconds, 1) + " s\n";
  if (!failures.empty()) out += "  failed: " + Counts(failures) + "\n";
  if (!warnings.empty()) out += "  warnings: " + Counts(warnings) + "\n";
  return out;
}

std::vector<std::string> OutcomeLines(const FileOutcome& o) {
  std::vector<std::string> lines;
  for (const auto& l : o.log) lines.push_back(o.file + ": " + l);
  if (o.error) {
    Error why = *o.error;
    why.file.clear();  // "page N: reason"
    lines.push_back(o.file + ": failed: " + why.ToString());
  }
  if (o.status == FileStatus::kNotDone) lines.push_back(o.file + ": not done (the batch stopped before it)");
  return lines;
}

std::string ReportJson(const std::vector<FileOutcome>& outcomes, const std::string& database,
                       const std::string& stopped) {
  using nlohmann::json;
  json files = json::array();
  std::map<std::string, int> totals{{"inserted", 0}, {"replaced", 0}, {"skipped", 0}, {"failed", 0}, {"not_done", 0}};
  for (const auto& o : outcomes) {
    json f{{"file", text::EscapeInvalidUtf8(o.file)}, {"status", FileStatusName(o.status)}, {"sha256", o.sha256}};
    ++totals[FileStatusName(o.status)];
    if (!o.kind.empty()) {
      f["kind"] = o.kind;
      f["pages"] = o.pages;
      f["ocr_pages"] = o.ocr_pages;
    }
    if (o.error) {
      f["error"] = {{"kind", ErrorKindName(o.error->kind)},
                    {"page", o.error->page ? json(*o.error->page) : json(nullptr)},
                    {"reason", text::EscapeInvalidUtf8(o.error->reason)},
                    {"message", text::EscapeInvalidUtf8(o.error->ToString())}};
    }
    json ws = json::array();
    for (const auto& w : o.warnings)
      ws.push_back({{"code", w.code},
                    {"page", w.page ? json(*w.page) : json(nullptr)},
                    {"message", text::EscapeInvalidUtf8(w.message)}});
    f["warnings"] = std::move(ws);
    f["seconds"] = std::round(o.seconds * 1000) / 1000;
    files.push_back(std::move(f));
  }
  json report{{"schema", "ogpx-ingest-report/1"},
              {"database", text::EscapeInvalidUtf8(database)},
              {"stopped", stopped.empty() ? json(nullptr) : json(text::EscapeInvalidUtf8(stopped))},
              {"totals", totals},
              {"files", std::move(files)}};
  // Every string above is valid UTF-8 (names that are not are escaped as
  // \xNN, losing nothing); `replace` is a last guard: never a throw.
  return report.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace ogpx::cli
