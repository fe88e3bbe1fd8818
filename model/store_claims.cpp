// Claims of `ogpx ingest --claim` (table claims, schema version 6;
// docs/scale-out.md): files shared by workers, each taken by one worker at a
// time for a lease.
#include <chrono>

#include "model/dialect.h"
#include "model/sql.h"
#include "model/store.h"

namespace ogpx::model {
namespace {

// Claims looked at per round: PostgreSQL locks them until the claim commits
// (skipping those other workers hold).
constexpr int kClaimPage = 64;

int64_t Now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Error Caught(const std::exception& e) { return Error{ErrorKind::kInternal, "", std::nullopt, std::string("claims: ") + e.what()}; }

}  // namespace

std::optional<Error> Store::AddClaims(const std::vector<ClaimFile>& files) try {
  sql::Conn& db = *db_;
  sql::Transaction tx(db);
  if (tx.begin_error()) return tx.begin_error();
  sql::Stmt add(db, "INSERT INTO claims (sha256, file_name) VALUES (?, ?) ON CONFLICT (sha256) DO UPDATE "
                    "SET state = 'open', worker = NULL, lease_until = NULL, message = NULL "
                    "WHERE claims.state = 'failed'");
  for (const auto& f : files) {
    add.Reset();
    add.Bind(1, f.sha256).Bind(2, f.file_name);
    if (auto e = add.Run()) return e;
  }
  return tx.Commit();
} catch (const std::exception& e) {
  return Caught(e);
}

Result<std::optional<std::string>> Store::Claim(const std::string& worker, int lease_seconds,
                                                const std::set<std::string>& mine) try {
  sql::Conn& db = *db_;
  sql::Transaction tx(db);
  if (tx.begin_error()) return *tx.begin_error();
  const int64_t now = Now();
  sql::Stmt open(db, "SELECT sha256 FROM claims WHERE state = 'open' AND (lease_until IS NULL OR lease_until < ?) "
                     "ORDER BY sha256 LIMIT ? OFFSET ?" + dialect::LockSkipLocked(db.dialect()));
  std::optional<std::string> taken;
  for (int64_t offset = 0; !taken; offset += kClaimPage) {
    open.Reset();
    open.Bind(1, now).Bind(2, static_cast<int64_t>(kClaimPage)).Bind(3, offset);
    int rows = 0;
    while (open.Step()) {
      ++rows;
      if (!taken && mine.count(open.Text(0))) taken = open.Text(0);
    }
    if (open.error()) return *open.error();
    if (rows < kClaimPage) break;
  }
  if (!taken) return std::optional<std::string>();
  sql::Stmt set(db, "UPDATE claims SET worker = ?, lease_until = ?, attempts = attempts + 1 WHERE sha256 = ?");
  set.Bind(1, worker).Bind(2, now + lease_seconds).Bind(3, *taken);
  if (auto e = set.Run()) return *e;
  if (auto e = tx.Commit()) return *e;
  return taken;
} catch (const std::exception& e) {
  return Caught(e);
}

std::optional<Error> Store::RenewClaims(const std::string& worker, int lease_seconds) try {
  sql::Stmt st(*db_, "UPDATE claims SET lease_until = ? WHERE worker = ? AND state = 'open'");
  st.Bind(1, Now() + lease_seconds).Bind(2, worker);
  return st.Run();
} catch (const std::exception& e) {
  return Caught(e);
}

std::optional<Error> Store::EndClaim(const std::string& sha256, const std::string& worker, ClaimEnd end,
                                     const std::string& message) try {
  sql::Stmt st(*db_, end == ClaimEnd::kReleased
                         ? "UPDATE claims SET worker = NULL, lease_until = NULL WHERE sha256 = ? AND worker = ? "
                           "AND state = 'open'"
                         : "UPDATE claims SET state = ?3, message = ?4, lease_until = NULL WHERE sha256 = ?1 "
                           "AND worker = ?2");
  st.Bind(1, sha256).Bind(2, worker);
  if (end != ClaimEnd::kReleased) {
    st.Bind(3, end == ClaimEnd::kDone ? "done" : "failed");
    if (end == ClaimEnd::kFailed)
      st.Bind(4, message);
    else
      st.BindNull(4);
  }
  return st.Run();
} catch (const std::exception& e) {
  return Caught(e);
}

Result<std::pair<int64_t, int64_t>> Store::OpenClaims(const std::set<std::string>& mine) try {
  sql::Stmt st(*db_, "SELECT sha256, coalesce(lease_until, 0) FROM claims WHERE state = 'open'");
  int64_t open = 0, soonest = 0;
  while (st.Step()) {
    if (!mine.count(st.Text(0))) continue;
    ++open;
    if (const int64_t until = st.Int(1); until > 0 && (soonest == 0 || until < soonest)) soonest = until;
  }
  if (st.error()) return *st.error();
  return std::make_pair(open, soonest);
} catch (const std::exception& e) {
  return Caught(e);
}

Result<ClaimCounts> Store::CountClaims() try {
  ClaimCounts counts;
  sql::Stmt st(*db_, "SELECT state, count(*) FROM claims GROUP BY state");
  while (st.Step()) {
    const std::string state = st.Text(0);
    (state == "open" ? counts.open : state == "done" ? counts.done : counts.failed) = st.Int(1);
  }
  if (st.error()) return *st.error();
  return counts;
} catch (const std::exception& e) {
  return Caught(e);
}

}  // namespace ogpx::model
