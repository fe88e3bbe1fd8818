// Organisation identity: org_key lookup through org_aliases, creation, and the
// merge of two organisations found (through an alias pair) to be the same.
#include <map>
#include <string_view>

#include "base/files.h"
#include "base/limits.h"
#include "base/sha256.h"
#include "base/text.h"
#include "model/dialect.h"
#include "model/schema_rows.h"
#include "model/sql.h"
#include "model/store.h"

namespace ogpx::model {
namespace rows {

std::string KeyFor(const std::string& name) {
  std::string key = text::OrgKey(name);
  return key.empty() ? name : key;  // a name of punctuation only keys as itself
}

namespace {

Result<std::optional<int64_t>> FindByKey(sql::Conn& db, const std::string& key) {
  sql::Stmt st(db, "SELECT org_id FROM org_aliases WHERE org_key = ?");
  st.Bind(1, key);
  if (st.Step()) return std::optional<int64_t>(st.Int(0));
  if (st.error()) return *st.error();
  return std::optional<int64_t>();
}

std::optional<Error> AddAlias(sql::Conn& db, int64_t org, const std::string& name,
                              const std::string& key, const std::string& lang) {
  sql::Stmt st(db, "INSERT INTO org_aliases (org_id, name, org_key, lang) VALUES (?,?,?,?) "
                   "ON CONFLICT (org_key) DO NOTHING");
  st.Bind(1, org).Bind(2, name).Bind(3, key).Bind(4, lang);
  return st.Run();
}

// Moves everything that points at organisation `from` to `into`, then drops `from`.
std::optional<Error> Merge(sql::Conn& db, int64_t into, int64_t from) {
  static constexpr const char* kUpdates[] = {
      "UPDATE org_aliases SET org_id = ?1 WHERE org_id = ?2",
      "UPDATE stakeholder_roles SET org_id = ?1 WHERE org_id = ?2",
      "UPDATE participants SET org_id = ?1 WHERE org_id = ?2",
      "UPDATE reports SET agency_org_id = ?1 WHERE agency_org_id = ?2",
  };
  for (const char* q : kUpdates) {
    sql::Stmt st(db, q);
    st.Bind(1, into).Bind(2, from);
    if (auto e = st.Run()) return e;
  }
  sql::Stmt del(db, "DELETE FROM organisations WHERE id = ?");
  del.Bind(1, from);
  return del.Run();
}

}  // namespace

Result<int64_t> ResolveOrg(sql::Conn& db, const std::string& name, std::optional<std::string> lang) {
  std::string key = KeyFor(name);
  auto found = FindByKey(db, key);
  if (!found) return found.error();
  if (*found) return **found;
  // Another writer may create the same organisation at once: the unique
  // org_key keeps one, which is then looked up.
  sql::Stmt st(db, "INSERT INTO organisations (name, org_key) VALUES (?,?) "
                   "ON CONFLICT (org_key) DO NOTHING RETURNING id");
  st.Bind(1, name).Bind(2, key);
  if (!st.Step()) {
    if (st.error()) return *st.error();
    sql::Stmt taken(db, "SELECT id FROM organisations WHERE org_key = ?");
    taken.Bind(1, key);
    if (!taken.Step())
      return taken.error() ? *taken.error()
                           : Error{ErrorKind::kIo, "", std::nullopt, "organisation '" + key + "' vanished"};
    return taken.Int(0);
  }
  const int64_t id = st.Int(0);
  if (auto e = st.Run()) return *e;
  if (auto e = AddAlias(db, id, name, key, lang ? *lang : text::LanguageOf(name))) return *e;
  return id;
}

std::optional<Error> LinkNames(sql::Conn& db, const std::string& mn, const std::string& en) {
  std::string kmn = KeyFor(mn), ken = KeyFor(en);
  auto org_en = ResolveOrg(db, en, "en");
  if (!org_en) return org_en.error();
  auto org_mn = FindByKey(db, kmn);
  if (!org_mn) return org_mn.error();
  if (!*org_mn) {
    if (auto e = AddAlias(db, *org_en, mn, kmn, "mn")) return e;
  } else if (**org_mn != *org_en) {
    if (auto e = Merge(db, *org_en, **org_mn)) return e;
  }
  // The English name is the display name; its key is now free to take.
  sql::Stmt st(db, "UPDATE organisations SET name = ?, org_key = ? WHERE id = ?");
  st.Bind(1, en).Bind(2, ken).Bind(3, *org_en);
  return st.Run();
}

Result<bool> SameOrg(sql::Conn& db, const std::string& a, const std::string& b) {
  std::string ka = KeyFor(a), kb = KeyFor(b);
  if (ka == kb) return true;
  auto oa = FindByKey(db, ka);
  if (!oa) return oa.error();
  auto ob = FindByKey(db, kb);
  if (!ob) return ob.error();
  return *oa && *ob && **oa == **ob;
}

Result<std::string> OrgIdentity(sql::Conn& db, const std::string& name) {
  const std::string key = KeyFor(name);
  auto org = FindByKey(db, key);
  if (!org) return org.error();
  return *org ? "org:" + std::to_string(**org) : "key:" + key;
}

namespace {

// The pairs of an alias table. A line longer than kMaxAliasLineBytes, a line
// without exactly one TAB, an empty name, and a name given two different
// partners (its org_key on two lines with other keys opposite: two
// organisations would be merged) are Errors (kUsage; kLimit for the length)
// naming the line(s).
Result<std::vector<std::pair<std::string, std::string>>> ParseAliases(std::string_view tsv,
                                                                      const std::string& source) {
  std::vector<std::pair<std::string, std::string>> pairs;
  std::map<std::string, std::pair<int, std::string>> partner;  // org_key of mn -> (line, en) first seen
  auto error = [&](ErrorKind kind, int n, const std::string& reason) {
    return Error{kind, source, std::nullopt, "line " + std::to_string(n) + ": " + reason};
  };
  int n = 0;
  for (std::size_t at = 0; at < tsv.size();) {
    std::size_t end = tsv.find('\n', at);
    if (end == std::string_view::npos) end = tsv.size();
    ++n;
    if (end - at > limits::kMaxAliasLineBytes)
      return error(ErrorKind::kLimit, n, "longer than " + std::to_string(limits::kMaxAliasLineBytes) +
                                             " bytes (limit max_alias_line_bytes)");
    std::string line(tsv.substr(at, end - at));
    at = end + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (text::FoldWhitespace(line).empty() || line.front() == '#') continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string::npos || line.find('\t', tab + 1) != std::string::npos)
      return error(ErrorKind::kUsage, n, "expected two names separated by one TAB");
    std::string mn = text::FoldWhitespace(text::Nfc(line.substr(0, tab)));
    std::string en = text::FoldWhitespace(text::Nfc(line.substr(tab + 1)));
    if (mn.empty() || en.empty()) return error(ErrorKind::kUsage, n, "empty name");
    auto [it, fresh] = partner.try_emplace(KeyFor(mn), n, en);
    if (!fresh && KeyFor(it->second.second) != KeyFor(en))
      return error(ErrorKind::kUsage, n,
                   "'" + mn + "' is mapped to '" + en + "', but line " + std::to_string(it->second.first) +
                       " maps it to '" + it->second.second +
                       "': one name cannot stand for two organisations (they would be merged)");
    pairs.emplace_back(std::move(mn), std::move(en));
  }
  return pairs;
}

}  // namespace
}  // namespace rows

Result<int> Store::LoadAliases(const std::string& tsv_path) try {
  auto bytes = ReadRegularFile(tsv_path, limits::kMaxAliasFileBytes, "max_alias_file_bytes");
  if (!bytes) return bytes.error();
  return LoadAliasesText(*bytes, tsv_path);
} catch (const std::exception& e) {
  return Error{ErrorKind::kInternal, tsv_path, std::nullopt, std::string("aliases: ") + e.what()};
}

Result<int> Store::LoadAliasesText(std::string_view tsv, const std::string& source) try {
  auto pairs = rows::ParseAliases(tsv, source);
  if (!pairs) return pairs.error();
  sql::Conn& db = *db_;
  sql::Transaction tx(db, /*serialize_writers=*/true);
  if (tx.begin_error()) return *tx.begin_error();
  const std::string sha = Sha256Hex(tsv);
  sql::Stmt seen(db, "SELECT pairs FROM alias_loads WHERE sha256 = ?");
  seen.Bind(1, sha);
  if (seen.Step()) return static_cast<int>(seen.Int(0));
  if (seen.error()) return *seen.error();
  for (const auto& [mn, en] : *pairs)
    if (auto e = rows::LinkNames(db, mn, en)) {
      e->file = source;
      return *e;
    }
  if (auto e = rows::Relink(db)) return *e;  // agencies may now match milestone leads
  sql::Stmt note(db, "INSERT INTO alias_loads (sha256, source, pairs, loaded_at) VALUES (?, ?, ?, ?)");
  note.Bind(1, sha).Bind(2, source).Bind(3, static_cast<int64_t>(pairs->size())).Bind(4, rows::NowIso());
  if (auto e = note.Run()) return *e;
  if (auto e = tx.Commit()) return *e;
  return static_cast<int>(pairs->size());
} catch (const std::exception& e) {
  return Error{ErrorKind::kInternal, source, std::nullopt, std::string("aliases: ") + e.what()};
}

Result<std::vector<Organisation>> Store::Organisations() try {
  sql::Conn& db = *db_;
  std::vector<Organisation> out;
  sql::Stmt st(db, "SELECT id, name, org_key FROM organisations ORDER BY id");
  while (st.Step()) out.push_back({st.Int(0), st.Text(1), st.Text(2), {}});
  if (st.error()) return *st.error();
  sql::Stmt al(db, "SELECT name, org_key, COALESCE(lang, '') FROM org_aliases WHERE org_id = ? "
                   "ORDER BY id");
  for (auto& org : out) {
    al.Reset();
    al.Bind(1, org.id);
    while (al.Step()) org.aliases.push_back({al.Text(0), al.Text(1), al.Text(2)});
    if (al.error()) return *al.error();
  }
  return out;
} catch (const std::exception& e) {
  return Error{ErrorKind::kInternal, "", std::nullopt, std::string("organisations: ") + e.what()};
}

Result<std::vector<int64_t>> Store::MatchOrganisations(const std::string& name) try {
  const std::string key = rows::KeyFor(name);
  std::vector<int64_t> out;
  if (key.empty()) return out;
  const std::string contains = dialect::Position(db_->dialect(), "org_key", "?1") + " > 0";
  sql::Stmt st(*db_, "SELECT DISTINCT org_id FROM org_aliases WHERE " + contains +
                         " UNION SELECT id FROM organisations WHERE " + contains + " ORDER BY 1");
  st.Bind(1, key);
  while (st.Step()) out.push_back(st.Int(0));
  if (st.error()) return *st.error();
  return out;
} catch (const std::exception& e) {
  return Error{ErrorKind::kInternal, "", std::nullopt, std::string("organisations: ") + e.what()};
}

Result<bool> Store::SameOrganisation(const std::string& a, const std::string& b) try {
  return rows::SameOrg(*db_, a, b);
} catch (const std::exception& e) {
  return Error{ErrorKind::kInternal, "", std::nullopt, std::string("organisations: ") + e.what()};
}

}  // namespace ogpx::model
