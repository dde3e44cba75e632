# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISF Desk maintainers
# One INTERFACE target carries the warning flags, sanitizers and Qt strictness macros
# for every target of the project, so no target can quietly opt out.
add_library(isf_warnings INTERFACE)
target_compile_options(isf_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
  -Woverloaded-virtual -Wimplicit-fallthrough -Wcast-qual -Wformat=2)
if(ISF_WERROR)
  target_compile_options(isf_warnings INTERFACE -Werror)
  # GCC's maybe-uninitialized misfires on std::optional at -O2/-O3; it still warns.
  target_compile_options(isf_warnings INTERFACE
    $<$<AND:$<CXX_COMPILER_ID:GNU>,$<NOT:$<CONFIG:Debug>>>:-Wno-error=maybe-uninitialized>)
endif()
target_compile_definitions(isf_warnings INTERFACE
  QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_STRICT_ITERATORS
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(ISF_SANITIZE)
  target_compile_options(isf_warnings INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(isf_warnings INTERFACE -fsanitize=address,undefined)
endif()

# Each folder's sources are globbed so that adding a file never means editing a
# shared list; CONFIGURE_DEPENDS re-globs on every build.
function(isf_glob_sources out_var)
  file(GLOB_RECURSE found CONFIGURE_DEPENDS
    ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
  set(${out_var} ${found} PARENT_SCOPE)
endfunction()
