// Naming documents of a database on the command line (`ogpx remove`,
// `ogpx review --document`): by the SHA-256 of their bytes (64 hex digits, or
// a prefix of at least 8 that only one document has), by the path of the PDF
// (its bytes are hashed), or by the file name as stored (every document with
// that name).
#pragma once

#include <string>
#include <vector>

#include "model/store.h"

namespace ogpx::cli {

// The documents of `docs` named by `name`; empty when none. The pointers
// point into `docs`.
std::vector<const model::DocumentInfo*> ResolveDocuments(const std::vector<model::DocumentInfo>& docs,
                                                         const std::string& name);

}  // namespace ogpx::cli
