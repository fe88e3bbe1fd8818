#include "cli/split.h"

namespace ogpx::cli {

std::set<std::string> SplitOptionNames() { return {"shard", "lease"}; }
std::set<std::string> SplitFlagNames() { return {"claim"}; }

bool SplitOptionsFrom(Args& args, SplitOptions& split, std::string& error) {
  if (args.Has("shard")) {
    split.shard = ParseShard(args.Get("shard"), error);
    if (!split.shard) return false;
  }
  split.claim = args.Has("claim");
  if (split.claim && split.shard) {
    error = "--shard and --claim are two ways to split a batch: give one";
    return false;
  }
  if (args.Has("lease") && !split.claim) {
    error = "--lease is the lease of a --claim";
    return false;
  }
  auto lease = args.GetInt("lease", split.claim_options.lease_seconds);
  if (!lease || *lease < 1) {
    error = "--lease must be a number of seconds >= 1";
    return false;
  }
  split.claim_options.lease_seconds = *lease;
  return true;
}

std::optional<Error> RunSplitBatch(model::Store& store, const std::vector<std::string>& files,
                                   const BatchOptions& options, const SplitOptions& split,
                                   std::vector<FileOutcome>& outcomes,
                                   const std::function<void(const BatchProgress&)>& observe) {
  if (split.claim) return RunClaimBatch(store, files, options, split.claim_options, outcomes, observe);
  if (split.shard) return RunBatch(store, FilesInShard(files, *split.shard), options, outcomes, observe);
  return RunBatch(store, files, options, outcomes, observe);
}

}  // namespace ogpx::cli
