// The plan-level facts of an action plan: title, country, plan number and
// period from the title lines, and the participant lists of the appendix.
//
//  - Title: the last free-standing line before the first commitment that
//    names a national action plan ("… National Action Plan", "undesnii …
//    tolovlogoo"), plus the lines right below it that carry its years;
//    printed in capitals, it is given in normal case.
//  - Plan number: the first word of the title lines that is an ordinal
//    ("5th", "Fifth", "V", "tavdugaar"); period: the title's year span.
//  - Country: the short name of a country named in the title lines, from a
//    gazetteer (data, one row per country and wording).
//  - Participants: numbered items after a "List of government organizations
//    …" / "List of non-government organizations …" heading; an item wrapped
//    over lines (or a page break) is one entry.
//
// Internal to the action-plan reader. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/plan/rows.h"
#include "layout/lines.h"
#include "model/domain.h"

namespace ogpx::extract::plan {

// Fills country, plan_number, period and title of `plan` from the free lines
// of `items` before index `end` (the first commitment). The title is the
// largest line that names a plan with the lines of its type around it (the
// title block); the plan number comes from the title, else from the cover's
// lines, and only then from running text that names the plan — then the
// result says so, with the page (`plan_number_from_prose`).
struct MetaNotes {
  std::optional<int> number_from_prose_page;
};
MetaNotes ReadPlanMeta(const std::vector<StreamItem>& items, std::size_t end, model::ActionPlan& plan);

// Appendix participant lists, from every text line of `pages`
// (Structure::pages()) outside its ruled tables (`tables`: a numbered list
// may have been taken for an unruled table; the template's tables are no
// annex, even when drawn after the annex below them).
model::Participants ReadParticipants(const std::vector<layout::PageText>& pages, const std::vector<Table>& tables);

// "FIFTH NATIONAL ACTION PLAN" -> "Fifth National Action Plan" (only when the
// text has no lower-case letter).
std::string NormalCase(const std::string& text);

}  // namespace ogpx::extract::plan
