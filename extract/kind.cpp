// GuessKind(): which kind of document this is, by evidence (extract.h).
//
// Every reader (extract/readers.h) states a claim on the evidence the
// document shows (extract/evidence.h): the vocabularies of every language
// ("kind.*" rows of lang/data/*.tsv) and the document's structure (running
// headers, the template's labels, commitment headings). The strongest claim
// wins; its confidence is its strength less a share of the runner-up's, so
// close claims of different kinds give a low confidence and the caller's
// `kind_uncertain` names both.
// Pure function; thread-safe.
#include <algorithm>
#include <array>
#include <cmath>

#include "extract/extract.h"
#include "extract/readers.h"

namespace ogpx::extract {
namespace {

// The runner-up claim of another kind takes this share of its strength off
// the winner's confidence.
constexpr double kRivalWeight = 0.25;
// With no claim at all, a document is "other" with this confidence.
constexpr double kNoClaim = 0.5;

}  // namespace

std::span<const DocumentReader* const> Readers() {
  static const std::array<const DocumentReader*, 4> readers = {&PlanReader(), &ReportReader(), &OrderReader(),
                                                              &OtherReader()};
  return readers;
}

KindGuess GuessKind(const layout::Structure& s) {
  const Evidence e = GatherEvidence(s);
  KindGuess guess;
  for (const DocumentReader* r : Readers()) {
    if (Claim c = r->ClaimDocument(e); c.strength > 0) guess.claims.push_back(std::move(c));
  }
  std::stable_sort(guess.claims.begin(), guess.claims.end(),
                   [](const Claim& a, const Claim& b) { return a.strength > b.strength; });
  if (guess.claims.empty()) {
    guess.kind = model::Kind::kOther;
    guess.confidence = s.doc->pages.empty() ? 1.0 : kNoClaim;
    return guess;
  }
  const Claim& best = guess.claims.front();
  const double rival = guess.claims.size() > 1 ? guess.claims[1].strength : 0;
  guess.kind = best.kind;
  guess.confidence = std::round((best.strength - kRivalWeight * rival) * 100) / 100;
  return guess;
}

KindGuess GuessKind(const ingest::Document& doc) { return GuessKind(layout::BuildStructure(doc)); }

model::Kind DetectKind(const ingest::Document& doc) { return GuessKind(doc).kind; }

}  // namespace ogpx::extract
