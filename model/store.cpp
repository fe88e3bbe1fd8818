#include "model/store.h"

#include <unistd.h>

#include <exception>
#include <filesystem>
#include <vector>

#include "model/schema.h"
#include "model/schema_postgres.h"
#include "model/schema_rows.h"
#include "model/sql_sqlite.h"

namespace ogpx::model {
namespace {

Error Caught(const char* what) {
  return Error{ErrorKind::kInternal, "", std::nullopt, std::string("store: ") + what};
}

// Times a document's transaction is tried when PostgreSQL aborts it for a
// deadlock or a concurrent duplicate (model/sql.h, Conn::TakeRetryable).
constexpr int kWriteAttempts = 5;

}  // namespace

bool IsPostgresUrl(const std::string& db) {
  return db.rfind("postgresql://", 0) == 0 || db.rfind("postgres://", 0) == 0;
}

Store::Store(std::unique_ptr<sql::Conn> db, int version) : db_(std::move(db)), schema_version_(version) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

const char* Store::backend() const { return db_->dialect() == sql::Dialect::kSqlite ? "sqlite" : "postgresql"; }

const char* IngestOutcomeName(IngestOutcome outcome) {
  switch (outcome) {
    case IngestOutcome::kInserted: return "inserted";
    case IngestOutcome::kReplaced: return "replaced";
    case IngestOutcome::kSkipped: return "skipped";
  }
  return "";
}

namespace {

// "file:" URI of `path` for sqlite3_open_v2 with `query` ("immutable=1").
std::string FileUri(const std::string& path, const std::string& query) {
  std::string uri = "file:";
  for (char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      static const char kHex[] = "0123456789ABCDEF";
      uri += '%';
      uri += kHex[static_cast<unsigned char>(c) >> 4];
      uri += kHex[static_cast<unsigned char>(c) & 15];
    } else {
      uri += c;
    }
  }
  return uri + "?" + query;
}

// A connection to `path` that writes nothing and whose schema can be read:
//  - the file and its folder writable: a read-write connection with
//    PRAGMA query_only, so that SQLite removes the -wal and -shm files of a
//    WAL database when it closes, as for any other connection;
//  - otherwise mode=ro, then immutable=1 when SQLite cannot even read that
//    way (a WAL database in a folder where its -shm cannot be created).
Result<sql::Db> OpenReading(const std::string& path) {
  Error last{ErrorKind::kIo, path, std::nullopt, "cannot open database"};
  const std::string folder = std::filesystem::path(path).parent_path().string();
  const bool writable = ::access(path.c_str(), W_OK) == 0 && ::access(folder.empty() ? "." : folder.c_str(), W_OK) == 0;
  struct Way {
    std::string name;
    int flags;
    const char* setup;
  };
  std::vector<Way> ways;
  if (writable) ways.push_back({path, SQLITE_OPEN_READWRITE, "PRAGMA query_only = 1"});
  ways.push_back({FileUri(path, "mode=ro"), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr});
  ways.push_back({FileUri(path, "immutable=1"), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr});
  for (const Way& way : ways) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(way.name.c_str(), &raw, way.flags, nullptr);
    sql::Db db(raw);
    if (rc == SQLITE_OK) {
      sqlite3_busy_timeout(raw, kBusyTimeoutMs);
      if ((way.setup == nullptr || sqlite3_exec(raw, way.setup, nullptr, nullptr, nullptr) == SQLITE_OK) &&
          sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) == SQLITE_OK)
        return db;
    }
    last = sql::DbError(raw, "cannot open database for reading");
    last.file = path;
  }
  return last;
}

// Switching to WAL takes its lock without calling the busy handler: a
// journal-mode change that finds another opener at work is tried again,
// every kWalRetryMs, until kBusyTimeoutMs have passed.
constexpr int kWalRetryMs = 5;
std::optional<Error> SetWal(sqlite3* raw) {
  for (int waited = 0;; waited += kWalRetryMs) {
    std::optional<Error> e = sql::Exec(raw, "PRAGMA journal_mode = WAL");
    if (!e || (sqlite3_errcode(raw) & 0xff) != SQLITE_BUSY || waited >= kBusyTimeoutMs) return e;
    usleep(kWalRetryMs * 1000);
  }
}

}  // namespace

namespace {

// Opens the PostgreSQL database of `url`: checked, then migrated (kWrite, or
// kRead of an older schema) or read as it is.
Result<std::unique_ptr<sql::Conn>> OpenPostgres(const std::string& url, Store::Access access, int& version) {
  auto conn = sql::ConnectPostgres(url);
  if (!conn) return conn.error();
  sql::Conn& db = **conn;
  auto fail = [&](Error e) {
    e.file = db.name();
    return e;
  };
  if (auto e = schema::CheckOwnerPostgres(db)) return fail(*e);
  auto now = schema::VersionPostgres(db);
  if (!now) return fail(now.error());
  if (access == Store::Access::kWrite || *now != schema::LatestVersion())
    if (auto e = schema::MigratePostgres(db)) return fail(*e);
  auto v = schema::VersionPostgres(db);
  if (!v) return fail(v.error());
  version = *v;
  return std::move(conn).value();
}

}  // namespace

Result<Store> Store::Open(const std::string& path, Access access) {
  if (IsPostgresUrl(path)) {
    int version = 0;
    auto conn = OpenPostgres(path, access, version);
    if (!conn) return conn.error();
    return Store(std::move(conn).value(), version);
  }
  auto wrap = [&path](sql::Db db, int version) {
    return Store(std::make_unique<sql::SqliteConn>(std::move(db), path), version);
  };
  if (access == Access::kRead && path != ":memory:") {
    auto reading = OpenReading(path);
    if (!reading) return reading.error();
    sqlite3* raw = reading->get();
    if (auto e = schema::CheckOwner(raw)) {
      e->file = path;
      return *e;
    }
    auto version = schema::Version(raw);
    if (!version) {
      Error e = version.error();
      e.file = path;
      return e;
    }
    // Current: read as it is. Older (or empty): migrated by a writing open.
    if (*version == schema::LatestVersion()) return wrap(std::move(reading).value(), *version);
  }
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, nullptr);
  sql::Db db(raw);
  if (rc != SQLITE_OK) {
    Error e = sql::DbError(raw, "cannot open database");
    e.file = path;
    return e;
  }
  if (sqlite3_db_readonly(raw, "main") == 1)
    return Error{ErrorKind::kIo, path, std::nullopt,
                 "database is read-only (file permissions or a read-only file system): nothing can be stored"};
  // Another ingest or a reader holding the lock is waited for, not an error.
  sqlite3_busy_timeout(raw, kBusyTimeoutMs);
  auto fail = [&](Error e) {
    e.file = path;
    return e;
  };
  // Another program's database is refused before anything is written (the
  // journal mode below rewrites the file header).
  if (auto e = schema::CheckOwner(raw)) return fail(*e);
  if (auto e = sql::Exec(raw, "PRAGMA foreign_keys = ON")) return fail(*e);
  // WAL: readers do not block the writer nor the writer them, and a commit
  // survives kill -9 (an interrupted one is rolled back at the next open).
  // ":memory:" databases stay in their own journal mode.
  if (path != ":memory:")
    if (auto e = SetWal(raw)) return fail(*e);
  if (auto e = schema::Migrate(raw)) return fail(*e);
  if (auto e = schema::StampOwner(raw)) return fail(*e);
  auto version = schema::Version(raw);
  if (!version) return fail(version.error());
  return wrap(std::move(db), *version);
}

namespace {

// One attempt of Store::Ingest: the whole document in one transaction.
Result<IngestOutcome> IngestOnce(sql::Conn& db, const Document& doc, int extractor_version, bool force,
                                 bool replace_same_name) {
  sql::Transaction tx(db, /*serialize_writers=*/true);
  if (tx.begin_error()) return *tx.begin_error();
  sql::Stmt find(db, "SELECT id, extractor_version FROM documents WHERE sha256 = ?");
  find.Bind(1, doc.source.sha256);
  IngestOutcome outcome = IngestOutcome::kInserted;
  std::vector<int> plan_numbers;  // reports of these plans may link differently now
  if (doc.action_plan && doc.action_plan->plan_number)
    plan_numbers.push_back(*doc.action_plan->plan_number);
  if (find.Step()) {
    if (find.Int(1) == extractor_version && !force) return IngestOutcome::kSkipped;
    sql::Stmt old(db, "SELECT plan_number FROM plans WHERE document_id = ? AND "
                      "plan_number IS NOT NULL");
    old.Bind(1, find.Int(0));
    if (old.Step()) plan_numbers.push_back(static_cast<int>(old.Int(0)));
    if (old.error()) return *old.error();
    sql::Stmt del(db, "DELETE FROM documents WHERE id = ?");
    del.Bind(1, find.Int(0));
    if (auto e = del.Run()) return *e;
    outcome = IngestOutcome::kReplaced;
  }
  if (find.error()) return *find.error();
  if (replace_same_name) {
    sql::Stmt older(db, "SELECT d.id, p.plan_number FROM documents d LEFT JOIN plans p "
                        "ON p.document_id = d.id WHERE d.file_name = ? AND d.sha256 <> ?");
    older.Bind(1, doc.source.file).Bind(2, doc.source.sha256);
    std::vector<int64_t> ids;
    while (older.Step()) {
      ids.push_back(older.Int(0));
      if (!older.IsNull(1)) plan_numbers.push_back(static_cast<int>(older.Int(1)));
    }
    if (older.error()) return *older.error();
    sql::Stmt del(db, "DELETE FROM documents WHERE id = ?");
    for (int64_t old : ids) {
      del.Reset();
      del.Bind(1, old);
      if (auto e = del.Run()) return *e;
      outcome = IngestOutcome::kReplaced;
    }
  }
  auto id = rows::WriteDocument(db, doc, extractor_version);
  if (!id) {
    Error e = id.error();
    e.file = doc.source.file;
    return e;
  }
  if (!*id) return IngestOutcome::kSkipped;  // a concurrent writer stored these bytes first
  auto affected = rows::AffectedReports(db, **id, plan_numbers);
  if (!affected) return affected.error();
  if (auto e = rows::Relink(db, &*affected)) return *e;
  if (auto e = tx.Commit()) return *e;
  return outcome;
}

}  // namespace

Result<IngestOutcome> Store::Ingest(const Document& doc, int extractor_version, bool force,
                                    bool replace_same_name) try {
  for (int attempt = 1;; ++attempt) {
    auto outcome = IngestOnce(*db_, doc, extractor_version, force, replace_same_name);
    if (outcome || !db_->TakeRetryable() || attempt == kWriteAttempts) return outcome;
  }
} catch (const std::exception& e) {
  return Caught(e.what());
}

std::optional<Error> Store::Remove(const std::vector<int64_t>& ids) try {
  sql::Conn& db = *db_;
  sql::Transaction tx(db, /*serialize_writers=*/true);
  if (tx.begin_error()) return *tx.begin_error();
  sql::Stmt del(db, "DELETE FROM documents WHERE id = ? RETURNING id");
  for (int64_t id : ids) {
    del.Reset();
    del.Bind(1, id);
    const bool deleted = del.Step();
    if (auto e = del.Run()) return e;
    if (!deleted)
      return Error{ErrorKind::kNotFound, "", std::nullopt,
                   "no document with id " + std::to_string(id) + " in the database"};
  }
  // Entries of other reports that pointed at a removed plan may now link to
  // another copy of it, or to nothing (with a warning).
  if (auto e = rows::Relink(db)) return e;
  return tx.Commit();
} catch (const std::exception& e) {
  return Caught(e.what());
}

Result<Document> Store::Load(int64_t document_id) try {
  return rows::ReadDocument(*db_, document_id);
} catch (const std::exception& e) {
  return Caught(e.what());
}

Result<std::vector<DocumentInfo>> Store::Documents() try {
  std::vector<DocumentInfo> out;
  sql::Stmt st(*db_,
               "SELECT id, file_name, sha256, kind, extractor_version, ingested_at "
               "FROM documents ORDER BY id");
  while (st.Step())
    out.push_back({st.Int(0), st.Text(1), st.Text(2),
                   KindFromName(st.Text(3)).value_or(Kind::kOther),
                   static_cast<int>(st.Int(4)), st.Text(5)});
  if (st.error()) return *st.error();
  return out;
} catch (const std::exception& e) {
  return Caught(e.what());
}

Result<DocumentKeys> Store::Keys(int64_t document_id) try {
  sql::Conn& db = *db_;
  DocumentKeys k;
  k.document_id = document_id;
  sql::Stmt com(db, "SELECT c.id FROM commitments c JOIN plans p ON p.id = c.plan_id "
                    "WHERE p.document_id = ? ORDER BY c.position");
  sql::Stmt mil(db, "SELECT id FROM milestones WHERE commitment_id = ? ORDER BY position");
  com.Bind(1, document_id);
  while (com.Step()) {
    k.commitments.push_back(com.Int(0));
    k.milestones.emplace_back();
    mil.Reset();
    mil.Bind(1, com.Int(0));
    while (mil.Step()) k.milestones.back().push_back(mil.Int(0));
    if (mil.error()) return *mil.error();
  }
  if (com.error()) return *com.error();
  sql::Stmt ent(db, "SELECT e.id, e.milestone_id, r.agency_org_id FROM report_entries e JOIN reports r "
                    "ON r.id = e.report_id WHERE r.document_id = ? ORDER BY e.position");
  ent.Bind(1, document_id);
  while (ent.Step()) {
    k.entries.push_back(ent.Int(0));
    k.entry_milestones.push_back(ent.OptInt(1));
  }
  if (ent.error()) return *ent.error();
  sql::Stmt rep(db, "SELECT agency_org_id FROM reports WHERE document_id = ?");
  rep.Bind(1, document_id);
  if (rep.Step()) k.agency_org_id = rep.OptInt(0);
  if (rep.error()) return *rep.error();
  return k;
} catch (const std::exception& e) {
  return Caught(e.what());
}

Result<std::optional<int64_t>> Store::FindDocument(const std::string& sha256) {
  sql::Stmt st(*db_, "SELECT id FROM documents WHERE sha256 = ?");
  st.Bind(1, sha256);
  if (st.Step()) return std::optional<int64_t>(st.Int(0));
  if (st.error()) return *st.error();
  return std::optional<int64_t>();
}

}  // namespace ogpx::model
