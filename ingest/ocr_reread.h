// ocr_reread: the second reading of a page's doubtful lines and words
// (internal to ingest/ocr*), with the engine its worker borrowed
// (ocr_engine.h). Languages are loaded only when a piece needs them: "eng"
// only on a page of Latin text with a line the mixed reading gave Cyrillic
// letters or a doubtful word, or for a Cyrillic word beside a Latin one.
#pragma once

#include <chrono>
#include <string>

#include "ingest/ingest.h"

struct Pix;  // Leptonica

namespace ogpx::ingest {

class OcrEngine;
struct OcrOptions;

// A second reading of what the first one doubted, each piece cropped with
// a white margin (no borders, no neighbours):
//  - on a page of Latin text (automatic language), a line with Cyrillic
//    letters is read again with eng alone: the mon model of "mon+eng"
//    sometimes wins a line of English ("Ореп Society", "Ошег Actors");
//  - elsewhere, a word Tesseract was unsure of ("1:3;" for "7.1." beside a
//    table border) is read again alone with the page's language;
//  - on a page of Cyrillic text (automatic language), a Cyrillic word of
//    four letters or more beside a Latin word is read again with eng alone,
//    and the Latin reading stays when it is as sure and is not the word's
//    own letters named in Latin (LatinTwin, ocr.h): the mon model reads an
//    English word of a name as Cyrillic ("Тгапврагепсу" above
//    "International Mongolia");
//  - on a page of Cyrillic text (automatic language), a word of at most
//    four Cyrillic capitals on a line of lower-case words is read again
//    with eng alone, and a Roman numeral of I, V and X that eng reads with
//    confidence replaces it: the mon model has no Latin letters and reads
//    a numeral as the Cyrillic capitals nearest its strokes ("ММ" for the
//    quarter "IV" in "2024 оны IV улирал").
// The new reading stays when it is surer (or, for a Latin line, sure
// enough: the mon model is often sure of its misreadings, "Опеп" 89
// against "Unen" 63); a real Mongolian name keeps its own reading.
// At most OcrOptions::max_rereads readings, and none once the page's own OCR time
// (OcrOptions::seconds_per_page, counted from `start`) is spent: a page of
// noise does not become thousands of readings; it gets "ocr_reread_cut".
// `image` is the page image read (deskewed) at `dpi`, `lang` the language it
// was read with; `automatic_lang`: no language was forced (options.ocr_lang).
void Reread(Page& page, Pix* image, double dpi, const std::string& lang, bool automatic_lang, OcrEngine& engine,
            const OcrOptions& ocr, std::chrono::steady_clock::time_point start);

}  // namespace ogpx::ingest
