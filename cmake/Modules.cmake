# The shared modules ogpx opens on first use (base/module.h,
# docs/performance.md "Start-up"): ogpx_ocr.so (Tesseract, Leptonica) and
# ogpx_pg.so (libpq). The ogpx executable links neither: its start-up maps
# and relocates the libraries every run needs, not those only OCR or
# PostgreSQL need.
#
# Built next to the ogpx executable (the build tree's place for them) and
# installed in ${CMAKE_INSTALL_LIBDIR}/ogpx (component runtime, so in the
# .deb). A module holds its own position-independent copy of the code it
# runs (ogpx_<name>_code, over ogpx_base_pic) and exports only its factory.
# Tests, fuzz targets and benches link that code itself with
# ogpx_<name>_linked, which hands it over before main: they open no file.
# ogpx_ocr_code and ogpx_pg_code include ingest/ and model/ headers but link
# only base: what else of ingest or model they need is built into them.

include(GNUInstallDirs)

# Where base/module.cpp looks: the installed folder relative to the installed
# executable, and absolute (for other programs linking the libraries).
set(OGPX_MODULE_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/ogpx)
file(RELATIVE_PATH OGPX_MODULE_RELDIR ${CMAKE_INSTALL_FULL_BINDIR}
     ${CMAKE_INSTALL_FULL_LIBDIR}/ogpx)

# The compile definitions of base/module.cpp.
function(ogpx_module_definitions target)
  target_compile_definitions(${target} PRIVATE
    OGPX_MODULE_BUILD="${PROJECT_VERSION}"
    OGPX_MODULE_RELDIR="${OGPX_MODULE_RELDIR}"
    OGPX_MODULE_INSTALLDIR="${CMAKE_INSTALL_FULL_LIBDIR}/ogpx")
endfunction()

# ingest's sources that go into the OCR module only (ingest/ocr_module.h).
set(OGPX_OCR_MODULE_ONLY
  ocr.cpp ocr_cells.cpp ocr_engine.cpp ocr_fix.cpp ocr_image.cpp ocr_ink.cpp ocr_lines.cpp ocr_reading.cpp
  ocr_reread.cpp raster.cpp scan_cleanup.cpp scan_rules.cpp page_pictures.cpp isolated.cpp
  word_lines.cpp ocr_module_entry.cpp ocr_linked.cpp)
# ingest's sources the OCR module needs too (also in ogpx_ingest).
set(OGPX_OCR_MODULE_SHARED page_slots.cpp page_text.cpp poppler_globals.cpp tessdata.cpp)

# ogpx_base again, position-independent, for the modules.
function(ogpx_base_pic)
  get_target_property(srcs ogpx_base SOURCES)
  add_library(ogpx_base_pic STATIC ${srcs})
  set_target_properties(ogpx_base_pic PROPERTIES POSITION_INDEPENDENT_CODE ON)
  target_include_directories(ogpx_base_pic PUBLIC ${PROJECT_SOURCE_DIR})
  target_compile_features(ogpx_base_pic PUBLIC cxx_std_20)
  target_link_libraries(ogpx_base_pic PUBLIC PkgConfig::ICU ${CMAKE_DL_LIBS})
  ogpx_module_definitions(ogpx_base_pic)
endfunction()

# A module `name` (ogpx_<name>.so) from its factory source `entry`, over the
# code library `code`; and ogpx_<name>_linked (`entry` and `linked`, which
# hands the module to the library `host` that opens it otherwise) for
# programs that carry the code themselves.
function(ogpx_module name code entry linked host)
  add_library(ogpx_${name} MODULE ${entry})
  target_link_libraries(ogpx_${name} PRIVATE ${code})
  set_target_properties(ogpx_${name} PROPERTIES
    PREFIX "" LIBRARY_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
  # The static libraries' symbols not exported, and every symbol resolved
  # within (no undefined ones left for the loader to find in the
  # executable), but in sanitizer builds, whose run-time is the executable's.
  target_link_options(ogpx_${name} PRIVATE -Wl,--exclude-libs,ALL)
  if(NOT OGPX_FUZZ AND NOT OGPX_SANITIZE)
    target_link_options(ogpx_${name} PRIVATE -Wl,-z,defs)
  endif()
  install(TARGETS ogpx_${name} LIBRARY DESTINATION ${OGPX_MODULE_INSTALL_DIR} COMPONENT runtime)
  add_library(ogpx_${name}_linked OBJECT ${entry} ${linked})
  target_link_libraries(ogpx_${name}_linked PUBLIC ${code} ${host})
endfunction()

# The OCR module.
function(ogpx_ocr_module)
  if(NOT TARGET ogpx_base_pic)
    ogpx_base_pic()
  endif()
  set(srcs ${OGPX_OCR_MODULE_ONLY} ${OGPX_OCR_MODULE_SHARED})
  list(REMOVE_ITEM srcs ocr_module_entry.cpp ocr_linked.cpp)
  list(TRANSFORM srcs PREPEND ${PROJECT_SOURCE_DIR}/ingest/)
  add_library(ogpx_ocr_code STATIC ${srcs})
  set_target_properties(ogpx_ocr_code PROPERTIES POSITION_INDEPENDENT_CODE ON)
  target_link_libraries(ogpx_ocr_code PUBLIC ogpx_base_pic PRIVATE PkgConfig::POPPLER PkgConfig::TESSERACT
                        PkgConfig::LEPTONICA PkgConfig::FONTCONFIG Threads::Threads OpenMP::OpenMP_CXX)
  target_compile_definitions(ogpx_ocr_code PRIVATE
    OGPX_TESSDATA_HINT="/usr/share/tesseract-ocr/5/tessdata")
  ogpx_module(ocr ogpx_ocr_code ${PROJECT_SOURCE_DIR}/ingest/ocr_module_entry.cpp
              ${PROJECT_SOURCE_DIR}/ingest/ocr_linked.cpp ogpx_ingest)
endfunction()

# model's sources that go into the PostgreSQL module only (model/pg_module.h),
# and those it needs too (also in ogpx_model).
set(OGPX_PG_MODULE_ONLY sql_postgres.cpp pg_module_entry.cpp pg_linked.cpp)
set(OGPX_PG_MODULE_SHARED sql.cpp)

# The PostgreSQL module.
function(ogpx_pg_module)
  if(NOT TARGET ogpx_base_pic)
    ogpx_base_pic()
  endif()
  set(srcs sql_postgres.cpp ${OGPX_PG_MODULE_SHARED})
  list(TRANSFORM srcs PREPEND ${PROJECT_SOURCE_DIR}/model/)
  add_library(ogpx_pg_code STATIC ${srcs})
  set_target_properties(ogpx_pg_code PROPERTIES POSITION_INDEPENDENT_CODE ON)
  target_link_libraries(ogpx_pg_code PUBLIC ogpx_base_pic PRIVATE PkgConfig::LIBPQ)
  ogpx_module(pg ogpx_pg_code ${PROJECT_SOURCE_DIR}/model/pg_module_entry.cpp
              ${PROJECT_SOURCE_DIR}/model/pg_linked.cpp ogpx_model)
endfunction()
