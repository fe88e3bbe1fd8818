// ICDAR 2013 scoring for the tests (see icdar_scorer.h).
#include "tests/tables/icdar_scorer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <cctype>
#include <set>
#include <sstream>

namespace ogpx::testing::icdar {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

// Attribute `name` of the tag text `tag` as a number (tolerates typos such as
// "26ß": the leading number counts), or `fallback`.
double Num(const std::string& tag, const std::string& name, double fallback) {
  std::size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string::npos) {
    const bool starts = pos == 0 || tag[pos - 1] == ' ' || tag[pos - 1] == '\t' || tag[pos - 1] == '\n' ||
                        tag[pos - 1] == '\r';
    std::size_t i = pos + name.size();
    pos = i;
    if (!starts) continue;
    while (i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i]))) ++i;
    if (i >= tag.size() || tag[i] != '=') continue;
    ++i;
    while (i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i]))) ++i;
    if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) continue;
    const std::size_t end = tag.find(tag[i], i + 1);
    const std::string v = tag.substr(i + 1, end == std::string::npos ? std::string::npos : end - i - 1);
    const std::size_t d = v.find_first_of("-0123456789");
    if (d == std::string::npos) return fallback;
    return std::strtod(v.c_str() + d, nullptr);
  }
  return fallback;
}

// Calls f(name, attributes, end offset) for every opening tag of `xml`.
template <typename F>
void ForEachTag(const std::string& xml, F f) {
  std::size_t pos = 0;
  while ((pos = xml.find('<', pos)) != std::string::npos) {
    const std::size_t end = xml.find('>', pos);
    if (end == std::string::npos) return;
    if (xml[pos + 1] != '/' && xml[pos + 1] != '?' && xml[pos + 1] != '!') {
      std::size_t n = pos + 1;
      while (n < end && !std::isspace(static_cast<unsigned char>(xml[n])) && xml[n] != '/') ++n;
      f(xml.substr(pos + 1, n - pos - 1), xml.substr(n, end - n), end + 1);
    }
    pos = end + 1;
  }
}

std::string Unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    const std::size_t end = s.find(';', i);
    if (end == std::string::npos) {
      out += s[i];
      continue;
    }
    const std::string e = s.substr(i + 1, end - i - 1);
    if (e == "amp") out += '&';
    else if (e == "lt") out += '<';
    else if (e == "gt") out += '>';
    else if (e == "quot") out += '"';
    else if (e == "apos") out += '\'';
    else if (!e.empty() && e[0] == '#') {
      const long code = e.size() > 1 && (e[1] == 'x' || e[1] == 'X') ? std::strtol(e.c_str() + 2, nullptr, 16)
                                                                      : std::strtol(e.c_str() + 1, nullptr, 10);
      icu::UnicodeString(static_cast<UChar32>(code)).toUTF8String(out);
    }
    i = end;
  }
  return out;
}

// NFKC, then every whitespace character removed.
std::string Normalise(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text), n;
  if (U_SUCCESS(status)) n = nfkc->normalize(u, status);
  if (U_FAILURE(status)) n = u;
  icu::UnicodeString kept;
  for (int32_t i = 0; i < n.length();) {
    const UChar32 c = n.char32At(i);
    if (!u_isUWhiteSpace(c)) kept.append(c);
    i += U16_LENGTH(c);
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}

}  // namespace

std::vector<Table> ReadStructure(const std::string& path) {
  const std::string xml = Slurp(path);
  std::vector<Table> tables;
  int rinc = 0, cinc = 0;
  bool in_cell = false;
  ForEachTag(xml, [&](const std::string& name, const std::string& attrs, std::size_t after) {
    if (name == "table") {
      tables.emplace_back();
      in_cell = false;
    } else if (name == "region") {
      rinc = static_cast<int>(Num(attrs, "row-increment", 0));
      cinc = static_cast<int>(Num(attrs, "col-increment", 0));
      in_cell = false;
    } else if (name == "cell" && !tables.empty()) {
      Cell c;
      c.sr = static_cast<int>(Num(attrs, "start-row", 0)) + rinc;
      c.sc = static_cast<int>(Num(attrs, "start-col", 0)) + cinc;
      const double er = Num(attrs, "end-row", -1), ec = Num(attrs, "end-col", -1);
      c.er = er < 0 ? c.sr : std::max(c.sr, static_cast<int>(er) + rinc);
      c.ec = ec < 0 ? c.sc : std::max(c.sc, static_cast<int>(ec) + cinc);
      tables.back().cells.push_back(c);
      in_cell = true;
    } else if (name == "content" && in_cell && (attrs.empty() || attrs.back() != '/')) {
      const std::size_t end = xml.find("</content>", after);
      if (end != std::string::npos) tables.back().cells.back().text = Unescape(xml.substr(after, end - after));
    }
  });
  return tables;
}

std::vector<Region> ReadRegions(const std::string& path) {
  const std::string xml = Slurp(path);
  std::vector<Region> out;
  bool want_box = false;
  ForEachTag(xml, [&](const std::string& name, const std::string& attrs, std::size_t) {
    if (name == "region") {
      out.emplace_back();
      out.back().page = static_cast<int>(Num(attrs, "page", 1));
      want_box = true;
    } else if (name == "bounding-box" && want_box) {
      Region& r = out.back();
      const double x1 = Num(attrs, "x1", 0), y1 = Num(attrs, "y1", 0), x2 = Num(attrs, "x2", 0),
                   y2 = Num(attrs, "y2", 0);
      r.x1 = std::min(x1, x2);
      r.x2 = std::max(x1, x2);
      r.y1 = std::min(y1, y2);
      r.y2 = std::max(y1, y2);
      want_box = false;
    }
  });
  return out;
}

Relations RelationsOf(const Table& t) {
  std::map<std::pair<int, int>, int> grid;
  std::vector<std::string> texts;
  for (std::size_t i = 0; i < t.cells.size(); ++i) {
    const Cell& c = t.cells[i];
    texts.push_back(Normalise(c.text));
    for (int r = c.sr; r <= c.er; ++r)
      for (int k = c.sc; k <= c.ec; ++k) grid[{r, k}] = static_cast<int>(i);  // later cells win
  }
  std::set<int> rows, cols;
  for (const auto& [pos, idx] : grid) {
    rows.insert(pos.first);
    cols.insert(pos.second);
  }
  Relations rel;
  std::set<std::tuple<int, int, char>> seen;
  auto scan = [&](const std::vector<int>& seq, char dir) {
    int prev = -1;
    for (int idx : seq) {
      if (idx < 0 || texts[static_cast<std::size_t>(idx)].empty()) continue;
      if (prev >= 0 && idx != prev && seen.insert({prev, idx, dir}).second)
        ++rel[{texts[static_cast<std::size_t>(prev)], texts[static_cast<std::size_t>(idx)], dir}];
      prev = idx;
    }
  };
  auto at = [&](int r, int c) {
    auto it = grid.find({r, c});
    return it == grid.end() ? -1 : it->second;
  };
  for (int r : rows) {
    std::vector<int> seq;
    for (int c : cols) seq.push_back(at(r, c));
    scan(seq, 'H');
  }
  for (int c : cols) {
    std::vector<int> seq;
    for (int r : rows) seq.push_back(at(r, c));
    scan(seq, 'V');
  }
  return rel;
}

int Size(const Relations& r) {
  int n = 0;
  for (const auto& [k, v] : r) n += v;
  return n;
}

int Common(const Relations& a, const Relations& b) {
  int n = 0;
  for (const auto& [k, v] : a) {
    auto it = b.find(k);
    if (it != b.end()) n += std::min(v, it->second);
  }
  return n;
}

Counts Structure(const std::vector<Table>& gt, const std::vector<Table>& pred) {
  std::vector<Relations> g, p;
  for (const auto& t : gt) g.push_back(RelationsOf(t));
  for (const auto& t : pred) p.push_back(RelationsOf(t));
  int n_g = 0, n_p = 0;
  for (const auto& r : g) n_g += Size(r);
  for (const auto& r : p) n_p += Size(r);
  // Best one-to-one pairing by exhaustive search (documents have few tables).
  std::vector<std::vector<int>> w(g.size(), std::vector<int>(p.size()));
  for (std::size_t i = 0; i < g.size(); ++i)
    for (std::size_t j = 0; j < p.size(); ++j) w[i][j] = Common(g[i], p[j]);
  std::vector<bool> used(p.size(), false);
  std::function<int(std::size_t)> best = [&](std::size_t i) -> int {
    if (i == g.size()) return 0;
    int b = best(i + 1);  // GT table i unpaired
    for (std::size_t j = 0; j < p.size(); ++j)
      if (!used[j] && w[i][j] > 0) {
        used[j] = true;
        b = std::max(b, w[i][j] + best(i + 1));
        used[j] = false;
      }
    return b;
  };
  Counts c;
  c.tp = best(0);
  c.fp = n_p - c.tp;
  c.fn = n_g - c.tp;
  return c;
}

Counts Detection(const std::vector<Region>& gt, const std::vector<Region>& pred, double threshold) {
  auto iou = [](const Region& a, const Region& b) {
    const double ix = std::max(0.0, std::min(a.x2, b.x2) - std::max(a.x1, b.x1));
    const double iy = std::max(0.0, std::min(a.y2, b.y2) - std::max(a.y1, b.y1));
    const double inter = ix * iy;
    const double uni = (a.x2 - a.x1) * (a.y2 - a.y1) + (b.x2 - b.x1) * (b.y2 - b.y1) - inter;
    return uni > 0 ? inter / uni : 0.0;
  };
  std::vector<std::tuple<double, std::size_t, std::size_t>> cand;
  for (std::size_t i = 0; i < gt.size(); ++i)
    for (std::size_t j = 0; j < pred.size(); ++j)
      if (gt[i].page == pred[j].page) cand.emplace_back(iou(gt[i], pred[j]), i, j);
  std::sort(cand.rbegin(), cand.rend());
  std::set<std::size_t> ug, up;
  for (const auto& [v, i, j] : cand) {
    if (v < threshold) break;
    if (ug.count(i) || up.count(j)) continue;
    ug.insert(i);
    up.insert(j);
  }
  Counts c;
  c.tp = static_cast<int>(ug.size());
  c.fn = static_cast<int>(gt.size()) - c.tp;
  c.fp = static_cast<int>(pred.size()) - c.tp;
  return c;
}

}  // namespace ogpx::testing::icdar
