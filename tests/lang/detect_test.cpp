// Language detection (lang/detect.h) on sentences of each kind of text.
#include "lang/detect.h"

#include <gtest/gtest.h>

namespace ogpx::lang {
namespace {

TEST(Detect, EnglishSpanishAndMongolianHaveVocabularies) {
  LanguageGuess en = DetectLanguage(
      "The Administration will work with the public and civil society organizations to implement each of "
      "these commitments over the next two years.");
  EXPECT_EQ(en.code, "en");
  EXPECT_TRUE(en.supported);
  LanguageGuess es = DetectLanguage(
      "El objetivo es fortalecer la participación de la sociedad civil en el seguimiento de los compromisos "
      "del plan de acción para el periodo 2015-2017.");
  EXPECT_EQ(es.code, "es");
  EXPECT_TRUE(es.supported);
  LanguageGuess mn = DetectLanguage(
      "Нээлттэй засгийн түншлэлийн үндэсний тавдугаар төлөвлөгөөг хэрэгжүүлэх ажлын хүрээнд тайлан гаргав.");
  EXPECT_EQ(mn.code, "mn");
}

TEST(Detect, LanguagesWithoutAVocabularyAreNamedNotEnglish) {
  LanguageGuess id = DetectLanguage(
      "Rencana Aksi Nasional Indonesia yang ketiga memperluas ruang lingkup kegiatannya di berbagai sektor. "
      "Meskipun tingkat partisipasi publik meningkat, kegiatan sosialisasi masih sangat diperlukan untuk "
      "menyelaraskan komitmen yang didorong oleh masyarakat.");
  EXPECT_EQ(id.code, "id");
  EXPECT_FALSE(id.supported);
  LanguageGuess el = DetectLanguage("Με την αριθμ. πράξη του Πρύτανη διορίζεται ο υπάλληλος στη θέση του προϊσταμένου.");
  EXPECT_EQ(el.code, "el");
  EXPECT_FALSE(el.supported);
}

TEST(Detect, TooLittleTextHasNoLanguage) {
  EXPECT_EQ(DetectLanguage("12 345 — 7").code, "");
  EXPECT_EQ(DetectLanguage("Page 3").code, "");
}

}  // namespace
}  // namespace ogpx::lang
