// BuildStructure and the parts of the structure built on first use (see
// structure.h).
#include "layout/structure.h"

#include <mutex>
#include <utility>

#include "layout/lines.h"
#include "layout/outline.h"
#include "layout/rows.h"
#include "layout/running.h"
#include "layout/stream.h"
#include "layout/tables/refill.h"
#include "layout/title.h"

namespace ogpx::layout {

struct Structure::Derived {
  std::once_flag stream_once, outline_once, pages_once, rows_once, title_once;
  RefilledTables refilled;
  std::vector<StreamItem> stream;
  Outline outline;
  std::vector<PageText> pages;
  std::vector<PageRowList> rows;
  std::vector<const PageLine*> title;
};

Structure::Structure() : derived_(std::make_unique<Derived>()) {}
Structure::Structure(Structure&&) noexcept = default;
Structure& Structure::operator=(Structure&&) noexcept = default;
Structure::~Structure() = default;

const std::vector<StreamItem>& Structure::stream() const {
  std::call_once(derived_->stream_once, [&] {
    derived_->refilled = RefillEmptyCells(*doc, tables);
    derived_->stream = BuildStream(*doc, derived_->refilled.all, running);
  });
  return derived_->stream;
}

const std::vector<const PageLine*>& Structure::title() const {
  std::call_once(derived_->title_once, [&] { derived_->title = FindTitleBlock(pages()); });
  return derived_->title;
}

const Outline& Structure::outline() const {
  std::call_once(derived_->outline_once, [&] { 
    derived_->outline = BuildOutline(stream());
    AddDrawnMarks(*doc, derived_->outline);
  });
  return derived_->outline;
}

const std::vector<PageText>& Structure::pages() const {
  std::call_once(derived_->pages_once, [&] { derived_->pages = BuildPageTexts(*doc, tables); });
  return derived_->pages;
}

const std::vector<PageRowList>& Structure::rows() const {
  std::call_once(derived_->rows_once, [&] { derived_->rows = BuildPageRows(*doc); });
  return derived_->rows;
}

Structure BuildStructure(const ingest::Document& doc) {
  return BuildStructure(doc, FindTables(doc), RunningTexts(doc));
}

Structure BuildStructure(const ingest::Document& doc, std::vector<Table> tables,
                         std::vector<std::string> running) {
  Structure s;
  s.doc = &doc;
  s.tables = std::move(tables);
  s.running = std::move(running);
  return s;
}

}  // namespace ogpx::layout
