// The vocabularies (lang/data/*.tsv) and the code that reads them.
#include "lang/vocabulary.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "extract/common/numbers.h"
#include "extract/plan/labels.h"

namespace ogpx::lang {
namespace {

TEST(Vocabulary, ShippedFilesAreWellFormed) {
  for (const std::string& error : CheckShippedFiles()) ADD_FAILURE() << error;
}

TEST(Vocabulary, EnglishMongolianAndSpanishAreSupported) {
  EXPECT_TRUE(Supported("en"));
  EXPECT_TRUE(Supported("mn"));
  EXPECT_TRUE(Supported("es"));
  EXPECT_FALSE(Supported("id"));
  EXPECT_FALSE(Supported("identify"));  // the identification file is no vocabulary
  EXPECT_EQ(LanguageName("id"), "Indonesian");
  EXPECT_EQ(LanguageName("es"), "Spanish");
}

TEST(Vocabulary, ParseReportsTheMalformedLine) {
  ParseResult ok = ParseVocabulary("xx", "# comment\nkind.letter\tsalutation\tDear\nplan.label\tlead\tJefe\texact\n");
  EXPECT_EQ(ok.error, "");
  ASSERT_EQ(ok.terms.size(), 2u);
  EXPECT_EQ(ok.terms[0].phrase, "dear");  // folded
  EXPECT_TRUE(ok.terms[1].exact);
  ParseResult bad = ParseVocabulary("xx", "ordinal\t2\tsecond\nordinal\t3\n");
  EXPECT_EQ(bad.error, "xx.tsv: line 2: expected 'category<TAB>value<TAB>phrase[<TAB>exact]'");
  ParseResult flag = ParseVocabulary("xx", "ordinal\t2\tsecond\tprefix\n");
  EXPECT_NE(flag.error, "");
}

TEST(Vocabulary, TermsMatchAtTheStartOfAWordAndMayTakeASuffix) {
  const Term* t = FindTerm("kind.response", "b1.1 - what we heard");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->language, "en");
  EXPECT_EQ(FindTerm("kind.response", "somewhat we heardx"), nullptr);  // not at a word start
  EXPECT_NE(FindTerm("kind.report.phrase", "хэрэгжилтийн тайлангийн"), nullptr);
}

TEST(Vocabulary, OrdinalsOfEveryLanguageGivePlanNumbers) {
  EXPECT_EQ(extract::ParseOrdinal("SECOND"), 2);
  EXPECT_EQ(extract::ParseOrdinal("twenty-first"), 21);
  EXPECT_EQ(extract::ParseOrdinal("Segundo"), 2);
  EXPECT_EQ(extract::ParseOrdinal("tercer"), 3);
  EXPECT_EQ(extract::ParseOrdinal("тавдугаар"), 5);
  EXPECT_EQ(extract::ParseOrdinal("II"), 2);
  EXPECT_FALSE(extract::ParseOrdinal("secondary").has_value());
}

TEST(Vocabulary, SpanishTemplateLabelsAreLabels) {
  EXPECT_NE(StartsWithTerm("plan.label", "entidad responsable: ministerio de justicia"), nullptr);
  EXPECT_EQ(StartsWithTerm("plan.label", "entidad responsable: x")->value, "lead");
  EXPECT_EQ(StartsWithTerm("plan.label", "metas:")->value, "milestones");
}

}  // namespace
}  // namespace ogpx::lang

namespace ogpx::extract {
namespace {

// The template's Spanish wording reaches the same labels as the English one
// (lang/data/es.tsv), the question marks of Spanish included.
TEST(Vocabulary, SpanishTemplateQuestionsAreTheTemplateLabels) {
  EXPECT_EQ(MatchLabel("¿Cuál es la problemática que el compromiso aborda?"), PlanLabel::kProblem);
  EXPECT_EQ(MatchLabel("Institución o actor responsable de la implementación"), PlanLabel::kLead);
  EXPECT_EQ(MatchLabel("¿Por qué es relevante a los valores de OGP?"), PlanLabel::kRelevance);
  EXPECT_EQ(MatchLabel("Fecha de inicio y término del compromiso: enero 2016 – junio 2018"), PlanLabel::kPeriod);
  EXPECT_EQ(MatchLabel("Sociedad civil"), PlanLabel::kCivilSociety);
}

}  // namespace
}  // namespace ogpx::extract

namespace ogpx::lang {
namespace {

TEST(Vocabulary, LabelledValueIsTheTextAfterALabelAndItsColon) {
  auto a = LabelledValue("report.row", "Status : Substantial (70% complete)");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->term->value, "level");
  EXPECT_EQ(a->value, "Substantial (70% complete)");
  // An exact label is the whole text before the colon.
  auto b = LabelledValue("report.row", "Evidence: https://example.org/a");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->term->value, "evidence");
  EXPECT_EQ(b->value, "https://example.org/a");
  auto c = LabelledValue("report.row", "Results:");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "");
  // No colon, or more words before it: no label.
  EXPECT_FALSE(LabelledValue("report.row", "Status of the register is unclear"));
  EXPECT_FALSE(LabelledValue("report.row", "Status report of the ministry: late"));
}

}  // namespace
}  // namespace ogpx::lang
