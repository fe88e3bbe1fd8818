// The SQLite store: the system of record of ogpx (schema: docs/schema.md).
//
// A Store owns one SQLite connection (RAII; movable, not copyable) with
// foreign keys ON. Every public function returns a value or an ogpx::Error
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
// processes may open one database: it is in WAL mode and a connection waits
// up to kBusyTimeoutMs for another's write transaction before failing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/domain.h"
#include "model/schema_sqlite.h"

namespace ogpx::model {

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

// One milestone of an ingested plan with its latest reported status.
struct MilestoneStatus {
  int64_t plan_id = 0;
  std::string plan_file;                    // file name of the plan document
  std::optional<std::string> country;
  std::optional<int> plan_number;
  std::string commitment;                   // commitment number
  std::string number;                       // milestone number
  std::vector<std::string> lead;            // milestone lead (commitment lead if none)
  std::optional<Due> due;
  std::optional<Status> status;             // latest report (by period end)
  std::optional<int> progress_percent;
  std::optional<std::string> report_file;
  std::optional<std::string> period_label;
  std::optional<std::string> period_end;
  // Equal for copies of one plan (same country, through the alias table,
  // and same plan number), whichever file and language they come from.
  std::string plan_key;
  bool overdue = false;    // due end year < as-of year and latest status != complete
  bool no_report = false;  // no report entry links to it
};

inline constexpr int kBusyTimeoutMs = 60'000;

class Store {
 public:
  // Opens (creating if needed) the database at `path` (":memory:" works) and
  // migrates it to the latest schema version. A database that is neither
  // empty nor ogpx's (schema::CheckOwner: SQLite application_id) is an Error
  // (kUsage) and is left untouched, byte for byte.
  static Result<Store> Open(const std::string& path);

  Store(Store&&) = default;
  Store& operator=(Store&&) = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  ~Store() = default;

  // Same bytes and extractor version: kSkipped, unless `force`, which
  // replaces the rows (kReplaced).
  Result<IngestOutcome> Ingest(const Document& doc, int extractor_version, bool force = false);
  Result<Document> Load(int64_t document_id);
  Result<std::vector<DocumentInfo>> Documents();
  // Id of the document with these bytes, if ingested.
  Result<std::optional<int64_t>> FindDocument(const std::string& sha256);

  // Reads "Mongolian name TAB English name" lines ('#' comments, blank lines
  // ignored); returns the number of pairs loaded. Malformed lines are an Error
  // naming the line; nothing is loaded then.
  Result<int> LoadAliases(const std::string& tsv_path);
  Result<std::vector<Organisation>> Organisations();

  Result<std::vector<Warning>> LinkWarnings(int64_t document_id);
  // `as_of_iso_date` "YYYY-MM-DD" (or "YYYY"); today (UTC) when absent.
  Result<std::vector<MilestoneStatus>> MilestoneStatuses(
      std::optional<std::string> as_of_iso_date);

  int schema_version() const { return schema_version_; }

 private:
  explicit Store(sql::Db db, int version) : db_(std::move(db)), schema_version_(version) {}
  sql::Db db_;
  int schema_version_ = 0;
};

}  // namespace ogpx::model
