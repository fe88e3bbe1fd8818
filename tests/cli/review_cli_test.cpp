// `ogpx review`, `ogpx tables --format html` from the command line: usage,
// a PDF that moved after ingest (said, fields still listed), the same
// document reviewed from a path given with --document, pictures kept.
// The site in a browser: tests/review/review_browser_test.py.
#include <gtest/gtest.h>

#include <filesystem>

#include "run_cli.h"

namespace ogpx::testing {
namespace {

namespace fs = std::filesystem;

class ReviewCli : public TempDirTest {};

int Count(const std::string& text, const std::string& what) {
  int n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST_F(ReviewCli, UsageAndMissingInputs) {
  EXPECT_EQ(RunOgpx("review --db x.sqlite").exit_code, 2);  // no --out
  EXPECT_EQ(RunOgpx("review --out d").exit_code, 2);        // no --db
  EXPECT_EQ(RunOgpx("review --db '" + Path("none.sqlite") + "' --out '" + Path("site") + "'").exit_code, 1);
  EXPECT_EQ(RunOgpx("status --db x.sqlite --format svg").exit_code, 2);
  auto help = RunOgpx("review --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("usage: ogpx review"), std::string::npos);
}

TEST_F(ReviewCli, AMovedPdfIsNamedAndItsFieldsStillListed) {
  const std::string db = Path("ogpx.sqlite"), site = Path("site"), moved = Path("order.pdf");
  fs::copy_file(Sample("order-120-mn.pdf"), moved);
  auto ingest = RunOgpx("ingest --db '" + db + "' '" + moved + "'");
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  fs::remove(moved);
  auto review = RunOgpx("review --db '" + db + "' --out '" + site + "'");
  ASSERT_EQ(review.exit_code, 0) << review.err;
  EXPECT_NE(review.err.find("order.pdf: warning: the PDF is no longer at " + moved), std::string::npos) << review.err;
  EXPECT_NE(review.err.find(", 0 PDF pages rendered,"), std::string::npos) << review.err;
  std::string page;
  for (const auto& e : fs::directory_iterator(site))
    if (e.path().extension() == ".html" && e.path().filename().string().starts_with("order."))
      page = ReadAll(e.path());
  ASSERT_FALSE(page.empty());
  EXPECT_NE(page.find("id=\"pdf-problem\""), std::string::npos);
  const long long boxed = QueryInt(db, "SELECT count(*) FROM provenance");
  EXPECT_GT(boxed, 0);
  EXPECT_EQ(Count(page, "data-where=\"found\""), boxed);
  EXPECT_EQ(Count(page, "<img"), 0);
  EXPECT_NE(ReadAll(fs::path(site) / "index.html").find("no longer at"), std::string::npos);

  // The same bytes named by a path: rendered from there, and only once.
  auto from = RunOgpx("review --db '" + db + "' --out '" + site + "' --document '" + Sample("order-120-mn.pdf") + "'");
  ASSERT_EQ(from.exit_code, 0) << from.err;
  EXPECT_EQ(from.err.find("warning"), std::string::npos) << from.err;
  EXPECT_NE(from.err.find("1 document page written, 1 PDF page rendered"), std::string::npos) << from.err;
  auto again = RunOgpx("review --db '" + db + "' --out '" + site + "'");
  EXPECT_NE(again.err.find(", 0 PDF pages rendered,"), std::string::npos) << again.err;
  EXPECT_EQ(again.err.find("warning"), std::string::npos) << again.err;  // the pictures are there
  EXPECT_EQ(RunOgpx("review --db '" + db + "' --out '" + site + "' --document 0123456789abcdef").exit_code, 1);
}

TEST_F(ReviewCli, TablesHtmlIsAWholePageWithEachTableLabelled) {
  auto run = RunOgpx("tables '" + Sample("nap5-en.pdf") + "' --page 7 --format html");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(run.out.starts_with("<!DOCTYPE html>"));
  EXPECT_NE(run.out.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(run.out.find("<h2>Table 1 &#183; page 7 &#183; 2 &#215; 4 &#183; ruled"), std::string::npos);
  EXPECT_GE(Count(run.out, "<table class=\"cells\">"), 3);  // the stakeholder tables nested in cells
  EXPECT_TRUE(run.out.ends_with("</html>\n"));
  EXPECT_EQ(Count(run.out, "<img"), 0);
  auto images = RunOgpx("tables '" + Sample("nap5-en.pdf") + "' --page 7 --format html --images");
  ASSERT_EQ(images.exit_code, 0) << images.err;
  EXPECT_EQ(Count(images.out, "<img alt=\"page 7\" src=\"data:image/png;base64,iVBORw0KGgo"), 1);
}

}  // namespace
}  // namespace ogpx::testing
