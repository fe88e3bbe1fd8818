#include "cli/claim_batch.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <iterator>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "base/sha256.h"
#include "extract/extract.h"

namespace ogpx::cli {
namespace {

// How often a worker with nothing to claim looks again at the claims other
// workers hold.
constexpr int kWaitForLeaseMs = 1000;

std::string DefaultWorker() {
  char host[256] = {};
  if (::gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
  return std::string(host) + ":" + std::to_string(::getpid());
}

}  // namespace

std::optional<Error> RunClaimBatch(model::Store& store, const std::vector<std::string>& files,
                                   const BatchOptions& options, const ClaimOptions& claim,
                                   std::vector<FileOutcome>& outcomes,
                                   const std::function<void(const BatchProgress&)>& observe) {
  const auto started = std::chrono::steady_clock::now();
  const std::string worker = claim.worker.empty() ? DefaultWorker() : claim.worker;
  // The files by their bytes; one that cannot be read is this worker's to report.
  std::map<std::string, std::string> path_of;
  std::vector<model::ClaimFile> mine;
  for (const auto& f : files) {
    auto bytes = ingest::ReadInput(f);
    if (!bytes) {
      FileOutcome o;
      o.file = f;
      o.error = bytes.error();
      outcomes.push_back(std::move(o));
      continue;
    }
    const std::string sha = Sha256Hex(*bytes);
    if (path_of.emplace(sha, f).second) mine.push_back({sha, f});
  }
  if (auto e = store.AddClaims(mine)) return e;
  std::set<std::string> shas;
  for (const auto& m : mine) shas.insert(m.sha256);
  auto stored = StoredVersions(store);
  if (!stored) return stored.error();
  const std::map<std::string, int>& known = *stored;

  BatchThreads threads_of(options.ingest, mine.size());
  const std::size_t workers = threads_of.workers;
  const ingest::Options per_document = threads_of.PerDocument(options.ingest);
  const std::atomic<bool>* cancel = options.ingest.cancel;
  auto cancelled = [&] { return cancel != nullptr && cancel->load(); };

  std::mutex mu;  // the store, `handled`, `failure`, `progress`, `running`
  std::condition_variable changed;
  std::optional<Error> failure;
  // Files handled by the workers, moved to `outcomes` by the calling thread
  // (which reads `outcomes` in `observe` without the lock).
  std::vector<FileOutcome> handled;
  BatchProgress progress;
  progress.total = files.size();
  progress.done = outcomes.size();
  std::size_t running = 0;
  auto reading = [&](const std::string& file) {  // under `mu`
    return std::find_if(progress.reading.begin(), progress.reading.end(),
                        [&](const Reading& r) { return r.file == file; });
  };
  auto finish_claim = [&](ReadFile& read, const std::string& sha) {  // under `mu`
    FileOutcome& o = read.outcome;
    model::ClaimEnd end = model::ClaimEnd::kReleased;  // back to the others, unread
    if (cancelled() || failure) {
      FileOutcome not_done;
      not_done.file = o.file;
      not_done.status = FileStatus::kNotDone;
      o = std::move(not_done);
    } else if (auto e = StoreBatchFile(store, read, options)) {
      failure = e;  // the file failed naming the database; its claim goes back
    } else {
      end = o.status == FileStatus::kFailed ? model::ClaimEnd::kFailed : model::ClaimEnd::kDone;
    }
    if (auto e = store.EndClaim(sha, worker, end, o.error ? o.error->ToString() : ""); e && !failure) failure = e;
    handled.push_back(std::move(o));
    ++progress.done;
  };
  auto work = [&]() noexcept {
    for (;;) {
      std::optional<std::string> sha;
      {
        std::lock_guard lock(mu);
        if (failure || cancelled()) break;
        auto next = store.Claim(worker, claim.lease_seconds, shas);
        if (!next) {
          failure = next.error();
          break;
        }
        sha = *next;
        if (sha) progress.reading.push_back({path_of[*sha], 0, -1});
      }
      if (!sha) {
        // Nothing free: files other workers hold may still come back when
        // their lease passes (a worker that died); wait for them.
        std::unique_lock lock(mu);
        auto held = store.OpenClaims(shas);
        if (!held) failure = held.error();
        if (failure || held->first == 0) break;
        changed.wait_for(lock, std::chrono::milliseconds(kWaitForLeaseMs));
        continue;
      }
      const std::string file = path_of[*sha];
      ingest::Options counted = per_document;
      counted.on_page = [&](const ingest::PageRead& r) {
        {
          std::lock_guard lock(mu);
          auto it = reading(file);
          if (r.page == 0) {
            it->pages = r.pages;
          } else {
            ++it->pages_read;
            ++progress.pages;
            if (r.ocr) ++progress.ocr_pages;
          }
        }
        changed.notify_all();
      };
      ReadFile read = ReadBatchFile(file, known, options, counted);
      {
        std::lock_guard lock(mu);
        progress.reading.erase(reading(file));
        finish_claim(read, *sha);
      }
      changed.notify_all();
    }
    std::lock_guard lock(mu);
    --running;
    changed.notify_all();
  };
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < workers; ++t) {
    {
      std::lock_guard lock(mu);
      ++running;
    }
    try {
      threads.emplace_back(work);
    } catch (const std::exception&) {
      std::lock_guard lock(mu);
      --running;
      break;
    }
  }
  if (threads.empty()) return Error{ErrorKind::kInternal, "", std::nullopt, "cannot start a worker thread"};
  // The leases held are renewed every third of a lease until the workers end.
  const auto renew_every = std::chrono::milliseconds(std::max(1, claim.lease_seconds) * 1000 / 3);
  auto renewed = std::chrono::steady_clock::now();
  std::unique_lock lock(mu);
  while (running > 0) {
    changed.wait_for(lock, std::chrono::milliseconds(500));
    if (std::chrono::steady_clock::now() - renewed >= renew_every) {
      if (auto e = store.RenewClaims(worker, claim.lease_seconds); e && !failure) failure = e;
      renewed = std::chrono::steady_clock::now();
    }
    progress.elapsed_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    BatchProgress now = progress;
    std::move(handled.begin(), handled.end(), std::back_inserter(outcomes));
    handled.clear();
    lock.unlock();
    observe(now);
    lock.lock();
  }
  lock.unlock();
  for (auto& t : threads) t.join();
  std::move(handled.begin(), handled.end(), std::back_inserter(outcomes));
  return failure;
}

}  // namespace ogpx::cli
