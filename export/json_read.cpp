// ogpx/1 JSON -> model::Document (the inverse of json.cpp). The first type
// error stops reading and is returned with its JSON path.
#include "export/json.h"

namespace ogpx::exporter {
namespace {

using J = nlohmann::json;

class Reader {
 public:
  bool failed() const { return error_.has_value(); }
  Error error() const { return *error_; }

  // The member `key` of `obj`, or nullptr when absent or obj is not an object.
  const J* Get(const J& obj, const char* key) {
    if (!obj.is_object()) return nullptr;
    auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
  }

  void Fail(const std::string& path, const char* expected) {
    if (!error_)
      error_ = Error{ErrorKind::kUsage, "", std::nullopt,
                     "ogpx/1 JSON: " + path + ": expected " + expected};
  }

  std::optional<std::string> OptString(const J& obj, const char* key, const std::string& path) {
    const J* v = Get(obj, key);
    if (!v || v->is_null()) return std::nullopt;
    if (!v->is_string()) {
      Fail(path + "/" + key, "a string or null");
      return std::nullopt;
    }
    return v->get<std::string>();
  }

  std::string String(const J& obj, const char* key, const std::string& path) {
    return OptString(obj, key, path).value_or("");
  }

  std::optional<int> OptInt(const J& obj, const char* key, const std::string& path) {
    const J* v = Get(obj, key);
    if (!v || v->is_null()) return std::nullopt;
    if (!v->is_number_integer()) {
      Fail(path + "/" + key, "an integer or null");
      return std::nullopt;
    }
    return v->get<int>();
  }

  std::optional<double> OptDouble(const J& obj, const char* key, const std::string& path) {
    const J* v = Get(obj, key);
    if (!v || v->is_null()) return std::nullopt;
    if (!v->is_number()) {
      Fail(path + "/" + key, "a number or null");
      return std::nullopt;
    }
    return v->get<double>();
  }

  template <typename T>
  std::vector<T> List(const J& obj, const char* key, const std::string& path) {
    std::vector<T> out;
    const J* v = Get(obj, key);
    if (!v || v->is_null()) return out;
    if (!v->is_array()) {
      Fail(path + "/" + key, "an array");
      return out;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
      const J& item = (*v)[i];
      if constexpr (std::is_same_v<T, int>) {
        if (!item.is_number_integer()) Fail(path + "/" + key + "/" + std::to_string(i), "an integer");
        else out.push_back(item.get<int>());
      } else {
        if (!item.is_string()) Fail(path + "/" + key + "/" + std::to_string(i), "a string");
        else out.push_back(item.get<std::string>());
      }
    }
    return out;
  }

  // `obj[key]` when it is an object; an empty object when absent or null.
  const J& Object(const J& obj, const char* key, const std::string& path) {
    static const J kEmpty = J::object();
    const J* v = Get(obj, key);
    if (!v || v->is_null()) return kEmpty;
    if (!v->is_object()) {
      Fail(path + "/" + key, "an object or null");
      return kEmpty;
    }
    return *v;
  }

  model::YearSpan Span(const J& obj, const char* key, const std::string& path) {
    const J& s = Object(obj, key, path);
    std::string p = path + "/" + key;
    return {OptInt(s, "start", p), OptInt(s, "end", p)};
  }

  model::Stakeholders Supporting(const J& obj, const std::string& path) {
    const J& s = Object(obj, "supporting", path);
    std::string p = path + "/supporting";
    return {List<std::string>(s, "government", p), List<std::string>(s, "civil_society", p),
            List<std::string>(s, "other", p)};
  }

  // Calls f(item, path) for each element of the array obj[key].
  template <typename F>
  void Each(const J& obj, const char* key, const std::string& path, F f) {
    const J* v = Get(obj, key);
    if (!v || v->is_null()) return;
    if (!v->is_array()) return Fail(path + "/" + key, "an array");
    for (std::size_t i = 0; i < v->size() && !failed(); ++i)
      f((*v)[i], path + "/" + key + "/" + std::to_string(i));
  }

 private:
  std::optional<Error> error_;
};

model::Milestone ReadMilestone(Reader& r, const J& j, const std::string& p) {
  model::Milestone m;
  m.number = r.String(j, "number", p);
  const J* g = r.Get(j, "group");
  if (g && !g->is_null())
    m.group = model::MilestoneGroup{r.String(*g, "number", p + "/group"),
                                    r.String(*g, "title", p + "/group")};
  m.text = r.String(j, "text", p);
  m.outputs = r.List<std::string>(j, "outputs", p);
  const J* d = r.Get(j, "due");
  if (d && !d->is_null())
    m.due = model::Due{r.String(*d, "raw", p + "/due"), r.OptInt(*d, "start", p + "/due"),
                       r.OptInt(*d, "end", p + "/due"), r.OptString(*d, "start_date", p + "/due"),
                       r.OptString(*d, "end_date", p + "/due")};
  m.lead = r.List<std::string>(j, "lead", p);
  m.supporting = r.Supporting(j, p);
  m.pages = r.List<int>(j, "pages", p);
  return m;
}

model::ActionPlan ReadPlan(Reader& r, const J& j, const std::string& p) {
  model::ActionPlan plan;
  plan.country = r.OptString(j, "country", p);
  plan.plan_number = r.OptInt(j, "plan_number", p);
  plan.period = r.Span(j, "period", p);
  plan.title = r.OptString(j, "title", p);
  plan.template_name = r.OptString(j, "template", p);
  const J& part = r.Object(j, "participants", p);
  plan.participants.government = r.List<std::string>(part, "government", p + "/participants");
  plan.participants.civil_society =
      r.List<std::string>(part, "civil_society", p + "/participants");
  r.Each(j, "commitments", p, [&](const J& cj, const std::string& cp) {
    model::Commitment c;
    c.number = r.String(cj, "number", cp);
    c.title = r.OptString(cj, "title", cp);
    c.lead = r.List<std::string>(cj, "lead", cp);
    c.supporting = r.Supporting(cj, cp);
    c.period = r.Span(cj, "period", cp);
    const J& pr = r.Object(cj, "problem", cp);
    std::string pp = cp + "/problem";
    c.problem = {r.OptString(pr, "problem", pp), r.OptString(pr, "causes", pp),
                 r.OptString(pr, "done_so_far", pp), r.OptString(pr, "solution", pp),
                 r.OptString(pr, "results", pp)};
    c.id = r.OptString(cj, "id", cp);
    c.theme = r.OptString(cj, "theme", cp);
    c.description = r.OptString(cj, "description", cp);
    c.objective = r.OptString(cj, "objective", cp);
    c.relevance = r.OptString(cj, "relevance", cp);
    c.ambition = r.OptString(cj, "ambition", cp);
    if (const J* a = r.Get(cj, "analysis"); a && !a->is_null()) {
      const J& aj = r.Object(cj, "analysis", cp);
      std::string ap = cp + "/analysis";
      c.analysis = model::Analysis{r.OptString(aj, "transparency", ap),
                                   r.OptString(aj, "accountability", ap),
                                   r.OptString(aj, "participation", ap)};
    }
    if (const J* k = r.Get(cj, "contact"); k && !k->is_null()) {
      const J& kj = r.Object(cj, "contact", cp);
      std::string kp = cp + "/contact";
      c.contact = model::Contact{r.OptString(kj, "name", kp), r.OptString(kj, "title", kp),
                                 r.OptString(kj, "email", kp), r.OptString(kj, "phone", kp)};
    }
    r.Each(cj, "milestones", cp, [&](const J& mj, const std::string& mp) {
      c.milestones.push_back(ReadMilestone(r, mj, mp));
    });
    c.pages = r.List<int>(cj, "pages", cp);
    plan.commitments.push_back(std::move(c));
  });
  return plan;
}

model::Order ReadOrder(Reader& r, const J& j, const std::string& p) {
  model::Order o;
  o.issuer = r.OptString(j, "issuer", p);
  o.title = r.OptString(j, "title", p);
  o.number = r.OptString(j, "number", p);
  o.date = r.OptString(j, "date", p);
  o.place = r.OptString(j, "place", p);
  o.subject = r.OptString(j, "subject", p);
  o.legal_basis = r.OptString(j, "legal_basis", p);
  o.clauses = r.List<std::string>(j, "clauses", p);
  const J& s = r.Object(j, "signatory", p);
  o.signatory = {r.OptString(s, "name", p + "/signatory"),
                 r.OptString(s, "position", p + "/signatory")};
  const J* a = r.Get(j, "approves");
  if (a && !a->is_null())
    o.approves = model::Approves{r.OptString(*a, "title", p + "/approves"),
                                 r.Span(*a, "period", p + "/approves")};
  o.pages = r.List<int>(j, "pages", p);
  return o;
}

model::ProgressReport ReadReport(Reader& r, const J& j, const std::string& p) {
  model::ProgressReport rep;
  rep.report_type = r.OptString(j, "report_type", p);
  rep.agency = r.OptString(j, "agency", p);
  const J& plan = r.Object(j, "plan", p);
  rep.plan = {r.OptString(plan, "country", p + "/plan"), r.OptInt(plan, "plan_number", p + "/plan")};
  const J& per = r.Object(j, "period", p);
  rep.period = {r.OptString(per, "start", p + "/period"), r.OptString(per, "end", p + "/period"),
                r.OptString(per, "label", p + "/period")};
  rep.submitted = r.OptString(j, "submitted", p);
  r.Each(j, "entries", p, [&](const J& ej, const std::string& ep) {
    model::ReportEntry e;
    e.milestone = r.String(ej, "milestone", ep);
    e.commitment = r.OptString(ej, "commitment", ep);
    if (auto s = r.OptString(ej, "status", ep)) {
      e.status = model::StatusFromName(*s);
      if (!e.status) r.Fail(ep + "/status", "not_started, limited, substantial or complete");
    }
    e.progress_percent = r.OptInt(ej, "progress_percent", ep);
    e.results = r.OptString(ej, "results", ep);
    e.evidence = r.List<std::string>(ej, "evidence", ep);
    e.next_steps = r.OptString(ej, "next_steps", ep);
    e.pages = r.List<int>(ej, "pages", ep);
    rep.entries.push_back(std::move(e));
  });
  return rep;
}

}  // namespace

Result<model::Document> FromJson(const nlohmann::json& json) try {
  Reader r;
  if (!json.is_object()) r.Fail("", "an object");
  auto schema = r.OptString(json, "schema", "");
  if (!r.failed() && schema != std::string(kSchemaId)) r.Fail("/schema", "\"ogpx/1\"");
  model::Document doc;
  const J& src = r.Object(json, "source", "");
  doc.source.file = r.String(src, "file", "/source");
  doc.source.sha256 = r.String(src, "sha256", "/source");
  doc.source.pages = r.OptInt(src, "pages", "/source").value_or(0);
  doc.source.language = r.List<std::string>(src, "language", "/source");
  doc.source.ocr_pages = r.List<int>(src, "ocr_pages", "/source");
  std::string kind = r.String(json, "kind", "");
  auto k = model::KindFromName(kind);
  if (!k && !r.failed()) r.Fail("/kind", "action_plan, order, progress_report or other");
  doc.kind = k.value_or(model::Kind::kOther);
  doc.kind_confidence = r.OptDouble(json, "kind_confidence", "");
  // Only the object of the document's kind is read (as only it is written).
  const J* v = r.Get(json, kind.c_str());
  if (v && !v->is_null() && !v->is_object()) r.Fail("/" + kind, "an object or null");
  if (v && v->is_object()) {
    if (doc.kind == model::Kind::kActionPlan) doc.action_plan = ReadPlan(r, *v, "/action_plan");
    if (doc.kind == model::Kind::kOrder) doc.order = ReadOrder(r, *v, "/order");
    if (doc.kind == model::Kind::kProgressReport)
      doc.progress_report = ReadReport(r, *v, "/progress_report");
  }
  r.Each(json, "warnings", "", [&](const J& wj, const std::string& wp) {
    doc.warnings.push_back(
        {r.OptInt(wj, "page", wp), r.String(wj, "code", wp), r.String(wj, "message", wp)});
  });
  if (r.failed()) return r.error();
  return doc;
} catch (const std::exception& e) {
  return Error{ErrorKind::kInternal, "", std::nullopt, std::string("ogpx/1 JSON: ") + e.what()};
}

}  // namespace ogpx::exporter
