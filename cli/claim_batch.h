// `ogpx ingest --claim`: workers share one batch through the database
// instead of a fixed split (docs/scale-out.md, model::Store::Claim).
//
// Every worker is given the same PATHs. It hashes its files, registers them
// as claims (once per SHA-256), then takes the next open claim, reads the
// file, stores it and marks the claim done (or failed, with the reason), until
// none is open: when the rest are held by other workers it waits (a second
// at a time) for them to end or for their lease to pass. A claim is held for `lease_seconds`, renewed while the worker
// lives (every third of the lease, by the calling thread); the
// claim of a worker killed mid-document opens again when its lease passes
// and another worker takes it over. Storing is idempotent (SHA-256 +
// extractor version), so a document stored by a worker that died before it
// marked the claim is found stored, not duplicated. Ctrl-C gives the claims
// being read back at once.
//
// `outcomes` lists the files this worker handled (and its files that could
// not be read, which are not registered), in the order it handled them;
// `observe` is called on the calling thread as for RunBatch.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli/batch.h"

namespace ogpx::cli {

struct ClaimOptions {
  int lease_seconds = 600;  // --lease
  std::string worker;       // this worker's name in the claims table ("" = host:pid)
};

std::optional<Error> RunClaimBatch(model::Store& store, const std::vector<std::string>& files,
                                   const BatchOptions& options, const ClaimOptions& claim,
                                   std::vector<FileOutcome>& outcomes,
                                   const std::function<void(const BatchProgress&)>& observe);

}  // namespace ogpx::cli
