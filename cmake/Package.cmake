# The ogpx libraries for other C++ programs (issue 20, docs/install.md):
# `cmake --install` puts, under the prefix,
#   lib/libogpx_<lib>.a                    the static libraries
#   include/ogpx/<lib>/<header>.h          their public headers, folders kept
#   lib/cmake/ogpx/                        find_package(ogpx): ogpx::base,
#                                          ogpx::ingest, ogpx::layout, ogpx::lang,
#                                          ogpx::model, ogpx::extract, ogpx::export
#   lib/pkgconfig/ogpx.pc                  pkg-config --cflags --libs ogpx
# in the component `dev` (the .deb carries only `runtime`).
#
# The sources include each other as "model/domain.h", so the installed
# headers do too: a program includes <ogpx/extract/extract.h> and has both
# include/ and include/ogpx/ on its include path (the imported targets'
# INTERFACE_INCLUDE_DIRECTORIES and ogpx.pc's Cflags carry both).

include(CMakePackageConfigHelpers)

# The public headers: what the CLI and the other libraries include, and what
# those headers include in turn (each compiles on its own once installed:
# Install.Package checks it). A reader's internals stay in the source tree.
set(OGPX_PUBLIC_HEADERS
  base/diagnostics.h base/files.h base/limits.h base/status.h base/text.h
  ingest/ingest.h ingest/ocr_languages.h ingest/page_image.h
  layout/structure.h layout/tables/tables.h layout/tables/text.h
  lang/detect.h lang/vocabulary.h
  extract/extract.h extract/common/tables.h
  model/domain.h model/store.h
  export/exporter.h export/writer.h export/json.h export/csv.h export/html.h
  export/file_names.h export/output_files.h
  export/review_html.h export/review_records.h export/status_html.h)
foreach(header IN LISTS OGPX_PUBLIC_HEADERS)
  get_filename_component(folder ${header} DIRECTORY)
  install(FILES ${PROJECT_SOURCE_DIR}/${header}
          DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/ogpx/${folder} COMPONENT dev)
endforeach()

# Link order for ogpx.pc: a library before those it uses.
set(OGPX_LIBRARIES export extract layout ingest lang model base)
set(OGPX_PC_LIBS "")
foreach(lib IN LISTS OGPX_LIBRARIES)
  set_target_properties(ogpx_${lib} PROPERTIES EXPORT_NAME ${lib})
  add_library(ogpx::${lib} ALIAS ogpx_${lib})
  string(APPEND OGPX_PC_LIBS " -logpx_${lib}")
endforeach()
list(TRANSFORM OGPX_LIBRARIES PREPEND ogpx_ OUTPUT_VARIABLE targets)
install(TARGETS ${targets} EXPORT ogpxTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} ${CMAKE_INSTALL_INCLUDEDIR}/ogpx)

set(OGPX_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/ogpx)
install(EXPORT ogpxTargets NAMESPACE ogpx:: DESTINATION ${OGPX_CMAKE_DIR} COMPONENT dev)
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/ogpxConfig.cmake.in
                              ${CMAKE_BINARY_DIR}/package/ogpxConfig.cmake
                              INSTALL_DESTINATION ${OGPX_CMAKE_DIR})
# 0.x: a minor version may change the API.
write_basic_package_version_file(${CMAKE_BINARY_DIR}/package/ogpxConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/package/ogpxConfig.cmake
              ${CMAKE_BINARY_DIR}/package/ogpxConfigVersion.cmake
              ${CMAKE_CURRENT_LIST_DIR}/ogpxDependencies.cmake
        DESTINATION ${OGPX_CMAKE_DIR} COMPONENT dev)

# ogpx.pc. The libraries are static, so what they link is needed by every
# program that links them: the pkg-config modules are in Requires (not
# Requires.private, which a plain `pkg-config --libs` leaves out), OpenMP
# and threads in Libs.
set(OGPX_PC_REQUIRES "")
set(pairs ${OGPX_PKG_CONFIG_MODULES})
while(pairs)
  list(POP_FRONT pairs name modules)
  string(APPEND OGPX_PC_REQUIRES " ${modules}")
endwhile()
string(APPEND OGPX_PC_REQUIRES " nlohmann_json >= 3")
string(STRIP "${OGPX_PC_REQUIRES}" OGPX_PC_REQUIRES)
string(STRIP "${OGPX_PC_LIBS} ${OpenMP_CXX_FLAGS} ${CMAKE_THREAD_LIBS_INIT}" OGPX_PC_LIBS)
# Relocatable: the prefix is found from the .pc file's own folder, so
# `cmake --install --prefix DIR` needs no reconfigure.
file(RELATIVE_PATH OGPX_PC_PREFIX_FROM_PCDIR /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
string(REGEX REPLACE "/$" "" OGPX_PC_PREFIX_FROM_PCDIR "${OGPX_PC_PREFIX_FROM_PCDIR}")
configure_file(${CMAKE_CURRENT_LIST_DIR}/ogpx.pc.in ${CMAKE_BINARY_DIR}/package/ogpx.pc @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/package/ogpx.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT dev)
unset(pairs)
unset(targets)
