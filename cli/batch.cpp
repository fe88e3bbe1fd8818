#include "cli/batch.h"

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "cli/explain.h"
#include "extract/extract.h"
#include "base/sha256.h"

namespace ogpx::cli {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// One file read by a worker: its outcome so far and the document to write.
struct Slot : ReadFile {
  bool ready = false;
  bool reading = false;
  bool whole = false;  // read to its end before any cancel: stored even when the batch stops
};

// What the workers have read so far, file by file (under the batch's mutex):
// the progress line counts documents when they are finished and pages as
// they are read.
struct Tally {
  explicit Tally(std::size_t files) : pages(files, -1), read(files, 0), ocr(files, 0) {}
  std::vector<int> pages;  // pages to read; -1 until the file is open
  std::vector<int> read, ocr;
  std::size_t finished = 0;

  void Count(std::size_t file, const ingest::PageRead& r) {
    if (r.page == 0) {
      pages[file] = r.pages;
      return;
    }
    ++read[file];
    if (r.ocr) ++ocr[file];
  }

  // Fills `p` but its `reading`; `open_or_done(j)`: file j was opened or is
  // finished (a file skipped or failed before opening reads no page).
  template <typename OpenOrDone>
  void Fill(BatchProgress& p, OpenOrDone open_or_done) const {
    p.done = finished;
    p.pages = p.ocr_pages = 0;
    int known = 0, opened = 0;
    std::size_t waiting = 0;
    for (std::size_t j = 0; j < pages.size(); ++j) {
      p.pages += read[j];
      p.ocr_pages += ocr[j];
      if (pages[j] >= 0) {
        known += pages[j];
        ++opened;
      } else if (!open_or_done(j)) {
        ++waiting;
      }
    }
    // Pages still to read: those of the open documents, and the mean of
    // theirs for each document not open yet.
    p.pages_left = opened == 0 ? -1.0
                               : known - p.pages + static_cast<double>(waiting) * known / opened;
  }
};

// A page whose OCR failed ("ocr_failed": the engine could not start, an
// image could not be read) makes the whole file fail: stored, it would count
// as done and never be read again, its text missing (issue 18).
std::optional<Error> OcrFailure(const std::string& file, const ingest::Document& doc) {
  for (const auto& page : doc.pages)
    for (const auto& w : page.warnings)
      if (w.code == "ocr_failed")
        return Error{ErrorKind::kInternal, file, page.number, w.message + " (not stored; read again on the next run)"};
  return std::nullopt;
}

// The warnings stored with the document of these bytes (a file skipped as
// unchanged); nullopt when they cannot be read.
std::optional<std::vector<Warning>> StoredWarnings(model::Store& store, const std::string& sha256) {
  auto id = store.FindDocument(sha256);
  if (!id || !*id) return std::nullopt;
  auto doc = store.Load(**id);
  if (!doc) return std::nullopt;
  return doc->warnings;
}

}  // namespace

ReadFile ReadBatchFile(const std::string& file, const std::map<std::string, int>& known, const BatchOptions& options,
                       const ingest::Options& ingest_options) {
  auto started = Clock::now();
  ReadFile slot;
  FileOutcome& o = slot.outcome;
  o.file = file;
  try {
    auto bytes = ingest::ReadInput(file);
    if (!bytes) {
      o.error = bytes.error();
    } else {
      o.sha256 = ogpx::Sha256Hex(*bytes);
      auto it = known.find(o.sha256);
      if (!options.force && it != known.end() && it->second == extract::kExtractorVersion) {
        o.status = FileStatus::kSkipped;
        if (options.explain) o.log.push_back("skipped: the database holds these bytes (SHA-256 " + o.sha256 +
                                             ") from this extractor version");
      } else if (auto doc = ingest::OpenBytes(file, *bytes, ingest_options); !doc) {
        o.error = doc.error();
      } else if (auto failed = OcrFailure(file, *doc)) {
        o.error = std::move(failed);  // not stored: the next run reads it again
      } else {
        std::string().swap(*bytes);  // clear() would keep its memory while the document is extracted
        extract::ExtractReport report;
        slot.document = extract::Extract(*doc, options.explain ? &report : nullptr);
        if (options.explain) o.log = Explain(*doc, *slot.document, report, ingest_options.ocr);
        std::error_code ec;  // where `ogpx review` finds the pages again
        slot.document->source_path = std::filesystem::absolute(file, ec).lexically_normal().string();
        o.kind = model::KindName(slot.document->kind);
        o.pages = slot.document->source.pages;
        o.ocr_pages = static_cast<int>(slot.document->source.ocr_pages.size());
        o.warnings = slot.document->warnings;
      }
    }
  } catch (const std::exception& e) {
    slot.document.reset();
    o.error = Error{ErrorKind::kInternal, file, std::nullopt, std::string("internal error: ") + e.what()};
  } catch (...) {
    slot.document.reset();
    o.error = Error{ErrorKind::kInternal, file, std::nullopt, "internal error"};
  }
  o.seconds = SecondsSince(started);
  return slot;
}

std::optional<Error> StoreBatchFile(model::Store& store, ReadFile& read, const BatchOptions& options) {
  FileOutcome& o = read.outcome;
  if (!read.document) {
    if (o.status == FileStatus::kSkipped && options.stored_warnings)
      if (auto stored = StoredWarnings(store, o.sha256)) o.warnings = std::move(*stored);
    return std::nullopt;
  }
  auto write_started = Clock::now();
  auto stored = store.Ingest(*read.document, extract::kExtractorVersion, options.force, options.replace);
  o.seconds += SecondsSince(write_started);
  if (!stored) {
    // The database's error, naming the database; the file it was writing failed with it.
    Error e = stored.error();
    if (e.file.empty()) e.file = options.database;
    o.status = FileStatus::kFailed;
    o.error = Error{e.kind, o.file, std::nullopt, "not stored: " + e.ToString()};
    return e;
  }
  o.status = *stored == model::IngestOutcome::kInserted   ? FileStatus::kInserted
             : *stored == model::IngestOutcome::kReplaced ? FileStatus::kReplaced
                                                           : FileStatus::kSkipped;
  if (options.explain) {
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.2f", o.seconds);
    o.log.push_back(std::string("stored: ") + FileStatusName(o.status) + " in " + seconds + " s");
  }
  return std::nullopt;
}

const char* FileStatusName(FileStatus status) {
  switch (status) {
    case FileStatus::kInserted: return "inserted";
    case FileStatus::kReplaced: return "replaced";
    case FileStatus::kSkipped: return "skipped";
    case FileStatus::kFailed: return "failed";
    case FileStatus::kNotDone: return "not_done";
  }
  return "";
}

namespace {

std::size_t Budget(const ingest::Options& options) {
  return options.jobs > 0 ? static_cast<std::size_t>(options.jobs) : std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace

BatchThreads::BatchThreads(const ingest::Options& options, std::size_t documents)
    : budget(Budget(options)),
      workers(std::max<std::size_t>(1, std::min(budget, documents))),
      page_slots(static_cast<int>(budget)) {}

Result<std::map<std::string, int>> StoredVersions(model::Store& store) {
  auto documents = store.Documents();
  if (!documents) return documents.error();
  std::map<std::string, int> known;
  for (const auto& d : *documents) known[d.sha256] = d.extractor_version;
  return known;
}

ingest::Options BatchThreads::PerDocument(const ingest::Options& options) {
  ingest::Options out = options;
  out.jobs = static_cast<int>(budget);
  out.page_slots = &page_slots;
  return out;
}

std::optional<Error> RunBatch(model::Store& store, const std::vector<std::string>& files,
                              const BatchOptions& options, std::vector<FileOutcome>& outcomes,
                              const std::function<void(const BatchProgress&)>& observe) {
  const auto started = Clock::now();
  auto stored = StoredVersions(store);
  if (!stored) return stored.error();
  const std::map<std::string, int>& known = *stored;

  BatchThreads threads_of(options.ingest, files.size());
  const std::size_t workers = threads_of.workers;
  const ingest::Options per_document = threads_of.PerDocument(options.ingest);
  const std::size_t window = 2 * workers;  // documents read ahead of the writer, at most

  std::mutex mu;
  std::condition_variable changed;
  std::vector<Slot> slots(files.size());
  Tally tally(files.size());
  std::size_t next = 0, written = 0;
  bool stop = false;
  const std::atomic<bool>* cancel = options.ingest.cancel;
  auto cancelled = [&] { return cancel != nullptr && cancel->load(); };
  auto work = [&]() noexcept {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(mu);
        changed.wait(lock, [&] { return stop || next >= files.size() || next < written + window; });
        if (stop || next >= files.size()) return;
        i = next++;
        slots[i].reading = true;
      }
      ingest::Options reading = per_document;
      reading.on_page = [&, i](const ingest::PageRead& r) {
        {
          std::lock_guard lock(mu);
          tally.Count(i, r);
        }
        changed.notify_all();
      };
      ReadFile read = ReadBatchFile(files[i], known, options, reading);
      const bool whole = !cancelled();
      {
        std::lock_guard lock(mu);
        static_cast<ReadFile&>(slots[i]) = std::move(read);
        slots[i].ready = true;
        slots[i].whole = whole;
        ++tally.finished;
      }
      changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < workers; ++t) {
    try {
      threads.emplace_back(work);
    } catch (const std::exception&) {
      break;  // fewer workers than asked; at least one is needed
    }
  }
  auto finish = [&] {
    {
      std::lock_guard lock(mu);
      stop = true;
    }
    changed.notify_all();
    for (auto& t : threads) t.join();
  };
  if (threads.empty()) return Error{ErrorKind::kInternal, "", std::nullopt, "cannot start a worker thread"};

  BatchProgress progress;
  progress.total = files.size();
  auto snapshot = [&] {  // under `mu`
    progress.elapsed_seconds = SecondsSince(started);
    tally.Fill(progress, [&](std::size_t j) { return j < written || slots[j].ready; });
    progress.reading.clear();
    for (std::size_t j = written; j < next && j < slots.size(); ++j)
      if (slots[j].reading && !slots[j].ready) progress.reading.push_back({files[j], tally.read[j], tally.pages[j]});
    return progress;
  };
  // Every file from `from` on that was not written: kNotDone.
  auto not_done = [&](std::size_t from) {
    for (std::size_t j = from; j < files.size(); ++j) {
      FileOutcome o;
      o.file = files[j];
      o.status = FileStatus::kNotDone;
      outcomes.push_back(std::move(o));
    }
  };
  for (std::size_t i = 0; i < files.size(); ++i) {
    Slot slot;
    {
      std::unique_lock lock(mu);
      // Shown again at every change (a page read, a document finished) and
      // twice a second meanwhile (the rate and the ETA move).
      while (!slots[i].ready && !cancelled()) {
        changed.wait_for(lock, std::chrono::milliseconds(500));
        BatchProgress now = snapshot();
        lock.unlock();
        observe(now);
        lock.lock();
      }
      // A file read whole is stored even when the batch stopped meanwhile
      // (the progress line counted it as done); one cut by the stop is not.
      if (cancelled() && !(slots[i].ready && slots[i].whole)) {
        lock.unlock();
        finish();
        not_done(i);
        return std::nullopt;
      }
      slot = std::move(slots[i]);
      slots[i] = Slot{};
    }
    FileOutcome& o = slot.outcome;
    if (auto e = StoreBatchFile(store, slot, options)) {
      finish();
      outcomes.push_back(std::move(o));
      not_done(i + 1);
      return e;
    }
    outcomes.push_back(std::move(o));
    BatchProgress now;
    {
      std::lock_guard lock(mu);
      written = i + 1;
      now = snapshot();
    }
    changed.notify_all();
    observe(now);
  }
  finish();
  return std::nullopt;
}

}  // namespace ogpx::cli
