# Test of cmake/Layering.cmake: a folder that includes a layer it may not use
# stops the configure with a message naming the file and the rule, and an
# allowed include passes. Run as `cmake -DOGPX_SOURCE_DIR=... -DWORK=... -P`.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/export ${WORK}/model)
file(WRITE ${WORK}/export/bad.cpp "#include \"model/domain.h\"\n#include \"ingest/ingest.h\"\n")
file(WRITE ${WORK}/model/good.cpp "#include \"base/status.h\"\n")
foreach(case bad good)
  if(case STREQUAL bad)
    set(call "ogpx_check_layering(export ALLOWED base model)")
  else()
    set(call "ogpx_check_layering(model ALLOWED base)")
  endif()
  file(WRITE ${WORK}/check_${case}.cmake
       "cmake_minimum_required(VERSION 3.22)\nset(CMAKE_CURRENT_SOURCE_DIR ${WORK})\ninclude(${OGPX_SOURCE_DIR}/cmake/Layering.cmake)\n${call}\n")
  execute_process(COMMAND ${CMAKE_COMMAND} -P ${WORK}/check_${case}.cmake
                  RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
  if(case STREQUAL bad)
    if(rc EQUAL 0)
      message(FATAL_ERROR "export/ including ingest/ was not refused")
    endif()
    if(NOT err MATCHES "export/bad.cpp includes ingest/")
      message(FATAL_ERROR "refused without naming the file and layer: ${err}")
    endif()
  elseif(NOT rc EQUAL 0)
    message(FATAL_ERROR "an allowed include was refused: ${err}")
  endif()
endforeach()
message(STATUS "layering: 1 violation refused, 1 allowed include passed")
