#include "model/schema_views.h"

#include "model/dialect.h"

namespace ogpx::model::schema {
namespace {

using sql::Dialect;

// Milestone number as compared when linking (rows::MilestoneKey): blanks
// and tabs off both ends, trailing dots off.
std::string KeyOf(Dialect d, std::string_view column) {
  const std::string tab = dialect::Char(d, 9);
  return "rtrim(ltrim(" + std::string(column) + ", ' ' || " + tab + "), ' .' || " + tab + ")";
}

// Deletes the children of a deleted row even when the deleting connection has
// foreign keys OFF; with them ON the cascade has done it and these find nothing.
constexpr const char* kCascades = R"sql(
CREATE TRIGGER documents_cascade AFTER DELETE ON documents BEGIN
  DELETE FROM pages WHERE document_id = OLD.id;
  DELETE FROM plans WHERE document_id = OLD.id;
  DELETE FROM orders WHERE document_id = OLD.id;
  DELETE FROM reports WHERE document_id = OLD.id;
  DELETE FROM provenance WHERE document_id = OLD.id;
  DELETE FROM warnings WHERE document_id = OLD.id;
END;
CREATE TRIGGER plans_cascade AFTER DELETE ON plans BEGIN
  DELETE FROM participants WHERE plan_id = OLD.id;
  DELETE FROM commitments WHERE plan_id = OLD.id;
END;
CREATE TRIGGER commitments_cascade AFTER DELETE ON commitments BEGIN
  DELETE FROM milestones WHERE commitment_id = OLD.id;
  DELETE FROM stakeholder_roles WHERE commitment_id = OLD.id;
END;
CREATE TRIGGER milestones_cascade AFTER DELETE ON milestones BEGIN
  DELETE FROM outputs WHERE milestone_id = OLD.id;
  DELETE FROM stakeholder_roles WHERE milestone_id = OLD.id;
  UPDATE report_entries SET milestone_id = NULL WHERE milestone_id = OLD.id;
END;
CREATE TRIGGER orders_cascade AFTER DELETE ON orders BEGIN
  DELETE FROM order_clauses WHERE order_id = OLD.id;
END;
CREATE TRIGGER reports_cascade AFTER DELETE ON reports BEGIN
  DELETE FROM report_entries WHERE report_id = OLD.id;
END;
CREATE TRIGGER report_entries_cascade AFTER DELETE ON report_entries BEGIN
  DELETE FROM report_evidence WHERE entry_id = OLD.id;
END;
CREATE TRIGGER organisations_cascade AFTER DELETE ON organisations BEGIN
  DELETE FROM org_aliases WHERE org_id = OLD.id;
END;
)sql";

// Orphans left by deletes made before version 4 with foreign keys OFF.
constexpr const char* kRepair = R"sql(
DELETE FROM pages WHERE document_id NOT IN (SELECT id FROM documents);
DELETE FROM plans WHERE document_id NOT IN (SELECT id FROM documents);
DELETE FROM orders WHERE document_id NOT IN (SELECT id FROM documents);
DELETE FROM reports WHERE document_id NOT IN (SELECT id FROM documents);
DELETE FROM provenance WHERE document_id NOT IN (SELECT id FROM documents);
DELETE FROM warnings WHERE document_id NOT IN (SELECT id FROM documents);
DELETE FROM participants WHERE plan_id NOT IN (SELECT id FROM plans);
DELETE FROM commitments WHERE plan_id NOT IN (SELECT id FROM plans);
DELETE FROM milestones WHERE commitment_id NOT IN (SELECT id FROM commitments);
DELETE FROM outputs WHERE milestone_id NOT IN (SELECT id FROM milestones);
DELETE FROM stakeholder_roles
  WHERE (commitment_id IS NOT NULL AND commitment_id NOT IN (SELECT id FROM commitments))
     OR (milestone_id IS NOT NULL AND milestone_id NOT IN (SELECT id FROM milestones));
DELETE FROM order_clauses WHERE order_id NOT IN (SELECT id FROM orders);
DELETE FROM report_entries WHERE report_id NOT IN (SELECT id FROM reports);
UPDATE report_entries SET milestone_id = NULL
  WHERE milestone_id IS NOT NULL AND milestone_id NOT IN (SELECT id FROM milestones);
DELETE FROM report_evidence WHERE entry_id NOT IN (SELECT id FROM report_entries);
DELETE FROM org_aliases WHERE org_id NOT IN (SELECT id FROM organisations);
)sql";

// The text each kind of row contributes to the index, from NEW or OLD.
std::string CommitmentText(const char* row) {
  std::string out;
  for (const char* col : {"title", "description", "objective", "problem", "causes", "done_so_far",
                          "solution", "results"})
    out += std::string(out.empty() ? "" : " || ' ' || ") + "coalesce(" + row + "." + col + ", '')";
  return out;
}

std::string IndexTriggers(const std::string& table, int code, const std::string& kind,
                          const std::string& text_new, const std::string& text_old_cols,
                          const char* id = "id") {
  const std::string c = std::to_string(code);
  const std::string ins = "  INSERT INTO text_search (rowid, kind, text) VALUES (NEW." + std::string(id) +
                          " * 8 + " + c + ", '" + kind + "', " + text_new + ");\n";
  const std::string del = "  DELETE FROM text_search WHERE rowid = OLD." + std::string(id) + " * 8 + " + c + ";\n";
  return "CREATE TRIGGER " + table + "_search_insert AFTER INSERT ON " + table + " BEGIN\n" + ins +
         "END;\nCREATE TRIGGER " + table + "_search_delete AFTER DELETE ON " + table + " BEGIN\n" + del +
         "END;\nCREATE TRIGGER " + table + "_search_update AFTER UPDATE OF " + text_old_cols + " ON " +
         table + " BEGIN\n" + del + ins + "END;\n";
}

std::string SearchIndex() {
  const std::string entry_text = "coalesce(NEW.results, '') || ' ' || coalesce(NEW.next_steps, '')";
  return "CREATE VIRTUAL TABLE text_search USING fts5(kind UNINDEXED, text, "
         "tokenize = 'unicode61 remove_diacritics 2');\n" +
         IndexTriggers("commitments", kSearchCommitment, "commitment", CommitmentText("NEW"),
                       "title, description, objective, problem, causes, done_so_far, solution, results") +
         IndexTriggers("milestones", kSearchMilestone, "milestone", "NEW.text", "text") +
         IndexTriggers("report_entries", kSearchResult, "result", entry_text, "results, next_steps") +
         IndexTriggers("order_clauses", kSearchClause, "clause", "NEW.text", "text", "rowid") +
         // Rows written before version 4.
         "INSERT INTO text_search (rowid, kind, text) SELECT id * 8 + 1, 'commitment', " +
         CommitmentText("commitments") + " FROM commitments;\n" +
         "INSERT INTO text_search (rowid, kind, text) SELECT id * 8 + 2, 'milestone', text FROM milestones;\n" +
         "INSERT INTO text_search (rowid, kind, text) SELECT id * 8 + 3, 'result', "
         "coalesce(results, '') || ' ' || coalesce(next_steps, '') FROM report_entries;\n" +
         "INSERT INTO text_search (rowid, kind, text) SELECT rowid * 8 + 4, 'clause', text FROM order_clauses;\n";
}

std::string Leads(Dialect d, const char* column, const char* owner, const char* field) {
  return "(SELECT " + dialect::JoinAgg(d, field, field[0] == 'n' ? "; " : ",") + " FROM (SELECT " + field +
         " FROM stakeholder_roles WHERE " + column + " = " + owner + " AND role = 'lead' ORDER BY position)" +
         dialect::SubqueryAlias(d, "leads") + ")";
}

// PostgreSQL: the view text_search(rowid, kind, text) over the four tables
// (rowid coded as in SQLite's index) and a GIN index on each table's words,
// which the search's WHERE uses through the view.
std::string PostgresSearchIndex() {
  const std::string entry = "coalesce(results, '') || ' ' || coalesce(next_steps, '')";
  const std::string commitment = CommitmentText("commitments");
  return "CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;\n"
         "CREATE FUNCTION ogpx_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE\n"
         "  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;\n"
         "CREATE VIEW text_search AS\n"
         "  SELECT id * 8 + 1 AS rowid, 'commitment'::text AS kind, " + commitment + " AS text FROM commitments\n"
         "  UNION ALL SELECT id * 8 + 2, 'milestone', text FROM milestones\n"
         "  UNION ALL SELECT id * 8 + 3, 'result', " + entry + " FROM report_entries\n"
         "  UNION ALL SELECT rowid * 8 + 4, 'clause', text FROM order_clauses;\n"
         "CREATE INDEX commitments_words ON commitments USING gin (" + dialect::PostgresWords(commitment) + ");\n"
         "CREATE INDEX milestones_words ON milestones USING gin (" + dialect::PostgresWords("text") + ");\n"
         "CREATE INDEX report_entries_words ON report_entries USING gin (" + dialect::PostgresWords(entry) + ");\n"
         "CREATE INDEX order_clauses_words ON order_clauses USING gin (" + dialect::PostgresWords("text") + ");\n";
}

std::string MilestoneStatusView(Dialect d) {
  return R"sql(
CREATE VIEW milestone_status AS
SELECT s.*, )sql" + OverdueRule(dialect::Today(d), d) + R"sql( AS overdue FROM (
WITH linked AS (
  SELECT DISTINCT c.plan_id AS plan_id, e.report_id AS report_id
  FROM report_entries e JOIN milestones m ON m.id = e.milestone_id
  JOIN commitments c ON c.id = m.commitment_id
), candidates AS (
  SELECT b.id AS plan_id, )sql" + KeyOf(d, "e.milestone") + R"sql( AS milestone_key,
         e.id AS entry_id, e.status, e.progress_percent, r.id AS report_id, d.file_name AS report_file,
         r.agency AS report_agency, r.period_label, r.period_end,
         row_number() OVER (PARTITION BY b.id, )sql" + KeyOf(d, "e.milestone") + R"sql(
           ORDER BY r.period_end IS NULL, r.period_end DESC, l.plan_id, r.id, e.position) AS rank
  FROM linked l JOIN plans a ON a.id = l.plan_id
  JOIN plans b ON )sql" + dialect::Same(d, "b.plan_number", "a.plan_number") + " AND " +
         dialect::Same(d, "b.country_key", "a.country_key") + R"sql(
  JOIN reports r ON r.id = l.report_id JOIN documents d ON d.id = r.document_id
  JOIN report_entries e ON e.report_id = r.id
)
SELECT p.id AS plan_id, p.document_id AS plan_document_id, d.file_name AS plan_file, p.country,
       p.plan_number, c.id AS commitment_id, c.position AS commitment_position,
       c.number AS commitment, c.title AS commitment_title, m.id AS milestone_id,
       m.position AS milestone_position, m.number AS milestone, m.text,
       m.due_raw, m.due_start, m.due_end,
       CASE WHEN m.due_raw IS NULL THEN NULL
            ELSE coalesce(m.due_end_date, CASE WHEN m.due_end IS NOT NULL
                                               THEN )sql" + dialect::YearEnd(d, "m.due_end") + R"sql( END) END AS due_date,
       coalesce()sql" + Leads(d, "milestone_id", "m.id", "name") + ", " + Leads(d, "commitment_id", "c.id", "name") +
         R"sql() AS lead,
       coalesce()sql" + Leads(d, "milestone_id", "m.id", "org_id") + ", " + Leads(d, "commitment_id", "c.id", "org_id") +
         R"sql() AS lead_org_ids,
       l.status, l.progress_percent, l.report_id, l.report_file, l.report_agency, l.period_label,
       l.period_end, )sql" + dialect::AsInt(d, "l.entry_id IS NULL") + R"sql( AS no_report
FROM milestones m JOIN commitments c ON c.id = m.commitment_id JOIN plans p ON p.id = c.plan_id
JOIN documents d ON d.id = p.document_id
LEFT JOIN candidates l ON l.rank = 1 AND l.plan_id = p.id AND l.milestone_key = )sql" +
         KeyOf(d, "m.number") + R"sql(
) s;
)sql";
}

std::string CommitmentSummary(Dialect d) {
  // PostgreSQL groups by every column it shows that is not of commitments
  // (c.id is the key of those).
  return R"sql(
CREATE VIEW commitment_summary AS
SELECT c.id AS commitment_id, c.plan_id, d.file_name AS plan_file, p.country, p.plan_number,
       c.position, c.number, c.title, c.period_start, c.period_end,
       (SELECT )sql" + dialect::JoinAgg(d, "name", "; ") + R"sql( FROM (SELECT name FROM stakeholder_roles
          WHERE commitment_id = c.id AND role = 'lead' ORDER BY position))sql" + dialect::SubqueryAlias(d, "leads") +
         R"sql() AS lead,
       count(s.milestone_id) AS milestones, coalesce(sum(s.overdue), 0) AS overdue,
       coalesce(sum(s.no_report), 0) AS unreported,
       coalesce(sum()sql" + dialect::AsInt(d, "s.status = 'complete'") + R"sql(), 0) AS complete
FROM commitments c JOIN plans p ON p.id = c.plan_id JOIN documents d ON d.id = p.document_id
LEFT JOIN milestone_status s ON s.commitment_id = c.id
GROUP BY c.id)sql" + (d == Dialect::kSqlite ? "" : ", d.file_name, p.country, p.plan_number") + ";";
}

constexpr const char* kSummaries = R"sql(
CREATE VIEW organisation_summary AS
SELECT o.id AS org_id, o.name, o.org_key,
       (SELECT count(*) FROM org_aliases a WHERE a.org_id = o.id) AS aliases,
       (SELECT count(*) FROM stakeholder_roles r WHERE r.org_id = o.id AND r.role = 'lead') AS lead_roles,
       (SELECT count(*) FROM stakeholder_roles r WHERE r.org_id = o.id AND r.role = 'supporting')
         AS supporting_roles,
       (SELECT count(*) FROM participants t WHERE t.org_id = o.id) AS participant_of,
       (SELECT count(*) FROM reports r WHERE r.agency_org_id = o.id) AS reports,
       (SELECT max(coalesce(r.submitted, r.period_end)) FROM reports r WHERE r.agency_org_id = o.id)
         AS latest_report
FROM organisations o;
CREATE VIEW document_summary AS
SELECT d.id AS document_id, d.file_name, d.sha256, d.kind, d.pages, d.language, d.ingested_at,
       (SELECT count(*) FROM warnings w WHERE w.document_id = d.id) AS warnings,
       (SELECT count(*) FROM commitments c JOIN plans p ON p.id = c.plan_id WHERE p.document_id = d.id)
         AS commitments,
       (SELECT count(*) FROM milestones m JOIN commitments c ON c.id = m.commitment_id
          JOIN plans p ON p.id = c.plan_id WHERE p.document_id = d.id) AS milestones,
       (SELECT count(*) FROM report_entries e JOIN reports r ON r.id = e.report_id
          WHERE r.document_id = d.id) AS report_entries
FROM documents d;
)sql";

}  // namespace

std::string OverdueRule(std::string_view as_of_sql, sql::Dialect d) {
  return "(CASE WHEN due_date IS NOT NULL AND due_date < " + std::string(as_of_sql) + " AND " +
         dialect::NotSame(d, "status", "'complete'") + " THEN 1 ELSE 0 END)";
}

// Alias tables loaded (Store::LoadAliases): the same bytes again are not
// loaded again, so the default table costs nothing on every ingest.
constexpr const char* kAliasLoads = R"sql(
CREATE TABLE alias_loads (
  sha256 TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  pairs INTEGER NOT NULL,
  loaded_at TEXT NOT NULL
);
)sql";

std::string V4Sql(sql::Dialect d) {
  // PostgreSQL enforces foreign keys on every connection: no cascade
  // triggers, no orphans to repair; its search index is its own.
  const std::string views = MilestoneStatusView(d) + CommitmentSummary(d) + kSummaries + kAliasLoads;
  if (d == Dialect::kPostgres) return PostgresSearchIndex() + views;
  return std::string(kRepair) + kCascades + SearchIndex() + views;
}

}  // namespace ogpx::model::schema
