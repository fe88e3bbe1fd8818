// RepairNumbers (see numbering.h).
#include "extract/common/numbering.h"

#include <algorithm>
#include <array>
#include <utility>

namespace ogpx::extract {
namespace {

// A dotted number split into its prefix ("5.1" of "5.1.2") and last part.
struct Dotted {
  std::string prefix;
  int last = 0;
};

std::optional<Dotted> Split(const std::string& number) {
  const std::size_t dot = number.rfind('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 == number.size() || dot + 4 < number.size()) return std::nullopt;
  if (!std::all_of(number.begin(), number.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; }))
    return std::nullopt;
  if (number.find("..") != std::string::npos) return std::nullopt;
  return Dotted{number.substr(0, dot), std::stoi(number.substr(dot + 1))};
}

// Digits OCR takes for one another (shapes that differ by a stroke or a gap).
constexpr std::array<std::pair<char, char>, 8> kConfusable = {
    {{'1', '7'}, {'3', '8'}, {'5', '6'}, {'6', '8'}, {'0', '8'}, {'0', '9'}, {'8', '9'}, {'0', '6'}}};

bool Confusable(char a, char b) {
  return std::any_of(kConfusable.begin(), kConfusable.end(), [&](const auto& p) {
    return (p.first == a && p.second == b) || (p.first == b && p.second == a);
  });
}

}  // namespace

bool OneSlip(const std::string& read, const std::string& expected) {
  if (read.size() == expected.size() + 1)
    return read.substr(1) == expected || read.substr(0, expected.size()) == expected;
  if (read.size() != expected.size()) return false;
  int differ = 0;
  for (std::size_t i = 0; i < read.size(); ++i)
    if (read[i] != expected[i] && (++differ > 1 || !Confusable(read[i], expected[i]))) return false;
  return differ == 1;
}

std::string RepairMessage(const NumberRepair& repair, const std::string& what) {
  return what + " number \"" + repair.from + "\" repaired to \"" + repair.to +
         "\": it breaks the run of its neighbours by one misread character";
}

std::vector<NumberRepair> RepairNumbers(std::vector<std::string>& numbers, const std::optional<std::string>& parent) {
  std::vector<NumberRepair> repairs;
  std::vector<std::optional<Dotted>> split;
  for (const std::string& n : numbers) split.push_back(Split(n));
  auto present = [&](const std::string& n) { return std::find(numbers.begin(), numbers.end(), n) != numbers.end(); };
  auto shared = [&](std::size_t i) {  // another number has i's prefix
    for (std::size_t j = 0; j < split.size(); ++j)
      if (j != i && split[j] && split[j]->prefix == split[i]->prefix) return true;
    return false;
  };
  auto under_parent = [&](const std::string& prefix) {
    return !parent || prefix == *parent || prefix.starts_with(*parent + ".");
  };
  auto repair = [&](std::size_t i, const std::string& prefix, int last) {
    const std::string to = prefix + "." + std::to_string(last);
    if (present(to) || !under_parent(prefix)) return false;
    repairs.push_back({i, numbers[i], to});
    numbers[i] = to;
    split[i] = Dotted{prefix, last};
    return true;
  };
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    if (!split[i]) continue;
    const Dotted& self = *split[i];
    std::optional<Dotted> prev, next;
    for (std::size_t j = i; j-- > 0;)
      if (split[j]) { prev = split[j]; break; }
    for (std::size_t j = i + 1; j < numbers.size(); ++j)
      if (split[j]) { next = split[j]; break; }
    // The prefix: a neighbour whose last part continues this one's.
    const bool fits_prev = prev && prev->prefix == self.prefix, fits_next = next && next->prefix == self.prefix;
    if (!fits_prev && !fits_next && !shared(i)) {
      if (parent && OneSlip(self.prefix, *parent) && repair(i, *parent, self.last)) continue;
      if (next && next->last == self.last + 1 && OneSlip(self.prefix, next->prefix) &&
          repair(i, next->prefix, self.last))
        continue;
      if (prev && prev->last + 1 == self.last && OneSlip(self.prefix, prev->prefix) &&
          repair(i, prev->prefix, self.last))
        continue;
    }
    // The last part: one gap in a run of the same prefix.
    if (fits_prev && fits_next && prev->last + 2 == next->last && self.last != prev->last + 1 &&
        OneSlip(std::to_string(self.last), std::to_string(prev->last + 1)))
      repair(i, self.prefix, prev->last + 1);
  }
  return repairs;
}

}  // namespace ogpx::extract
