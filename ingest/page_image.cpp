// PageImages (page_image.h): the pictures are drawn by the OCR module
// (ocr_module.h, page_pictures.cpp); this side only forwards to it.
#include "ingest/page_image.h"

#include <cstdlib>

#include "ingest/ocr_module.h"

namespace ogpx::ingest {

PageImages::PageImages(const std::string& pdf_path) : path_(pdf_path) {
  if (const OcrModule* module = GetOcrModule(error_)) pictures_ = module->Pictures(pdf_path);
}

PageImages::~PageImages() = default;

bool PageImages::ok() const { return pictures_ && pictures_->ok(); }

int PageImages::page_count() const { return pictures_ ? pictures_->page_count() : 0; }

std::optional<std::pair<double, double>> PageImages::PageSize(int number) const {
  if (!pictures_) return std::nullopt;
  return pictures_->PageSize(number);
}

std::optional<Error> PageImages::Render(int number, int dpi, int quarter_turns) {
  if (!pictures_) return Error{ErrorKind::kInternal, path_, number, error_};
  return pictures_->Render(number, dpi, quarter_turns);
}

Result<Png> PageImages::Thumbnail(int width_px) const {
  if (!pictures_) return Error{ErrorKind::kInternal, path_, std::nullopt, error_};
  return pictures_->Thumbnail(width_px);
}

Result<Png> PageImages::Crop(const Box& box) const {
  if (!pictures_) return Error{ErrorKind::kInternal, path_, std::nullopt, error_};
  return pictures_->Crop(box);
}

int QuarterTurns(const std::vector<Warning>& warnings, int page) {
  for (const Warning& w : warnings) {
    if (w.code != "page_turned" || w.page != page) continue;
    // ocr.cpp writes "... turned by <degrees> degrees clockwise ...": the
    // message's first number.
    const std::size_t at = w.message.find_first_of("0123456789");
    if (at == std::string::npos) continue;
    return (std::atoi(w.message.c_str() + at) / 90) % 4;
  }
  return 0;
}


}  // namespace ogpx::ingest
