// The options of `ogpx ingest` that split one batch over many workers
// (docs/scale-out.md): --shard K/N (cli/shard.h), --claim and --lease
// SECONDS (cli/claim_batch.h).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli/batch.h"
#include "cli/claim_batch.h"
#include "cli/shard.h"

namespace CLI {
class App;
}

namespace ogpx::cli {

struct SplitOptions {
  std::optional<Shard> shard;  // --shard K/N
  bool claim = false;          // --claim
  ClaimOptions claim_options;  // --lease SECONDS
};

// Declares --shard K/N (checked: 0 <= K < N), --claim and --lease SECONDS
// (a whole number >= 1; only with --claim) on `app`, in their own help
// group; --shard and --claim exclude each other. They fill `split`.
void AddSplitOptions(CLI::App& app, SplitOptions& split);

// The batch of one worker over `files` (already those of its shard, with
// --shard: FilesInShard): RunClaimBatch with --claim, RunBatch otherwise.
std::optional<Error> RunSplitBatch(model::Store& store, const std::vector<std::string>& files,
                                   const BatchOptions& options, const SplitOptions& split,
                                   std::vector<FileOutcome>& outcomes,
                                   const std::function<void(const BatchProgress&)>& observe);

}  // namespace ogpx::cli
