// model::Document -> ogpx/1 JSON, key order as in docs/export-json.md.
#include "export/json.h"

#include "base/text.h"

namespace ogpx::exporter {
namespace {

using OJ = nlohmann::ordered_json;

template <typename T>
OJ Opt(const std::optional<T>& v) {
  return v ? OJ(*v) : OJ(nullptr);
}

OJ List(const std::vector<std::string>& v) {
  OJ out = OJ::array();
  for (const auto& s : v) out.push_back(s);
  return out;
}

OJ List(const std::vector<int>& v) {
  OJ out = OJ::array();
  for (int i : v) out.push_back(i);
  return out;
}

OJ Span(const model::YearSpan& s) {
  OJ o = OJ::object();
  o["start"] = Opt(s.start);
  o["end"] = Opt(s.end);
  return o;
}

OJ Supporting(const model::Stakeholders& s) {
  OJ o = OJ::object();
  o["government"] = List(s.government);
  o["civil_society"] = List(s.civil_society);
  o["other"] = List(s.other);
  return o;
}

OJ MilestoneJson(const model::Milestone& m) {
  OJ o = OJ::object();
  o["number"] = m.number;
  if (m.group) {
    OJ g = OJ::object();
    g["number"] = m.group->number;
    g["title"] = m.group->title;
    o["group"] = g;
  } else {
    o["group"] = nullptr;
  }
  o["text"] = m.text;
  o["outputs"] = List(m.outputs);
  if (m.due) {
    OJ d = OJ::object();
    d["raw"] = m.due->raw;
    d["start"] = Opt(m.due->start);
    d["end"] = Opt(m.due->end);
    d["start_date"] = Opt(m.due->start_date);
    d["end_date"] = Opt(m.due->end_date);
    o["due"] = d;
  } else {
    o["due"] = nullptr;
  }
  o["lead"] = List(m.lead);
  o["supporting"] = Supporting(m.supporting);
  o["pages"] = List(m.pages);
  return o;
}

OJ CommitmentJson(const model::Commitment& c) {
  OJ o = OJ::object();
  o["number"] = c.number;
  o["title"] = Opt(c.title);
  o["lead"] = List(c.lead);
  o["supporting"] = Supporting(c.supporting);
  o["period"] = Span(c.period);
  OJ p = OJ::object();
  p["problem"] = Opt(c.problem.problem);
  p["causes"] = Opt(c.problem.causes);
  p["done_so_far"] = Opt(c.problem.done_so_far);
  p["solution"] = Opt(c.problem.solution);
  p["results"] = Opt(c.problem.results);
  o["problem"] = p;
  OJ ms = OJ::array();
  for (const auto& m : c.milestones) ms.push_back(MilestoneJson(m));
  o["milestones"] = ms;
  o["pages"] = List(c.pages);
  o["id"] = Opt(c.id);
  o["theme"] = Opt(c.theme);
  o["description"] = Opt(c.description);
  o["objective"] = Opt(c.objective);
  o["relevance"] = Opt(c.relevance);
  o["ambition"] = Opt(c.ambition);
  if (c.analysis) {
    OJ a = OJ::object();
    a["transparency"] = Opt(c.analysis->transparency);
    a["accountability"] = Opt(c.analysis->accountability);
    a["participation"] = Opt(c.analysis->participation);
    o["analysis"] = a;
  } else {
    o["analysis"] = nullptr;
  }
  if (c.contact) {
    OJ k = OJ::object();
    k["name"] = Opt(c.contact->name);
    k["title"] = Opt(c.contact->title);
    k["email"] = Opt(c.contact->email);
    k["phone"] = Opt(c.contact->phone);
    o["contact"] = k;
  } else {
    o["contact"] = nullptr;
  }
  return o;
}

OJ PlanJson(const model::ActionPlan& plan) {
  OJ o = OJ::object();
  o["country"] = Opt(plan.country);
  o["plan_number"] = Opt(plan.plan_number);
  o["period"] = Span(plan.period);
  o["title"] = Opt(plan.title);
  OJ part = OJ::object();
  part["government"] = List(plan.participants.government);
  part["civil_society"] = List(plan.participants.civil_society);
  o["participants"] = part;
  OJ cs = OJ::array();
  for (const auto& c : plan.commitments) cs.push_back(CommitmentJson(c));
  o["commitments"] = cs;
  o["template"] = Opt(plan.template_name);
  return o;
}

OJ OrderJson(const model::Order& ord) {
  OJ o = OJ::object();
  o["issuer"] = Opt(ord.issuer);
  o["title"] = Opt(ord.title);
  o["number"] = Opt(ord.number);
  o["date"] = Opt(ord.date);
  o["place"] = Opt(ord.place);
  o["subject"] = Opt(ord.subject);
  o["legal_basis"] = Opt(ord.legal_basis);
  o["clauses"] = List(ord.clauses);
  OJ s = OJ::object();
  s["name"] = Opt(ord.signatory.name);
  s["position"] = Opt(ord.signatory.position);
  o["signatory"] = s;
  if (ord.approves) {
    OJ a = OJ::object();
    a["title"] = Opt(ord.approves->title);
    a["period"] = Span(ord.approves->period);
    o["approves"] = a;
  } else {
    o["approves"] = nullptr;
  }
  o["pages"] = List(ord.pages);
  return o;
}

OJ ReportJson(const model::ProgressReport& r) {
  OJ o = OJ::object();
  o["agency"] = Opt(r.agency);
  OJ plan = OJ::object();
  plan["country"] = Opt(r.plan.country);
  plan["plan_number"] = Opt(r.plan.plan_number);
  o["plan"] = plan;
  OJ period = OJ::object();
  period["start"] = Opt(r.period.start);
  period["end"] = Opt(r.period.end);
  period["label"] = Opt(r.period.label);
  o["period"] = period;
  o["submitted"] = Opt(r.submitted);
  OJ entries = OJ::array();
  for (const auto& e : r.entries) {
    OJ x = OJ::object();
    x["milestone"] = e.milestone;
    x["status"] = e.status ? OJ(model::StatusName(*e.status)) : OJ(nullptr);
    x["progress_percent"] = Opt(e.progress_percent);
    x["results"] = Opt(e.results);
    x["evidence"] = List(e.evidence);
    x["pages"] = List(e.pages);
    x["commitment"] = Opt(e.commitment);
    x["next_steps"] = Opt(e.next_steps);
    entries.push_back(x);
  }
  o["entries"] = entries;
  o["report_type"] = Opt(r.report_type);
  return o;
}

void Erase(OJ& o, std::initializer_list<const char*> keys) {
  if (!o.is_object()) return;
  for (const char* k : keys) o.erase(k);
}

// Removes the optional fields (JsonOptions::optional_fields).
void StripOptionalFields(OJ& doc) {
  Erase(doc, {"kind_confidence"});
  if (doc.contains("action_plan") && doc["action_plan"].is_object()) {
    OJ& plan = doc["action_plan"];
    Erase(plan, {"template"});
    for (OJ& c : plan["commitments"]) {
      Erase(c, {"id", "theme", "description", "objective", "relevance", "ambition", "analysis",
                "contact"});
      for (OJ& m : c["milestones"]) Erase(m["due"], {"start_date", "end_date"});
    }
  }
  if (doc.contains("progress_report") && doc["progress_report"].is_object()) {
    OJ& r = doc["progress_report"];
    Erase(r, {"report_type"});
    for (OJ& e : r["entries"]) Erase(e, {"commitment", "next_steps"});
  }
}

}  // namespace

nlohmann::ordered_json ToJson(const model::Document& doc, const JsonOptions& options) {
  OJ o = OJ::object();
  o["schema"] = kSchemaId;
  OJ src = OJ::object();
  src["file"] = text::EscapeInvalidUtf8(doc.source.file);  // file names need not be UTF-8
  src["sha256"] = doc.source.sha256;
  src["pages"] = doc.source.pages;
  src["language"] = List(doc.source.language);
  src["ocr_pages"] = List(doc.source.ocr_pages);
  o["source"] = src;
  o["kind"] = model::KindName(doc.kind);
  switch (doc.kind) {
    case model::Kind::kActionPlan:
      o["action_plan"] = doc.action_plan ? PlanJson(*doc.action_plan) : OJ(nullptr);
      break;
    case model::Kind::kOrder:
      o["order"] = doc.order ? OrderJson(*doc.order) : OJ(nullptr);
      break;
    case model::Kind::kProgressReport:
      o["progress_report"] =
          doc.progress_report ? ReportJson(*doc.progress_report) : OJ(nullptr);
      break;
    case model::Kind::kOther:
      break;
  }
  OJ ws = OJ::array();
  for (const auto& w : doc.warnings) {
    OJ x = OJ::object();
    x["page"] = Opt(w.page);
    x["code"] = w.code;
    x["message"] = w.message;
    ws.push_back(x);
  }
  o["warnings"] = ws;
  o["kind_confidence"] = Opt(doc.kind_confidence);
  if (!options.optional_fields) StripOptionalFields(o);
  return o;
}

std::string ToJsonText(const model::Document& doc, const JsonOptions& options) {
  // Invalid UTF-8 (which the pipeline should never produce) is replaced
  // rather than thrown about.
  return ToJson(doc, options).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace ogpx::exporter
