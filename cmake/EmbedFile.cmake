# ogpx_embed_file(INPUT OUTPUT SYMBOL): writes OUTPUT, a C++ file defining
#   extern const char SYMBOL[]; extern const std::size_t SYMBOL_size;
# in namespace ogpx::embedded with the bytes of INPUT, at configure time (a
# change to INPUT reconfigures). Used for the organisation alias table that is
# loaded by default (data/org-aliases-mn-en.tsv).
function(ogpx_embed_file input output symbol)
  file(READ ${input} hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){16})" "\\1\n  " bytes "${bytes}")
  string(CONCAT content "// Generated from ${input} by cmake/EmbedFile.cmake: do not edit.\n"
                "#include <cstddef>\n\nnamespace ogpx::embedded {\n\n"
                "extern const char ${symbol}[] = {\n  ${bytes}'\\0'};\n"
                "extern const std::size_t ${symbol}_size = ${size};\n\n}  // namespace ogpx::embedded\n")
  if(EXISTS ${output})
    file(READ ${output} old)
  endif()
  if(NOT "${old}" STREQUAL "${content}")
    file(WRITE ${output} "${content}")
  endif()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${input})
endfunction()
