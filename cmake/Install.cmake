# `cmake --install` and the Debian package (issue 20, docs/install.md).
#
# FHS places under CMAKE_INSTALL_PREFIX: bin/ogpx; share/man/man1/ogpx.1.gz
# and ogpx-COMMAND.1.gz; share/bash-completion/completions/ogpx and
# share/zsh/vendor-completions/_ogpx; share/ogpx/org-aliases-mn-en.tsv (the
# table ogpx also carries built in); share/doc/ogpx/ (README, docs/, a sample
# PDF in examples/). The man pages and completions are made at build time
# from the help text of the binary just built (tools/from_help.py), so they
# cannot disagree with it. `cpack -G DEB` makes ogpx_VERSION_ARCH.deb: its
# Depends are the shared libraries' packages (dpkg-shlibdeps) and the OCR
# language data a default run needs.

include(GNUInstallDirs)
find_package(Python3 REQUIRED COMPONENTS Interpreter)

set(OGPX_FROM_HELP ${CMAKE_BINARY_DIR}/from_help)
add_custom_command(
  OUTPUT ${OGPX_FROM_HELP}/stamp
  COMMAND ${CMAKE_COMMAND} -E remove_directory ${OGPX_FROM_HELP}/man
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tools/from_help.py $<TARGET_FILE:ogpx> ${OGPX_FROM_HELP}
  COMMAND ${CMAKE_COMMAND} -E touch ${OGPX_FROM_HELP}/stamp
  DEPENDS ogpx ${PROJECT_SOURCE_DIR}/tools/from_help.py
  COMMENT "Man pages and shell completions from ogpx's help")
add_custom_target(ogpx_from_help ALL DEPENDS ${OGPX_FROM_HELP}/stamp)

install(TARGETS ogpx RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
install(DIRECTORY ${OGPX_FROM_HELP}/man/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT runtime)
install(FILES ${OGPX_FROM_HELP}/completions/ogpx
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions COMPONENT runtime)
install(FILES ${OGPX_FROM_HELP}/completions/_ogpx
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions COMPONENT runtime)
install(FILES ${PROJECT_SOURCE_DIR}/data/org-aliases-mn-en.tsv
        DESTINATION ${CMAKE_INSTALL_DATADIR}/ogpx COMPONENT runtime)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT runtime)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs COMPONENT runtime)
install(FILES ${PROJECT_SOURCE_DIR}/samples/order-120-mn.pdf ${PROJECT_SOURCE_DIR}/samples/nap5-mn-excerpt.pdf
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples COMPONENT runtime)

set(CPACK_PACKAGE_NAME ogpx)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "ogpx maintainers <ogpx@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Open Government Partnership documents (action plans, orders, progress reports; PDF) into data")
set(CPACK_PACKAGE_DESCRIPTION
    "ogpx reads OGP national action plans, the orders that approve them and the agencies' progress reports (English, Mongolian, Spanish; born-digital or scanned) and stores their commitments, milestones, dates and statuses in SQLite or PostgreSQL, exported as ogpx/1 JSON, CSV with a data package and XLSX.")
set(CPACK_GENERATOR DEB)
set(CPACK_COMPONENTS_ALL runtime)
set(CPACK_DEB_COMPONENT_INSTALL OFF)
# One package with the program only: the libraries and headers (component
# `dev`, cmake/Package.cmake) are for `cmake --install`.
set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};${PROJECT_NAME};runtime;/")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # libpoppler, libtesseract, libicu, libsqlite3, libpq5, ... from the binary
# A default run reads English and Mongolian scans and turns pages upright
# (checked before any document is read: exit 5 without them).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "tesseract-ocr-eng, tesseract-ocr-mon, tesseract-ocr-osd")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "bash-completion")
include(CPack)
