// The store: the system of record of ogpx (schema: docs/schema.md), in a
// SQLite file (the default) or in a PostgreSQL database shared by many
// workers (a postgresql:// URL; docs/scale-out.md).
//
// A Store owns one connection (RAII; movable, not copyable): SQLite with
// foreign keys ON, or PostgreSQL through libpq. Both run the same schema,
// migrations, views and queries (model/sql.h; the dialects differ only in
// model/dialect.cpp). Every public function returns a value or an ogpx::Error
// (kind kIo for database failures); no exception escapes.
//
// Ingest() writes all rows of one document in ONE transaction: on any failure
// the transaction is rolled back and the database is as before. Documents are
// identified by the SHA-256 of their bytes. Organisations are shared by all
// documents: a printed name is resolved to one organisation row through its
// org_key (ogpx::text::OrgKey) and the org_aliases table, which LoadAliases()
// fills from a bilingual alias list; the order in which documents and alias
// lists arrive does not matter (organisations found to be the same are merged).
//
// Report entries are linked to the milestone of the matching plan after each
// Ingest(); problems found while linking become warnings with origin 'link'
// ("unknown_milestone", "not_lead_agency") readable through LinkWarnings().
//
// Thread-safety: a Store must be used from one thread at a time. Several
// processes may open one database. SQLite: it is in WAL mode and a
// connection waits up to kBusyTimeoutMs for another's write transaction
// before failing. PostgreSQL: writes of documents queue on one transaction
// advisory lock (each sees what the one before committed, so that reports
// and plans stored by different workers link), identities are kept by unique
// constraints with INSERT ... ON CONFLICT, and a transaction the server
// aborts for a deadlock or a concurrent duplicate is retried.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "model/domain.h"

namespace ogpx::model {

namespace sql {
class Conn;
}

// True for a database named by a PostgreSQL URL ("postgresql://..." or
// "postgres://..."); anything else names a SQLite file.
bool IsPostgresUrl(const std::string& db);

enum class IngestOutcome {
  kInserted,   // a new document
  kReplaced,   // same bytes ingested before by another extractor version (or forced)
  kSkipped,    // same bytes and same extractor version: nothing written
};
const char* IngestOutcomeName(IngestOutcome outcome);  // "inserted", ...

struct DocumentInfo {
  int64_t id = 0;
  std::string file_name;
  std::string sha256;
  Kind kind = Kind::kOther;
  int extractor_version = 0;
  std::string ingested_at;   // ISO 8601 UTC
};

struct OrgAlias {
  std::string name;          // as first seen
  std::string org_key;
  std::string lang;          // "en", "mn" or ""
};

struct Organisation {
  int64_t id = 0;
  std::string name;          // display name (the English alias when known)
  std::string org_key;
  std::vector<OrgAlias> aliases;
};

// One milestone of an ingested plan with its latest reported status: a row of
// the view milestone_status (docs/schema.md) with overdue decided as of a
// given day by the same rule (schema::OverdueRule).
struct MilestoneStatus {
  int64_t plan_id = 0;
  int64_t milestone_id = 0;
  int64_t plan_document_id = 0;             // documents.id of the plan
  std::string plan_file;                    // file name of the plan document
  std::optional<std::string> country;
  std::optional<int> plan_number;
  std::string commitment;                   // commitment number
  std::optional<std::string> commitment_title;
  std::string number;                       // milestone number
  std::string text;                         // milestone text
  std::vector<std::string> lead;            // milestone lead (commitment lead if none)
  std::vector<int64_t> lead_org_ids;        // their organisations.id, same order
  std::optional<Due> due;
  // The day that decides "overdue": the last day of the printed end period
  // (31 December of the end year when only a year is printed).
  std::optional<std::string> due_date;
  std::optional<Status> status;             // latest report (by period end)
  std::optional<int> progress_percent;
  std::optional<std::string> report_file;
  std::optional<int64_t> report_document_id;  // documents.id of that report
  std::optional<std::string> report_agency;
  std::optional<std::string> period_label;
  std::optional<std::string> period_end;
  // Equal for copies of one plan (same country, through the alias table,
  // and same plan number), whichever file and language they come from.
  std::string plan_key;
  bool overdue = false;    // due_date < as-of day and latest status != complete
  bool no_report = false;  // no report entry links to it
};

// The database ids of one document's rows, in the order Store::Load gives
// them (for exports whose tables join: export/csv.h).
struct DocumentKeys {
  int64_t document_id = 0;
  std::vector<int64_t> commitments;                 // commitments.id by position
  std::vector<std::vector<int64_t>> milestones;     // milestones.id per commitment, by position
  std::vector<int64_t> entries;                     // report_entries.id by position
  std::vector<std::optional<int64_t>> entry_milestones;  // report_entries.milestone_id (the link)
  std::optional<int64_t> agency_org_id;             // reports.agency_org_id
};

// One match of Store::Search.
struct SearchHit {
  std::string kind;          // "commitment", "milestone", "result" (report entry), "clause" (order)
  int64_t row_id = 0;        // commitments.id, milestones.id, report_entries.id, order_clauses.rowid
  int64_t document_id = 0;
  std::string file_name;     // the document's
  std::string number;        // commitment or milestone number; clause number (1-based)
  std::string snippet;       // the matching words in [brackets], cut with "..."
};

inline constexpr int kBusyTimeoutMs = 60'000;

// One table copied by Store::CopyTo: its rows and the checksum of their
// values (the same on both sides).
struct TableCopy {
  std::string table;
  int64_t rows = 0;
  std::string checksum;  // hex SHA-256 of the sorted SHA-256s of the rows
  std::string columns;   // the columns copied, "a, b, c"
};

// A file of a batch shared by `ogpx ingest --claim` workers (table claims).
struct ClaimFile {
  std::string sha256;
  std::string file_name;     // as the registering worker was given it
};

// How a worker ends a claim: stored (or found stored), failed (not tried
// again in this batch), or given back unread (Ctrl-C) for another worker.
enum class ClaimEnd { kDone, kFailed, kReleased };

// Counts of the claims table by state, for progress and tests.
struct ClaimCounts {
  int64_t open = 0, done = 0, failed = 0;
};

class Store {
 public:
  enum class Access {
    kWrite,  // create if needed, migrate, WAL mode; a read-only file is an Error (kIo)
    kRead,   // writes nothing (query_only; SQLite mode=ro, or immutable=1, when the file or folder is read-only)
  };
  // Opens the database at `path`: a SQLite file (":memory:" works), or a
  // PostgreSQL database when `path` IsPostgresUrl (libpq's URL; the PG*
  // environment variables fill what it leaves out: "postgresql://" alone
  // takes everything from them). kWrite creates it if
  // needed and migrates it to the latest schema version; a database SQLite
  // can only read (file permissions, a read-only file system) is an Error
  // (kIo, "database is read-only") before any document is read. kRead never
  // writes: nothing is created, switched or stamped; a database of an older
  // schema is opened with kWrite to be migrated (an Error when it cannot be).
  // With either, a database that is neither empty nor ogpx's
  // (schema::CheckOwner: SQLite application_id; PostgreSQL: tables without
  // ogpx's ogpx_meta) is an Error (kUsage) and is left untouched, byte for
  // byte. A PostgreSQL server that cannot be reached is an Error (kIo).
  static Result<Store> Open(const std::string& path, Access access = Access::kWrite);

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  ~Store();

  // Same bytes and extractor version: kSkipped, unless `force`, which
  // replaces the rows (kReplaced). `replace_same_name`: documents with the
  // same file name and other bytes (an earlier edition of the file) are
  // removed in the same transaction (kReplaced when there was one).
  Result<IngestOutcome> Ingest(const Document& doc, int extractor_version, bool force = false,
                               bool replace_same_name = false);
  // Deletes the documents `ids` and every row extracted from them in one
  // transaction, then relinks the reports (docs/schema.md); organisations
  // stay. An id that is not in the database is an Error (kNotFound) and
  // nothing is deleted.
  std::optional<Error> Remove(const std::vector<int64_t>& ids);
  Result<Document> Load(int64_t document_id);
  Result<std::vector<DocumentInfo>> Documents();
  Result<DocumentKeys> Keys(int64_t document_id);
  // Id of the document with these bytes, if ingested.
  Result<std::optional<int64_t>> FindDocument(const std::string& sha256);

  // Reads "Mongolian name TAB English name" lines ('#' comments, blank lines
  // ignored); returns the number of pairs loaded. The file must be a regular
  // file of at most limits::kMaxAliasFileBytes (a folder, a FIFO, /dev/zero:
  // Error kNotFound / kLimit, base/files.h). A malformed line (no or two
  // TABs, an empty name: kUsage; over limits::kMaxAliasLineBytes: kLimit) and
  // one name mapped to two different names (kUsage, naming both lines) are
  // Errors naming the line; nothing is loaded then. A table with the same bytes as
  // one loaded before is not loaded again (table alias_loads; the pairs it
  // had are returned).
  Result<int> LoadAliases(const std::string& tsv_path);
  // The same from the text of a table; `source` names it in errors and in
  // alias_loads.
  Result<int> LoadAliasesText(std::string_view tsv, const std::string& source);
  Result<std::vector<Organisation>> Organisations();
  // Organisations one of whose names has an org_key equal to, or containing,
  // the org_key of `name` ("finance" finds "Ministry of Finance", a Mongolian
  // name its English organisation through the aliases).
  Result<std::vector<int64_t>> MatchOrganisations(const std::string& name);
  // Same organisation or country (same org_key, or one organisation through
  // the aliases).
  Result<bool> SameOrganisation(const std::string& a, const std::string& b);

  Result<std::vector<Warning>> LinkWarnings(int64_t document_id);
  // The rows of the view milestone_status in plan, commitment, milestone
  // order. `as_of_iso_date` "YYYY-MM-DD" (or "YYYY": its first day); today
  // (UTC) when absent.
  Result<std::vector<MilestoneStatus>> MilestoneStatuses(
      std::optional<std::string> as_of_iso_date);
  // The as-of day MilestoneStatuses uses for `as_of_iso_date`.
  static Result<std::string> AsOfDay(const std::optional<std::string>& as_of_iso_date);

  // Full-text search of commitment, milestone, report result and order clause
  // texts (text_search, docs/schema.md: SQLite's FTS5, PostgreSQL's text
  // search), best match first, at most `limit` hits. `query` is words that
  // must all occur (any case, accents ignored, a trailing * matches a
  // prefix) unless `fts_syntax`, where it is an FTS5 query (OR, NEAR,
  // "phrases"; on PostgreSQL websearch_to_tsquery's: OR, "phrases", -word);
  // a malformed one is an Error (kUsage).
  Result<std::vector<SearchHit>> Search(const std::string& query, int limit = 20,
                                        bool fts_syntax = false);

  // Claims of `ogpx ingest --claim` (docs/scale-out.md). Files are claimed
  // by their bytes' SHA-256, each by one worker at a time until its lease
  // ends (seconds since 1970, UTC, by the claiming machine's clock): a
  // worker that dies mid-document leaves an open claim that another worker
  // takes over once the lease has passed.
  //
  // Registers `files` (one transaction); a file registered before keeps its
  // state, except that a failed one is opened again.
  std::optional<Error> AddClaims(const std::vector<ClaimFile>& files);
  // Takes the next open file (by SHA-256 order) whose lease is free or
  // passed and whose SHA-256 is in `mine`, for `worker` until now +
  // `lease_seconds`. nullopt when no such file is left. PostgreSQL: SELECT
  // ... FOR UPDATE SKIP LOCKED; SQLite: BEGIN IMMEDIATE.
  Result<std::optional<std::string>> Claim(const std::string& worker, int lease_seconds,
                                           const std::set<std::string>& mine);
  // Moves the leases `worker` holds to now + `lease_seconds`.
  std::optional<Error> RenewClaims(const std::string& worker, int lease_seconds);
  // Ends `worker`'s claim of `sha256`; `message` is kept for kFailed.
  std::optional<Error> EndClaim(const std::string& sha256, const std::string& worker, ClaimEnd end,
                                const std::string& message = "");
  Result<ClaimCounts> CountClaims();
  // Claims of `mine` still open (held by a worker, or free), and the
  // soonest end of the leases held on them (seconds since 1970; 0 if none).
  Result<std::pair<int64_t, int64_t>> OpenClaims(const std::set<std::string>& mine);

  // Copies every row of every table into `target`, which must be empty and
  // of the same schema version (a fresh Open), in one transaction, ids kept
  // (SQLite to PostgreSQL or back, or to the same kind); the source is read
  // as of one moment. Then verifies: each table's row count and checksum on
  // the committed target equal the source's, else an Error (kIo) naming the
  // table. A target with rows is an Error (kUsage), nothing copied.
  Result<std::vector<TableCopy>> CopyTo(Store& target);

  int schema_version() const { return schema_version_; }
  // "sqlite" or "postgresql".
  const char* backend() const;

 private:
  Store(std::unique_ptr<sql::Conn> db, int version);
  std::unique_ptr<sql::Conn> db_;
  int schema_version_ = 0;
};

}  // namespace ogpx::model
