#include "cli/split.h"

#include <limits>

#include "cli/command_line.h"

namespace ogpx::cli {
namespace {

// K/N with 0 <= K < N (ParseShard's reason otherwise).
CLI::Validator ShardValue() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        std::string error;
        return ParseShard(value, error) ? "" : error;
      },
      "", "K/N");
}

}  // namespace

void AddSplitOptions(CLI::App& app, SplitOptions& split) {
  const std::string group = "many workers on one batch (docs/scale-out.md)";
  auto* shard =
      app.add_option_function<std::string>(
             "--shard",
             [&split](const std::string& value) {
               std::string error;
               split.shard = ParseShard(value, error);
             },
             "only the files in shard K of N (0 <= K < N): the first 16 hex digits of a file's "
             "SHA-256 as a number, modulo N, equal K; N workers given the same PATHs with K = 0..N-1 "
             "store every file once, without talking to each other (a file that cannot be read is "
             "shard 0's)")
          ->type_name("K/N")
          ->group(group)
          ->check(ShardValue());
  auto* claim =
      app.add_flag("--claim", split.claim,
                   "workers given the same PATHs share them through the database: each claims the next "
                   "file not yet read (for uneven batches; the report lists this worker's files)")
          ->group(group);
  app.add_option("--lease", split.claim_options.lease_seconds,
                 "a claim not finished within SECONDS (default 600; renewed while its worker lives) is taken "
                 "over by another worker")
      ->type_name("SECONDS")
      ->group(group)
      ->check(WholeNumber(1, std::numeric_limits<int>::max()))
      ->needs(claim);
  shard->excludes(claim);
}

std::optional<Error> RunSplitBatch(model::Store& store, const std::vector<std::string>& files,
                                   const BatchOptions& options, const SplitOptions& split,
                                   std::vector<FileOutcome>& outcomes,
                                   const std::function<void(const BatchProgress&)>& observe) {
  if (split.claim) return RunClaimBatch(store, files, options, split.claim_options, outcomes, observe);
  return RunBatch(store, files, options, outcomes, observe);
}

}  // namespace ogpx::cli
