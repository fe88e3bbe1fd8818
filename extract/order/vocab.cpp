// The vocabulary of government orders; see order_vocab.h.
#include "extract/order/vocab.h"

namespace ogpx::extract::order {

const Vocabulary& Words() {
  static const Vocabulary kWords{
      .act_words = {"тушаал", "захирамж", "тогтоол", "зарлиг", "шийдвэр", "order", "decree",
                    "resolution", "directive", "decision"},
      .head_genitives = {"даргын", "сайдын", "захирлын", "тэргүүний", "тэргүүлэгчдийн"},
      .number_prefixes = {"дугаар", "№", "no.", "no", "nr.", "number", "ref.", "ref"},
      .number_suffixes = {"тоот", "дугаартай"},
      .date_labels = {"date:", "date", "dated", "огноо:", "огноо"},
      .place_labels = {"place:", "place", "газар:"},
      .basis_before = {"үндэслэн", "дагуу"},
      .basis_after = {"based on", "pursuant to", "in accordance with", "in conformity with",
                      "guided by", "in accordance to", "according to"},
      .basis_end = {"i hereby", "we hereby", "hereby", "it is ordered", "i order", "order:", "orders:", "ordered:"},
      .clause_intro = {"тушаах нь", "захирах нь", "тогтоох нь", "hereby order", "hereby orders",
                       "it is hereby ordered", "order:", "orders:", "decree:", "resolve:",
                       "hereby decide"},
      .approve_stems = {"батал", "батла", "approv", "adopt"},
      .appendix_marks = {"appendix", "annex", "хавсралт"},
      .nominatives = {{"газрын", "газар"}, {"яамны", "яам"}, {"хорооны", "хороо"},
                      {"зөвлөлийн", "зөвлөл"}, {"агентлагийн", "агентлаг"}, {"төвийн", "төв"},
                      {"хурлын", "хурал"}, {"газрын", "газар"}, {"сайдын", "сайд"},
                      {"даргын", "дарга"}, {"захирлын", "захирал"}, {"танхимын", "танхим"},
                      {"албаны", "алба"}, {"хэлтсийн", "хэлтэс"}, {"газраас", "газар"},
                      {"засгийн", "засаг"}, {"ордны", "ордон"}, {"хүрээлэнгийн", "хүрээлэн"}},
      .proper_phrases = {{"хэрэг эрхлэх", "Хэрэг эрхлэх"}, {"монгол улс", "Монгол Улс"},
                         {"засгийн газ", "Засгийн газ"}, {"улсын их хурал", "Улсын Их Хурал"},
                         {"ерөнхийлөгч", "Ерөнхийлөгч"}},
      .minor_words = {"of", "the", "and", "for", "on", "in", "to", "a", "an", "by", "with", "at",
                      "or"},
  };
  return kWords;
}

}  // namespace ogpx::extract::order
