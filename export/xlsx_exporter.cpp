// --format xlsx: ogpx.xlsx, the tables of the csv format (export/csv.h) as
// sheets of one workbook, written with libxlsxwriter (docs/export.md, "XLSX").
//
// One sheet per table, in the data package's order and with its names; the
// header row is bold, frozen and carries an autofilter; "integer" columns
// are numbers, "date" columns real dates (shown YYYY-MM-DD), everything else
// a string cell: never a formula, so no formula neutralisation is needed and
// the text is exactly the CSV's raw text. Column widths follow the longest
// line of each column, within kMinWidth..kMaxWidth.
#include <xlsxwriter.h>

#include <algorithm>
#include <charconv>

#include "base/text.h"
#include "export/csv.h"
#include "export/formats.h"

namespace ogpx::exporter {
namespace {

constexpr const char* kFileName = "ogpx.xlsx";
// Column widths, in Excel's character units.
constexpr double kMinWidth = 6;
constexpr double kMaxWidth = 60;
constexpr double kWidthPadding = 2;  // room for the autofilter button
constexpr double kDateWidth = 12;    // "2025-06-30" plus padding
// Excel's limit on the characters of one cell; a longer text is cut (between
// characters) and ends with kCutMark, so the loss shows in the cell itself.
constexpr std::size_t kMaxCellChars = 32767;
constexpr std::string_view kCutMark = " [... cut: the cell holds at most 32767 characters]";

std::size_t CodePoints(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// The text of a string cell: well-formed UTF-8 (bytes that are not are
// escaped as "\xNN"), at most kMaxCellChars characters.
std::string CellText(std::string_view value) {
  std::string s = text::EscapeInvalidUtf8(value);
  if (CodePoints(s) <= kMaxCellChars) return s;
  std::size_t keep = kMaxCellChars - kCutMark.size(), at = 0;
  for (std::size_t n = 0; at < s.size(); ++at)
    if ((s[at] & 0xC0) != 0x80 && n++ == keep) break;
  return s.substr(0, at) + std::string(kCutMark);
}

// The widest line of a cell, in characters.
std::size_t LineWidth(std::string_view value) {
  std::size_t widest = 0;
  for (std::size_t from = 0; from <= value.size();) {
    std::size_t to = value.find('\n', from);
    if (to == std::string_view::npos) to = value.size();
    widest = std::max(widest, CodePoints(value.substr(from, to - from)));
    from = to + 1;
  }
  return widest;
}

// "YYYY-MM-DD" of a real day; nullopt otherwise (the cell is then a string).
std::optional<lxw_datetime> Day(const std::string& v) {
  int y = 0, m = 0, d = 0;
  if (v.size() != 10 || v[4] != '-' || v[7] != '-') return std::nullopt;
  auto num = [&](std::size_t at, std::size_t n, int& out) {
    auto r = std::from_chars(v.data() + at, v.data() + at + n, out);
    return r.ec == std::errc() && r.ptr == v.data() + at + n;
  };
  if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return std::nullopt;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1] || (m == 2 && d == 29 && !leap))
    return std::nullopt;
  return lxw_datetime{y, m, d, 0, 0, 0.0};
}

std::optional<long long> Integer(const std::string& v) {
  long long n = 0;
  auto r = std::from_chars(v.data(), v.data() + v.size(), n);
  if (r.ec != std::errc() || r.ptr != v.data() + v.size()) return std::nullopt;
  return n;
}

class XlsxExporter : public CollectingExporter {
 public:
  std::optional<Error> Commit(OutputFiles& files) override {
    dest_ = files.dir() + "/" + kFileName;
    return files.AddWrittenBy(kFileName, [&](const std::string& path) { return Write(path); });
  }

 private:
  std::string dest_;  // for messages

  std::optional<Error> Write(const std::string& path) {
    const std::vector<CsvTable> tables = BuildCsvTables(docs_, settings_.organisations, &keys_);
    for (const auto& t : tables)
      if (t.rows.size() + 1 > LXW_ROW_MAX)
        return Error{ErrorKind::kLimit, dest_, std::nullopt,
                     "table " + t.name + " has " + std::to_string(t.rows.size()) +
                         " rows, more than a sheet holds (1048575)"};
    lxw_workbook* book = workbook_new(path.c_str());
    if (book == nullptr) return Error{ErrorKind::kIo, dest_, std::nullopt, "cannot start the workbook"};
    lxw_error first = Fill(book, tables);
    const lxw_error closed = workbook_close(book);  // writes the file and frees the workbook
    if (first == LXW_NO_ERROR) first = closed;
    if (first != LXW_NO_ERROR)
      return Error{ErrorKind::kIo, dest_, std::nullopt, std::string("cannot write: ") + lxw_strerror(first)};
    return std::nullopt;
  }

  lxw_error Fill(lxw_workbook* book, const std::vector<CsvTable>& tables) {
    const PackageInfo info = PackageInfoFor(docs_, settings_.ogpx_version);
    std::string title = "Open Government Partnership documents extracted by ogpx";
    std::string author = "ogpx " + info.ogpx_version;
    std::string comments = "Licence: " + info.license_title + " (" + info.license + ", " + info.license_path +
                           "). " + std::to_string(info.sources.size()) + " source documents.";
    lxw_doc_properties props{};
    props.title = title.data();
    props.author = author.data();
    props.comments = comments.data();
    lxw_error err = workbook_set_properties(book, &props);
    if (err == LXW_NO_ERROR)
      err = workbook_set_custom_property_string(book, "ogpx_version", info.ogpx_version.c_str());
    if (err == LXW_NO_ERROR) err = workbook_set_custom_property_string(book, "license", info.license.c_str());
    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    for (const auto& t : tables)
      if (err == LXW_NO_ERROR) err = Sheet(book, t, header, date);
    return err;
  }

  static lxw_error Sheet(lxw_workbook* book, const CsvTable& t, lxw_format* header, lxw_format* date) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, t.name.c_str());
    if (sheet == nullptr) return LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;
    std::vector<std::size_t> widths(t.columns.size(), 0);
    lxw_error err = LXW_NO_ERROR;
    for (std::size_t c = 0; c < t.columns.size() && err == LXW_NO_ERROR; ++c) {
      err = worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), CellText(t.columns[c].name).c_str(),
                                   header);
      widths[c] = LineWidth(t.columns[c].name);
    }
    for (std::size_t r = 0; r < t.rows.size() && err == LXW_NO_ERROR; ++r) {
      const auto row = static_cast<lxw_row_t>(r + 1);
      for (std::size_t c = 0; c < t.columns.size() && c < t.rows[r].size() && err == LXW_NO_ERROR; ++c) {
        const std::string& v = t.rows[r][c];
        if (v.empty()) continue;  // a missing value: an empty cell
        const auto col = static_cast<lxw_col_t>(c);
        const std::string& type = t.columns[c].type;
        std::optional<long long> n = type == "integer" ? Integer(v) : std::nullopt;
        std::optional<lxw_datetime> d = type == "date" ? Day(v) : std::nullopt;
        if (n) {
          err = worksheet_write_number(sheet, row, col, static_cast<double>(*n), nullptr);
        } else if (d) {
          err = worksheet_write_datetime(sheet, row, col, &*d, date);
        } else {
          err = worksheet_write_string(sheet, row, col, CellText(v).c_str(), nullptr);
        }
        widths[c] = std::max(widths[c], LineWidth(v));
      }
    }
    for (std::size_t c = 0; c < t.columns.size() && err == LXW_NO_ERROR; ++c) {
      const double width =
          t.columns[c].type == "date"
              ? kDateWidth
              : std::clamp(static_cast<double>(widths[c]) + kWidthPadding, kMinWidth, kMaxWidth);
      err = worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (err == LXW_NO_ERROR && !t.columns.empty())
      err = worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(t.rows.size()),
                                 static_cast<lxw_col_t>(t.columns.size() - 1));
    return err;
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeXlsxExporter() { return std::make_unique<XlsxExporter>(); }

}  // namespace ogpx::exporter
