// Leads written as a sentence (extract/plan/narrative.h SplitLeadList): one
// name each, split at commas and at conjunctions before an organisation's
// head word, but not inside a name that lists its fields.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/plan/narrative.h"

namespace ogpx::extract::plan {
namespace {

using Names = std::vector<std::string>;

TEST(SplitLeadList, CommasAndConjunctionsBetweenOrganisations) {
  EXPECT_EQ(SplitLeadList("Ministry of Finance, Ministry of Health and Ministry of Justice"),
            (Names{"Ministry of Finance", "Ministry of Health", "Ministry of Justice"}));
  // After a comma, a conjunction before an organisation starts the next one,
  // whatever conjunctions that one's name holds.
  EXPECT_EQ(SplitLeadList("Departamento Nacional de Planeación – DNP, y Ministerio de las Tecnologías de "
                          "Información y Comunicaciones - Mintic"),
            (Names{"Departamento Nacional de Planeación – DNP",
                   "Ministerio de las Tecnologías de Información y Comunicaciones - Mintic"}));
}

TEST(SplitLeadList, ANameThatListsItsFieldsStaysWhole) {
  EXPECT_EQ(SplitLeadList("Department of Innovation, Science and Economic Development"),
            (Names{"Department of Innovation, Science and Economic Development"}));
  EXPECT_EQ(SplitLeadList("Department for Digital, Culture, Media and Sport"),
            (Names{"Department for Digital, Culture, Media and Sport"}));
  // Such a name beside another organisation.
  EXPECT_EQ(SplitLeadList("Ministry of Education, Culture and Science, Office of the Prime Minister"),
            (Names{"Ministry of Education, Culture and Science", "Office of the Prime Minister"}));
}

}  // namespace
}  // namespace ogpx::extract::plan
