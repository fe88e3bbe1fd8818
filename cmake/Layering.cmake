# The layering of DESIGN.md, checked at configure time: every #include "x/..."
# in a library's folder must name the library itself or one it may depend on.
# A violation stops the configure with the file, the include and the rule, so
# the build cannot see a layer it is not allowed to (tests/cmake checks that
# this check fires).
#
# ogpx_check_layering(<folder> ALLOWED <folders...>)
function(ogpx_check_layering dir)
  cmake_parse_arguments(L "" "" "ALLOWED" ${ARGN})
  set(libraries base ingest layout lang extract model export cli)
  set(depends CONFIGURE_DEPENDS)
  if(CMAKE_SCRIPT_MODE_FILE)  # the test runs the check as a script
    set(depends)
  endif()
  file(GLOB_RECURSE files ${depends} ${CMAKE_CURRENT_SOURCE_DIR}/${dir}/*.h
       ${CMAKE_CURRENT_SOURCE_DIR}/${dir}/*.cpp)
  foreach(f IN LISTS files)
    file(STRINGS ${f} lines REGEX "^#include \"[a-z]+/")
    foreach(line IN LISTS lines)
      string(REGEX MATCH "^#include \"([a-z]+)/" _ "${line}")
      set(used ${CMAKE_MATCH_1})
      if(used STREQUAL dir OR NOT used IN_LIST libraries)
        continue()
      endif()
      if(NOT used IN_LIST L_ALLOWED)
        file(RELATIVE_PATH rel ${CMAKE_CURRENT_SOURCE_DIR} ${f})
        message(FATAL_ERROR "layering: ${rel} includes ${used}/ (${line}); "
                "${dir}/ may use only: ${L_ALLOWED} (DESIGN.md)")
      endif()
    endforeach()
  endforeach()
endfunction()
