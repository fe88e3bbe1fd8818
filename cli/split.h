// The options of `ogpx ingest` that split one batch over many workers
// (docs/scale-out.md), kept apart so that the command line parser can be
// changed without touching them: --shard K/N (cli/shard.h), --claim and
// --lease SECONDS (cli/claim_batch.h).
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/batch.h"
#include "cli/claim_batch.h"
#include "cli/shard.h"

namespace ogpx::cli {

struct SplitOptions {
  std::optional<Shard> shard;  // --shard K/N
  bool claim = false;          // --claim
  ClaimOptions claim_options;  // --lease SECONDS
};

// Option names with a value ("shard", "lease") and flags ("claim").
std::set<std::string> SplitOptionNames();
std::set<std::string> SplitFlagNames();

// Reads them from `args`; false and `error` for a bad value, --lease without
// --claim, or --shard with --claim.
bool SplitOptionsFrom(Args& args, SplitOptions& split, std::string& error);

// The batch of one worker: RunBatch over the files of its shard (all files
// without --shard), or RunClaimBatch with --claim.
std::optional<Error> RunSplitBatch(model::Store& store, const std::vector<std::string>& files,
                                   const BatchOptions& options, const SplitOptions& split,
                                   std::vector<FileOutcome>& outcomes,
                                   const std::function<void(const BatchProgress&)>& observe);

}  // namespace ogpx::cli
