#include "model/domain.h"

#include <array>
#include <utility>

namespace ogpx::model {
namespace {

constexpr std::array<std::pair<Kind, const char*>, 4> kKinds{{
    {Kind::kActionPlan, "action_plan"},
    {Kind::kOrder, "order"},
    {Kind::kProgressReport, "progress_report"},
    {Kind::kOther, "other"},
}};

constexpr std::array<std::pair<Status, const char*>, 4> kStatuses{{
    {Status::kNotStarted, "not_started"},
    {Status::kLimited, "limited"},
    {Status::kSubstantial, "substantial"},
    {Status::kComplete, "complete"},
}};

template <typename E, std::size_t N>
const char* NameOf(const std::array<std::pair<E, const char*>, N>& table, E value) {
  for (const auto& [e, name] : table)
    if (e == value) return name;
  return "";
}

template <typename E, std::size_t N>
std::optional<E> ValueOf(const std::array<std::pair<E, const char*>, N>& table,
                         const std::string& name) {
  for (const auto& [e, n] : table)
    if (name == n) return e;
  return std::nullopt;
}

}  // namespace

const char* KindName(Kind kind) { return NameOf(kKinds, kind); }
std::optional<Kind> KindFromName(const std::string& name) { return ValueOf(kKinds, name); }
const char* StatusName(Status status) { return NameOf(kStatuses, status); }
std::optional<Status> StatusFromName(const std::string& name) { return ValueOf(kStatuses, name); }

}  // namespace ogpx::model
