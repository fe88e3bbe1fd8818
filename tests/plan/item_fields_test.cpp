// Labelled fields that close a list item (extract/plan/item_fields.h).
#include "extract/plan/item_fields.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ogpx::extract::plan {
namespace {

TEST(ItemFields, FieldsAfterTheTextGiveTheLeadAndTheDates) {
  std::vector<std::string> lines{"Publicar los datos del inventario en formato", "abierto.",
                                 "Responsable: Dirección Nacional de Cambio Climático · Inicio: enero 2024 ·",
                                 "Término: agosto 2024"};
  const auto f = TakeItemFields(lines);
  ASSERT_TRUE(f);
  EXPECT_EQ(lines, (std::vector<std::string>{"Publicar los datos del inventario en formato", "abierto."}));
  EXPECT_EQ(f->lead, (std::vector<std::string>{"Dirección Nacional de Cambio Climático"}));
  ASSERT_TRUE(f->due);
  EXPECT_EQ(f->due->start, 2024);
  EXPECT_EQ(f->due->end, 2024);
}

TEST(ItemFields, EnglishFieldsAndADueDate) {
  std::vector<std::string> lines{"Launch the portal.", "Lead: Ministry of Finance | Due: Q3 2025"};
  const auto f = TakeItemFields(lines);
  ASSERT_TRUE(f);
  EXPECT_EQ(lines.size(), 1u);
  EXPECT_EQ(f->lead, (std::vector<std::string>{"Ministry of Finance"}));
  ASSERT_TRUE(f->due);
  EXPECT_EQ(f->due->end, 2025);
}

TEST(ItemFields, TextWithoutALabelledLineIsLeftAlone) {
  // A label word inside the text, or without its colon, is no field.
  std::vector<std::string> lines{"Publish the register.", "Responsible ministries will report yearly.",
                                 "Start of the pilot in 2024"};
  EXPECT_FALSE(TakeItemFields(lines));
  EXPECT_EQ(lines.size(), 3u);
  // The first line is the item's own text even when it opens with a label.
  std::vector<std::string> one{"Deadline: a date set by the board"};
  EXPECT_FALSE(TakeItemFields(one));
}

}  // namespace
}  // namespace ogpx::extract::plan
