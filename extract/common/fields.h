// Every text field of an extracted document, visited once: the one walk over
// the ogpx/1 object that passes after the readers share (provenance,
// dehyphenation).
//
// A field is named by its JSON pointer into ogpx/1; it comes with the pages
// it is looked for on (empty: every page) and the fields it belongs to
// (`owners`, nearest first: a milestone's lead belongs to the milestone's
// text, then to its commitment's title). Values a reader derived rather
// than read (ISO dates, years, a plan number from an ordinal word, statuses)
// are not text fields.
//
// Pure; thread-safe.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "model/domain.h"

namespace ogpx::extract {

struct TextField {
  std::string path;                 // "/action_plan/commitments/0/lead/1"
  std::string* value = nullptr;     // the text, may be changed by the visitor
  std::vector<int> pages;           // where to look; empty = every page
  std::vector<std::string> owners;  // paths of the fields it belongs to, nearest first
};

void ForEachTextField(model::Document& doc, const std::function<void(const TextField&)>& visit);

}  // namespace ogpx::extract
