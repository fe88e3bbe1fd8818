#include "model/schema.h"

#include <array>
#include <cstdio>
#include <string>

#include "model/dialect.h"
#include "model/schema_sqlite.h"
#include "model/schema_views.h"

namespace ogpx::model::schema {
namespace {

// Version 1: documents and everything extracted from them.
constexpr const char* kV1 = R"sql(
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  file_name TEXT NOT NULL,
  pages INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('action_plan','order','progress_report','other')),
  language TEXT NOT NULL DEFAULT '',
  ocr_pages TEXT NOT NULL DEFAULT '',
  extractor_version INTEGER NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE TABLE pages (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('text','ocr')),
  PRIMARY KEY (document_id, number)
);
CREATE TABLE organisations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  org_key TEXT NOT NULL UNIQUE
);
CREATE TABLE org_aliases (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  org_key TEXT NOT NULL UNIQUE,
  lang TEXT
);
CREATE TABLE plans (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
  country TEXT, country_key TEXT, plan_number INTEGER,
  period_start INTEGER, period_end INTEGER, title TEXT
);
CREATE TABLE participants (
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  sector TEXT NOT NULL CHECK (sector IN ('government','civil_society')),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  org_id INTEGER NOT NULL REFERENCES organisations(id),
  PRIMARY KEY (plan_id, sector, position)
);
CREATE TABLE commitments (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  number TEXT NOT NULL, title TEXT,
  period_start INTEGER, period_end INTEGER,
  problem TEXT, causes TEXT, done_so_far TEXT, solution TEXT, results TEXT,
  pages TEXT NOT NULL DEFAULT ''
);
CREATE TABLE milestones (
  id INTEGER PRIMARY KEY,
  commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  number TEXT NOT NULL,
  group_number TEXT, group_title TEXT,
  text TEXT NOT NULL,
  due_raw TEXT, due_start INTEGER, due_end INTEGER,
  pages TEXT NOT NULL DEFAULT ''
);
CREATE TABLE outputs (
  milestone_id INTEGER NOT NULL REFERENCES milestones(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (milestone_id, position)
);
CREATE TABLE stakeholder_roles (
  id INTEGER PRIMARY KEY,
  commitment_id INTEGER REFERENCES commitments(id) ON DELETE CASCADE,
  milestone_id INTEGER REFERENCES milestones(id) ON DELETE CASCADE,
  org_id INTEGER NOT NULL REFERENCES organisations(id),
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('lead','supporting')),
  sector TEXT CHECK (sector IN ('government','civil_society','other')),
  position INTEGER NOT NULL,
  CHECK ((commitment_id IS NULL) <> (milestone_id IS NULL)),
  CHECK ((role = 'lead') = (sector IS NULL))
);
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
  issuer TEXT, title TEXT, number TEXT, date TEXT, place TEXT, subject TEXT,
  legal_basis TEXT, signatory_name TEXT, signatory_position TEXT,
  has_approves INTEGER NOT NULL DEFAULT 0,
  approves_title TEXT, approves_start INTEGER, approves_end INTEGER,
  pages TEXT NOT NULL DEFAULT ''
);
CREATE TABLE order_clauses (
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (order_id, position)
);
CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
  agency TEXT, agency_org_id INTEGER REFERENCES organisations(id),
  plan_country TEXT, plan_country_key TEXT, plan_number INTEGER,
  period_start TEXT, period_end TEXT, period_label TEXT, submitted TEXT
);
CREATE TABLE report_entries (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  milestone TEXT NOT NULL,
  status TEXT CHECK (status IN ('not_started','limited','substantial','complete')),
  progress_percent INTEGER, results TEXT,
  pages TEXT NOT NULL DEFAULT ''
);
CREATE TABLE report_evidence (
  entry_id INTEGER NOT NULL REFERENCES report_entries(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  url TEXT NOT NULL,
  PRIMARY KEY (entry_id, position)
);
CREATE TABLE provenance (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  field TEXT NOT NULL, page INTEGER NOT NULL,
  x0 REAL NOT NULL, y0 REAL NOT NULL, x1 REAL NOT NULL, y1 REAL NOT NULL,
  PRIMARY KEY (document_id, position)
);
CREATE TABLE warnings (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  page INTEGER,
  code TEXT NOT NULL,
  message TEXT NOT NULL
);
)sql";

// Version 2: report entries linked to plan milestones; warnings found while
// linking (origin 'link') kept apart from the extractor's; lookup indexes.
constexpr const char* kV2 = R"sql(
ALTER TABLE report_entries ADD COLUMN
  milestone_id INTEGER REFERENCES milestones(id) ON DELETE SET NULL;
ALTER TABLE warnings ADD COLUMN
  origin TEXT NOT NULL DEFAULT 'extract' CHECK (origin IN ('extract','link'));
CREATE INDEX org_aliases_org ON org_aliases(org_id);
CREATE INDEX commitments_plan ON commitments(plan_id);
CREATE INDEX milestones_commitment ON milestones(commitment_id);
CREATE INDEX roles_org ON stakeholder_roles(org_id);
CREATE INDEX roles_commitment ON stakeholder_roles(commitment_id);
CREATE INDEX roles_milestone ON stakeholder_roles(milestone_id);
CREATE INDEX entries_report ON report_entries(report_id);
CREATE INDEX entries_milestone ON report_entries(milestone_id);
CREATE INDEX warnings_document ON warnings(document_id);
)sql";

// Version 3: fields of the other OGP template generations, narrative plans
// and self-assessment reports (docs/export-json.md, optional fields); the
// completion dates of milestones as ISO dates.
constexpr const char* kV3 = R"sql(
ALTER TABLE documents ADD COLUMN kind_confidence REAL;
ALTER TABLE plans ADD COLUMN template TEXT;
ALTER TABLE commitments ADD COLUMN commitment_id TEXT;
ALTER TABLE commitments ADD COLUMN theme TEXT;
ALTER TABLE commitments ADD COLUMN description TEXT;
ALTER TABLE commitments ADD COLUMN objective TEXT;
ALTER TABLE commitments ADD COLUMN relevance TEXT;
ALTER TABLE commitments ADD COLUMN ambition TEXT;
ALTER TABLE commitments ADD COLUMN analysis_transparency TEXT;
ALTER TABLE commitments ADD COLUMN analysis_accountability TEXT;
ALTER TABLE commitments ADD COLUMN analysis_participation TEXT;
ALTER TABLE commitments ADD COLUMN contact_name TEXT;
ALTER TABLE commitments ADD COLUMN contact_title TEXT;
ALTER TABLE commitments ADD COLUMN contact_email TEXT;
ALTER TABLE commitments ADD COLUMN contact_phone TEXT;
ALTER TABLE milestones ADD COLUMN due_start_date TEXT;
ALTER TABLE milestones ADD COLUMN due_end_date TEXT;
ALTER TABLE reports ADD COLUMN report_type TEXT;
ALTER TABLE report_entries ADD COLUMN commitment TEXT;
ALTER TABLE report_entries ADD COLUMN next_steps TEXT;
)sql";

// Version 5: where the PDF was read from, so that `ogpx review` can render
// its pages (NULL for documents ingested before).
constexpr const char* kV5 = R"sql(
ALTER TABLE documents ADD COLUMN source_path TEXT;
)sql";

// Version 6: claims of `ogpx ingest --claim` (docs/scale-out.md): one row per
// file a batch of workers shares, taken by one worker at a time for a lease.
constexpr const char* kV6 = R"sql(
CREATE TABLE claims (
  sha256 TEXT PRIMARY KEY,
  file_name TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','done','failed')),
  worker TEXT,
  lease_until INTEGER,
  attempts INTEGER NOT NULL DEFAULT 0,
  message TEXT
);
CREATE INDEX claims_open ON claims(state, lease_until);
)sql";

// PostgreSQL has no rowid: order_clauses gets one as a column, numbered as
// SQLite numbers its rows (the search index refers to clauses by it).
constexpr const char* kV1PostgresRowid =
    "ALTER TABLE order_clauses ADD COLUMN rowid BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE;\n";

// Version 7: the OCR confidence of each field read from a scanned page
// (model::Provenance; NULL for text-layer pages and for rows written before).
constexpr const char* kV7 = R"sql(
ALTER TABLE provenance ADD COLUMN
  ocr_confidence REAL CHECK (ocr_confidence BETWEEN 0 AND 100);
)sql";

// Every migration in order; version 4 is the views, the full-text index and
// the cascade triggers (model/schema_views.h).
const std::array<std::string, 7>& Migrations() {
  static const std::array<std::string, 7> all{kV1, kV2, kV3, V4Sql(sql::Dialect::kSqlite), kV5, kV6, kV7};
  return all;
}

}  // namespace

int LatestVersion() { return static_cast<int>(Migrations().size()); }

std::string MigrationSql(sql::Dialect d, int version) {
  if (d == sql::Dialect::kSqlite) return Migrations()[static_cast<std::size_t>(version - 1)];
  switch (version) {
    case 1: return dialect::Ddl(d, kV1) + kV1PostgresRowid;
    case 4: return dialect::Ddl(d, V4Sql(d));
    default: return dialect::Ddl(d, Migrations()[static_cast<std::size_t>(version - 1)]);
  }
}

Result<int> Version(sqlite3* db) {
  std::optional<Error> err;
  auto v = sql::QueryInt(db, "PRAGMA user_version", err);
  if (!v) return *err;
  return static_cast<int>(*v);
}

std::optional<Error> CheckOwner(sqlite3* db) {
  std::optional<Error> err;
  auto id = sql::QueryInt(db, "PRAGMA application_id", err);
  if (!id) return err;
  if (*id == kApplicationId) return std::nullopt;
  auto objects = sql::QueryInt(db, "SELECT count(*) FROM sqlite_master", err);
  if (!objects) return err;
  if (*objects == 0) return std::nullopt;  // empty: ogpx creates its schema
  char hex[16];
  std::snprintf(hex, sizeof hex, "0x%08X", static_cast<uint32_t>(*id));
  if (*id != 0)
    return Error{ErrorKind::kUsage, "", std::nullopt,
                 std::string("not an ogpx database: its SQLite application_id is ") + hex + ", ogpx's is 0x4F475058 "
                 "(another program's database); refusing to change it"};
  auto version = Version(db);
  if (!version) return version.error();
  auto ours = sql::QueryInt(db,
                            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                            "name IN ('documents', 'commitments')",
                            err);
  if (!ours) return err;
  if (*version >= 1 && *ours == 2) return std::nullopt;  // an older ogpx database
  return Error{ErrorKind::kUsage, "", std::nullopt,
               "not an ogpx database: it has tables of its own (" + std::to_string(*objects) +
                   " schema objects) and neither ogpx's application_id nor ogpx's tables; "
                   "refusing to change it"};
}

std::optional<Error> StampOwner(sqlite3* db) {
  std::optional<Error> err;
  auto id = sql::QueryInt(db, "PRAGMA application_id", err);
  if (!id) return err;
  if (*id == kApplicationId) return std::nullopt;
  return sql::Exec(db, "PRAGMA application_id = " + std::to_string(kApplicationId));
}

std::optional<Error> Migrate(sqlite3* db, int target) {
  if (target < 0) target = LatestVersion();
  auto current = Version(db);
  if (!current) return current.error();
  if (*current > target)
    return Error{ErrorKind::kIo, "", std::nullopt,
                 "database schema version " + std::to_string(*current) +
                     " is newer than this ogpx supports (" + std::to_string(target) + ")"};
  for (int v = *current; v < target; ++v) {
    sql::LiteTransaction tx(db);
    if (tx.begin_error()) return tx.begin_error();
    // Another process may have migrated while this one waited for the lock.
    auto now = Version(db);
    if (!now) return now.error();
    if (*now > v) {
      v = *now - 1;
      continue;
    }
    if (auto err = sql::Exec(db, Migrations()[static_cast<std::size_t>(v)])) {
      err->reason = "migration to schema version " + std::to_string(v + 1) + " failed: " +
                    err->reason;
      return err;
    }
    if (auto err = sql::Exec(db, "PRAGMA user_version = " + std::to_string(v + 1))) return err;
    if (auto err = tx.Commit()) return err;
  }
  return std::nullopt;
}

}  // namespace ogpx::model::schema
