// Provenance for every kind (extract/locate.h): each text field of a plan, an
// order or a report has a page and a box, and the box holds the field's
// words, on born-digital samples of each kind and language.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/text.h"
#include "export/json.h"
#include "extract/extract.h"
#include "ingest/ingest.h"
#include "tests/support/param_names.h"

namespace ogpx {
namespace {

struct Field {
  std::string path;
  std::string value;
};

// The fields a reviewer checks first, of whichever kind the document is.
std::vector<Field> KeyFields(const model::Document& d) {
  std::vector<Field> out;
  if (d.action_plan) {
    for (std::size_t i = 0; i < d.action_plan->commitments.size(); ++i) {
      const model::Commitment& c = d.action_plan->commitments[i];
      const std::string base = "/action_plan/commitments/" + std::to_string(i);
      if (c.title) out.push_back({base + "/title", *c.title});
      for (std::size_t j = 0; j < c.lead.size(); ++j) out.push_back({base + "/lead/" + std::to_string(j), c.lead[j]});
      for (std::size_t k = 0; k < c.milestones.size(); ++k)
        out.push_back({base + "/milestones/" + std::to_string(k) + "/text", c.milestones[k].text});
    }
  }
  if (d.order) {
    for (std::size_t i = 0; i < d.order->clauses.size(); ++i)
      out.push_back({"/order/clauses/" + std::to_string(i), d.order->clauses[i]});
    if (d.order->signatory.name) out.push_back({"/order/signatory/name", *d.order->signatory.name});
  }
  if (d.progress_report) {
    for (std::size_t i = 0; i < d.progress_report->entries.size(); ++i) {
      const model::ReportEntry& e = d.progress_report->entries[i];
      const std::string base = "/progress_report/entries/" + std::to_string(i);
      // An entry's number may be its position ("1.2.a" for the first of
      // several unnumbered steps), printed nowhere; its results are printed.
      if (e.results) out.push_back({base + "/results", *e.results});
      else out.push_back({base + "/milestone", e.milestone});
    }
  }
  return out;
}

// The folded text of the page's words whose centres are inside the box.
std::string TextInside(const ingest::Document& doc, const model::Provenance& p) {
  std::string out;
  for (const ingest::Page& page : doc.pages) {
    if (page.number != p.page) continue;
    for (const ingest::Word& w : page.words) {
      if (w.box.cx() >= p.x0 && w.box.cx() <= p.x1 && w.box.cy() >= p.y0 && w.box.cy() <= p.y1)
        out += text::FoldForMatch(w.text) + " ";
    }
  }
  return out;
}

// The first word of a value, folded: its first run of letters and digits.
std::string FirstWord(const std::string& value) {
  std::string core;
  for (char c : text::FoldForMatch(value)) {
    const bool letter = static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c));
    if (letter) core += c;
    else if (!core.empty()) break;
  }
  return core;
}

// Every string field of the ogpx/1 object whose words are printed (not an
// ISO date, a code, a name of ogpx's own or a number a reader derived: a
// report entry's commitment, its milestone number given by position), by
// JSON pointer.
void PrintedFields(const nlohmann::ordered_json& j, const std::string& path, std::vector<std::string>& out) {
  static const std::set<std::string> kDerived = {"kind", "file", "sha256", "language", "code", "message", "template",
                                                 "report_type", "status", "start_date", "end_date", "date",
                                                 "submitted", "start", "end", "label", "schema", "country", "number",
                                                 "commitment", "milestone"};
  if (j.is_object()) {
    for (const auto& [key, value] : j.items()) {
      if (key == "source" || key == "warnings" || kDerived.contains(key)) continue;
      PrintedFields(value, path + "/" + key, out);
    }
  } else if (j.is_array()) {
    for (std::size_t i = 0; i < j.size(); ++i) PrintedFields(j[i], path + "/" + std::to_string(i), out);
  } else if (j.is_string()) {
    out.push_back(path);
  }
}

class Provenance : public testing::TestWithParam<const char*> {};

TEST_P(Provenance, KeyFieldsHaveABoxHoldingTheirWords) {
  auto doc = ingest::Open(std::string(OGPX_SAMPLES_DIR) + "/" + GetParam() + ".pdf");
  ASSERT_TRUE(doc.ok()) << doc.error().ToString();
  const model::Document d = extract::Extract(*doc);
  std::map<std::string, model::Provenance> where;
  for (const model::Provenance& p : d.provenance) where.emplace(p.field, p);
  const std::vector<Field> fields = KeyFields(d);
  ASSERT_FALSE(fields.empty()) << GetParam();
  std::size_t placed = 0;
  for (const Field& f : fields) {
    auto it = where.find(f.path);
    if (it == where.end()) {
      std::cout << GetParam() << " no place for " << f.path << ": " << text::Clip(f.value, 60) << "\n";
      if (getenv("OGPX_DEBUG_PAGES")) {
        for (const auto& c : d.action_plan->commitments) { std::cout << " c" << c.number << ":"; for (int p : c.pages) std::cout << p << ","; for (const auto& m : c.milestones) { std::cout << " m"; for (int p : m.pages) std::cout << p << ","; } std::cout << "\n"; }
      }
      continue;
    }
    ++placed;
    const model::Provenance& p = it->second;
    EXPECT_GE(p.page, 1);
    EXPECT_LE(p.page, doc->page_count);
    EXPECT_LT(p.x0, p.x1) << f.path;
    EXPECT_LT(p.y0, p.y1) << f.path;
    EXPECT_NE(TextInside(*doc, p).find(FirstWord(f.value)), std::string::npos)
        << GetParam() << " " << f.path << " '" << f.value << "' not inside its box on page " << p.page;
  }
  std::vector<std::string> printed;
  PrintedFields(exporter::ToJson(d), "", printed);
  std::size_t printed_placed = 0;
  for (const std::string& path : printed) {
    if (where.contains(path)) ++printed_placed;
    else std::cout << GetParam() << " printed field without a place: " << path << "\n";
  }
  std::cout << GetParam() << " placed " << printed_placed << " of " << printed.size() << " printed fields\n";
  EXPECT_GE(static_cast<double>(printed_placed), 0.9 * static_cast<double>(printed.size())) << GetParam();
  const double share = static_cast<double>(placed) / static_cast<double>(fields.size());
  std::cout << GetParam() << " placed " << placed << " of " << fields.size() << " key fields\n";
  EXPECT_GE(share, 0.95) << GetParam();
}

// The letters and digits of a folded text, nothing else: words compared
// across line ends and hyphens.
std::string Letters(const std::string& folded) {
  std::string out;
  for (char c : folded)
    if (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c))) out += c;
  return out;
}

// A value cut by a page break (a table cell or a paragraph running on to the
// next page) has a box on each page it is printed on, the pages one after
// the other, and each of its words is inside one of them.
TEST_P(Provenance, AValueCutByAPageBreakHasABoxOnEachPage) {
  auto doc = ingest::Open(std::string(OGPX_SAMPLES_DIR) + "/" + GetParam() + ".pdf");
  ASSERT_TRUE(doc.ok()) << doc.error().ToString();
  const model::Document d = extract::Extract(*doc);
  std::map<std::string, std::vector<model::Provenance>> boxes;
  for (const model::Provenance& p : d.provenance) boxes[p.field].push_back(p);
  const nlohmann::ordered_json json = exporter::ToJson(d);
  int cut = 0;
  for (const auto& [path, places] : boxes) {
    if (places.size() < 2) continue;
    ++cut;
    std::string inside;
    for (std::size_t i = 0; i < places.size(); ++i) {
      if (i > 0) {
        EXPECT_EQ(places[i].page, places[i - 1].page + 1) << GetParam() << " " << path;
      }
      inside += Letters(TextInside(*doc, places[i]));
    }
    const nlohmann::ordered_json& value = json.at(nlohmann::ordered_json::json_pointer(path));
    ASSERT_TRUE(value.is_string()) << path;
    std::size_t words = 0, in = 0;
    for (const std::string& word : text::SplitSpaces(text::FoldForMatch(value.get<std::string>()))) {
      const std::string core = Letters(word);
      if (core.empty()) continue;
      ++words;
      in += inside.find(core) != std::string::npos;
    }
    EXPECT_EQ(in, words) << GetParam() << " " << path << ": words outside its " << places.size() << " boxes";
  }
  std::cout << GetParam() << ": " << cut << " fields cut by a page break\n";
  // Every plan and report here prints values across a page break.
  const std::set<std::string> with_breaks = {"nap5-en", "report-mof-2024q3-en", "realworld/us-nap2-2013",
                                             "realworld/co-nap2-2015-2017"};
  if (with_breaks.contains(GetParam())) {
    EXPECT_GT(cut, 0) << GetParam();
  }
}

INSTANTIATE_TEST_SUITE_P(Samples, Provenance,
                         ::testing::Values("nap5-en", "nap5-mn-excerpt", "order-120-mn", "report-mof-2024q3-en",
                                           "report-mmhi-2024q4-mn", "realworld/co-nap2-2015-2017",
                                           "realworld/us-nap2-2013", "realworld/us-nap3-self-assessment",
                                           "realworld/us-nap1-self-assessment"),
                         SampleParamName);

}  // namespace
}  // namespace ogpx
