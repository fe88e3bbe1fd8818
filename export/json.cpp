// model::Document -> ogpx/1 JSON, key order as in docs/export-json.md.
#include "export/json.h"

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
    entries.push_back(x);
  }
  o["entries"] = entries;
  return o;
}

}  // namespace

nlohmann::ordered_json ToJson(const model::Document& doc) {
  OJ o = OJ::object();
  o["schema"] = kSchemaId;
  OJ src = OJ::object();
  src["file"] = doc.source.file;
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
  return o;
}

std::string ToJsonText(const model::Document& doc) {
  // Invalid UTF-8 (which the pipeline should never produce) is replaced
  // rather than thrown about.
  return ToJson(doc).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace ogpx::exporter
