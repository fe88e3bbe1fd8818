# What the ogpx libraries link, found one way for the build (CMakeLists.txt,
# REQUIRED) and for a program using the installed package (ogpxConfig.cmake,
# installed beside it; QUIET, a missing one makes find_package(ogpx) fail
# with its name). The libraries are static: a program that links them links
# these too. The pkg-config modules also make ogpx.pc's Requires.
#
# Pairs: the PkgConfig::<NAME> imported target, then its pkg-config
# modules (separated by spaces).
set(OGPX_PKG_CONFIG_MODULES
  POPPLER "poppler"
  TESSERACT "tesseract"
  LEPTONICA "lept"
  FONTCONFIG "fontconfig"         # loaded quietly (ingest::LoadFonts)
  ICU "icu-uc icu-i18n"
  SQLITE "sqlite3"
  LIBPQ "libpq"                   # the PostgreSQL backend (libpq-dev)
  XLSXWRITER "xlsxwriter")        # export --format xlsx

# ogpx_find_dependencies(REQUIRED|QUIET): defines the imported targets
# PkgConfig::<NAME>, nlohmann_json::nlohmann_json, Threads::Threads and
# OpenMP::OpenMP_CXX (Tesseract uses libgomp; ingest caps its threads per
# OCR worker). Sets OGPX_DEPENDENCIES_MISSING to what was not found.
macro(ogpx_find_dependencies mode)
  set(OGPX_DEPENDENCIES_MISSING)
  find_package(PkgConfig ${mode})
  if(NOT PKG_CONFIG_FOUND)
    list(APPEND OGPX_DEPENDENCIES_MISSING pkg-config)
  else()
    set(_ogpx_pairs ${OGPX_PKG_CONFIG_MODULES})
    while(_ogpx_pairs)
      list(POP_FRONT _ogpx_pairs _ogpx_name _ogpx_modules)
      separate_arguments(_ogpx_modules UNIX_COMMAND "${_ogpx_modules}")
      pkg_check_modules(${_ogpx_name} ${mode} IMPORTED_TARGET ${_ogpx_modules})
      if(NOT ${_ogpx_name}_FOUND)
        list(APPEND OGPX_DEPENDENCIES_MISSING ${_ogpx_modules})
      endif()
    endwhile()
  endif()
  foreach(_ogpx_package IN ITEMS "nlohmann_json 3" Threads OpenMP)
    separate_arguments(_ogpx_args UNIX_COMMAND "${_ogpx_package}")
    find_package(${_ogpx_args} ${mode})
    list(GET _ogpx_args 0 _ogpx_package)
    if(NOT ${_ogpx_package}_FOUND)
      list(APPEND OGPX_DEPENDENCIES_MISSING ${_ogpx_package})
    endif()
  endforeach()
endmacro()
