# The .deb's dependencies on QGIS, from the packages that own the QGIS libraries we link (dpkg, at configure time).
# A C++ plugin only works with the QGIS release it was compiled against. Debian names each QGIS library package
# by its release (libqgis-core3.22.16, whose libqgis_core.so.3.22.16 is ABI of that release only): the package
# depends on those, and on the qgis of the same upstream release (3.22.16+dfsg-1 or a Debian revision of it,
# not 3.22.17), so apt never leaves the plugin beside another QGIS.
#
#   eventsecurity_debian_qgis_depends(OUT_VARIABLE library...)
# sets OUT_VARIABLE to "libqgis-core3.22.16, ..., qgis (>= 3.22.16), qgis (<< 3.22.17~)", or to an empty string
# (with a warning) where dpkg does not know the libraries (not a Debian system, or QGIS built from source).
function(eventsecurity_debian_qgis_depends out_variable)
  set(${out_variable} "" PARENT_SCOPE)
  find_program(DPKG_QUERY_EXECUTABLE dpkg-query)
  if(NOT DPKG_QUERY_EXECUTABLE)
    message(WARNING "dpkg-query not found: the .deb will not name the QGIS packages it needs")
    return()
  endif()
  set(packages "")
  set(upstream "")
  foreach(library ${ARGN})
    get_filename_component(real_path "${library}" REALPATH)
    execute_process(COMMAND ${DPKG_QUERY_EXECUTABLE} -S "${real_path}" OUTPUT_VARIABLE owner
                    RESULT_VARIABLE status ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
    # "libqgis-core3.22.16: /usr/lib/libqgis_core.so.3.22.16" (or "libqgis-core3.22.16:amd64: ...").
    string(REGEX MATCH "^[a-z0-9.+-]+" package "${owner}")
    if(NOT status EQUAL 0 OR NOT package)
      message(WARNING "dpkg does not know ${real_path}: the .deb will not name the QGIS packages it needs")
      return()
    endif()
    execute_process(COMMAND ${DPKG_QUERY_EXECUTABLE} -W "-f=\${Version}" ${package} OUTPUT_VARIABLE version
                    OUTPUT_STRIP_TRAILING_WHITESPACE)
    # Upstream release: "3.22.16+dfsg-1" -> "3.22.16" (epoch, if any, dropped).
    string(REGEX REPLACE "^([0-9]+:)?([0-9]+\\.[0-9]+\\.[0-9]+).*$" "\\2" release "${version}")
    if(upstream AND NOT upstream STREQUAL release)
      message(FATAL_ERROR "QGIS libraries of two releases: ${upstream} and ${release} (${package})")
    endif()
    set(upstream "${release}")
    list(APPEND packages "${package}")
  endforeach()
  string(REPLACE "." ";" parts "${upstream}")
  list(GET parts 0 major)
  list(GET parts 1 minor)
  list(GET parts 2 patch)
  math(EXPR next_patch "${patch} + 1")
  list(REMOVE_DUPLICATES packages)
  list(JOIN packages ", " depends)
  set(${out_variable} "${depends}, qgis (>= ${upstream}), qgis (<< ${major}.${minor}.${next_patch}~)" PARENT_SCOPE)
endfunction()
