// Numbers checked against their neighbours: a milestone or entry number that
// disagrees with its siblings and its commitment by one slip of OCR (a table
// border read as a digit, "16.1" among 6.2 … 6.7; one digit misread, "6.8"
// between 6.2 and 6.4) is repaired, and each repair is returned so that the
// caller can warn (`number_repaired`, old and new). Never a guess without
// evidence: the expected prefix comes from the commitment heading or from both
// neighbours, and the last part must continue the run.
//
// Thread-safety: pure functions. Numbers are ASCII "6.1", "5.1.2".
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ogpx::extract {

struct NumberRepair {
  std::size_t index = 0;  // in the sequence given
  std::string from, to;
};

// True when `read` is `expected` after one slip of OCR: a character added at
// either end (a ruling line read as "1" or "7"), or one digit read as a digit
// of similar shape ("16" for "6", "8" for "3").
bool OneSlip(const std::string& read, const std::string& expected);

// The message of the `number_repaired` warning for `repair` of a `what`
// ("milestone"): old and new number and why.
std::string RepairMessage(const NumberRepair& repair, const std::string& what);

// Repairs `numbers` in place, in the order printed. `parent` is the number of
// the heading they all sit under ("6" for milestones of commitment 6), when
// known: a prefix one slip from it is repaired to it; without it, a
// neighbour whose last part continues the number's gives the prefix. Entries
// that are not dotted numbers are left alone and do not count as neighbours.
std::vector<NumberRepair> RepairNumbers(std::vector<std::string>& numbers,
                                        const std::optional<std::string>& parent = std::nullopt);

}  // namespace ogpx::extract
