// page_pictures: the OCR module's side of page_image.h (internal to
// ingest/): pictures of a PDF's pages drawn with Poppler and Leptonica.
#pragma once

#include <memory>
#include <string>

#include "ingest/ocr_module.h"

namespace ogpx::ingest {

// Pictures of the pages of the PDF at `pdf_path`; check ok() before use.
std::unique_ptr<PagePictures> OpenPagePictures(const std::string& pdf_path);

}  // namespace ogpx::ingest
