# Installing nettrio the way admins expect (issues 7 and 18): the binary (apps/nettrio), the
# nettrio-* links, gzip-compressed man pages, bash completion, the copyright and changelog,
# CAP_NET_RAW on the installed binary when possible, and a lintian-clean .deb via CPack.
# Included from the top-level CMakeLists.txt after GNUInstallDirs and before CPack.
#
# Install components: `runtime` (everything an operator runs or reads; the default component
# of every rule without one, set in the top-level CMakeLists.txt) and `devel` (the core
# library's headers, static library and CMake package, libnettrio/CMakeLists.txt). The .deb
# holds `runtime` only; `cmake --install` installs both.

include(GNUInstallDirs)

set(NETTRIO_DOCS_DIR "${PROJECT_SOURCE_DIR}/docs")
set(NETTRIO_DEB_DIR "${PROJECT_SOURCE_DIR}/packaging/deb")
find_program(NETTRIO_GZIP gzip REQUIRED)

# nettrio_gzip(OUT_VAR SOURCE NAME): SOURCE compressed at build time to
# ${CMAKE_BINARY_DIR}/gz/NAME.gz with gzip -9n (no name, no timestamp: the same bytes on every
# build, as Debian policy and lintian want them). OUT_VAR receives the output path.
set(NETTRIO_GZ_DIR "${CMAKE_BINARY_DIR}/gz")
set(NETTRIO_GZ_FILES "")
function(nettrio_gzip out_var source name)
  set(out "${NETTRIO_GZ_DIR}/${name}.gz")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${NETTRIO_GZ_DIR}"
    COMMAND sh -c "\"$1\" -9n -c \"$2\" > \"$3\"" sh "${NETTRIO_GZIP}" "${source}" "${out}"
    DEPENDS "${source}"
    COMMENT "gzip -9n ${name}"
    VERBATIM)
  set(${out_var} "${out}" PARENT_SCOPE)
  set(NETTRIO_GZ_FILES ${NETTRIO_GZ_FILES} "${out}" PARENT_SCOPE)
endfunction()

# Man pages are written as roff in docs/man; one per subcommand plus nettrio(1). They are
# installed compressed (Debian policy 12.1), man and man -l read them so.
set(NETTRIO_MAN_PAGES nettrio nettrio-ping nettrio-trace nettrio-ports nettrio-check
                      nettrio-exporter)
set(NETTRIO_MAN_GZ "")
foreach(page ${NETTRIO_MAN_PAGES})
  nettrio_gzip(gz "${NETTRIO_DOCS_DIR}/man/${page}.1" "${page}.1")
  list(APPEND NETTRIO_MAN_GZ "${gz}")
endforeach()
install(FILES ${NETTRIO_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# /usr/share/doc/nettrio: the machine-readable copyright (DEP-5, the MIT licence of LICENSE)
# and the Debian changelog, compressed. A native package's changelog is changelog.gz.
nettrio_gzip(NETTRIO_CHANGELOG_GZ "${NETTRIO_DEB_DIR}/changelog" changelog)
install(FILES "${NETTRIO_DEB_DIR}/copyright" "${NETTRIO_CHANGELOG_GZ}"
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
add_custom_target(nettrio_gz ALL DEPENDS ${NETTRIO_GZ_FILES})

# The exporter: its systemd unit, shipped disabled (no postinst enables it: the admin writes
# /etc/nettrio/exporter.yml first, then `systemctl enable --now nettrio-exporter`), and an
# example configuration next to the other docs.
install(FILES "${PROJECT_SOURCE_DIR}/packaging/systemd/nettrio-exporter.service"
        DESTINATION lib/systemd/system)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/examples/exporter.yml"
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)

# The changelog's latest entry names the version being packaged: a release bumps both.
file(STRINGS "${NETTRIO_DEB_DIR}/changelog" _nettrio_changelog_top LIMIT_COUNT 1)
if(NOT _nettrio_changelog_top MATCHES "^nettrio \\(${PROJECT_VERSION}\\) ")
  message(WARNING "packaging/deb/changelog starts with '${_nettrio_changelog_top}', not an "
                  "entry for nettrio ${PROJECT_VERSION}: add one before packaging a release")
endif()

# The multi-call names as relative symlinks next to the binary, made at configure time in
# the build tree and installed as they are (install(FILES) copies a symlink as a symlink).
# The classic names (ping, traceroute, netstat) are never installed: they belong to iputils,
# traceroute and net-tools; `nettrio --install-links DIR --classic` makes them on request.
set(NETTRIO_LINK_DIR "${CMAKE_BINARY_DIR}/links")
set(NETTRIO_LINKS "")
file(MAKE_DIRECTORY "${NETTRIO_LINK_DIR}")
foreach(name nettrio-ping nettrio-trace nettrio-ports nettrio-check)
  file(CREATE_LINK nettrio "${NETTRIO_LINK_DIR}/${name}" SYMBOLIC)
  list(APPEND NETTRIO_LINKS "${NETTRIO_LINK_DIR}/${name}")
endforeach()
install(FILES ${NETTRIO_LINKS} DESTINATION ${CMAKE_INSTALL_BINDIR})

# bash-completion loads completions/NAME on demand when NAME is completed, so the file goes
# in under every name the binary answers to as nettrio (not the classic ping/traceroute/
# netstat, whose system completions stay in charge).
set(NETTRIO_COMPLETION_DIR ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
foreach(name nettrio nettrio-ping nettrio-trace nettrio-ports nettrio-check)
  install(FILES ${NETTRIO_DOCS_DIR}/completion/nettrio.bash
          DESTINATION ${NETTRIO_COMPLETION_DIR} RENAME ${name})
endforeach()

# Raw sockets need CAP_NET_RAW. iputils ping gets it from a file capability, permitted but
# not effective (cap_net_raw+p); nettrio does the same: it raises the effective bit only
# around the socket() calls that need it and then drops every set (probe/privileges). Only
# on a real install as root: never under DESTDIR (staging, packaging), where the package's
# postinst does it instead.
install(CODE "set(NETTRIO_INSTALL_BINDIR \"${CMAKE_INSTALL_BINDIR}\")")
install(CODE [[
  if(IS_ABSOLUTE "${NETTRIO_INSTALL_BINDIR}")
    set(_nettrio_bin "${NETTRIO_INSTALL_BINDIR}/nettrio")
  else()
    set(_nettrio_bin "${CMAKE_INSTALL_PREFIX}/${NETTRIO_INSTALL_BINDIR}/nettrio")
  endif()
  execute_process(COMMAND id -u OUTPUT_VARIABLE _nettrio_uid OUTPUT_STRIP_TRAILING_WHITESPACE
                  ERROR_QUIET)
  find_program(_nettrio_setcap setcap PATHS /usr/sbin /sbin NO_CACHE)
  set(_nettrio_how "grant it with: sudo setcap cap_net_raw+p ${_nettrio_bin} (package libcap2-bin); without it ping and trace -I fall back to ICMP datagram sockets where net.ipv4.ping_group_range allows")
  if(CMAKE_INSTALL_PREFIX MATCHES "/_CPack_Packages/")
    # Packaging: a tar archive does not carry the capability; the .deb's postinst sets it.
  elseif(NOT "$ENV{DESTDIR}" STREQUAL "")
    message(STATUS "nettrio: staged under DESTDIR, so CAP_NET_RAW was not granted; once installed, ${_nettrio_how}")
  elseif(NOT _nettrio_uid STREQUAL "0")
    message(STATUS "nettrio: not root, so CAP_NET_RAW was not granted; ${_nettrio_how}")
  elseif(NOT _nettrio_setcap)
    message(STATUS "nettrio: setcap not found, so CAP_NET_RAW was not granted; ${_nettrio_how}")
  else()
    execute_process(COMMAND ${_nettrio_setcap} cap_net_raw+p ${_nettrio_bin}
                    RESULT_VARIABLE _nettrio_rc ERROR_VARIABLE _nettrio_err)
    if(_nettrio_rc EQUAL 0)
      message(STATUS "nettrio: granted cap_net_raw+p to ${_nettrio_bin}")
    else()
      string(STRIP "${_nettrio_err}" _nettrio_err)
      message(STATUS "nettrio: setcap failed (${_nettrio_err}); ${_nettrio_how}")
    endif()
  endif()
]])

# The .deb. CPACK_PACKAGE_NAME, CONTACT, GENERATOR, SHLIBDEPS and SECTION are set in the
# top-level CMakeLists.txt; what follows completes them.
set(CPACK_PACKAGE_VENDOR "nettrio")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Extended description: lines within 80 columns (lintian: extended-description-line-too-long),
# CPack indents each by one space.
set(CPACK_PACKAGE_DESCRIPTION
    "nettrio answers the on-call questions in one tool: is the host there (ping,\n"
    "many hosts at once), where does the path break (trace, with an interpreted\n"
    "verdict), and is the refusing server listening at all (ports --check).\n"
    "nettrio check runs them together and ends with one diagnosis and the next step.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libcap2-bin")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
# Only the runtime component goes into the .deb (monolithic, one package named nettrio);
# the library's headers and CMake package (component devel) are for `cmake --install`.
set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};${PROJECT_NAME};runtime;/")
# postinst grants CAP_NET_RAW as upstream iputils does (cap_net_raw+p); the file capability is
# not carried by the package's tar archive, so it has to be set after unpacking. Copied into
# the build tree so that dpkg-deb sees 0755 whatever the checkout's umask made of it.
set(NETTRIO_POSTINST "${CMAKE_CURRENT_BINARY_DIR}/deb/postinst")
file(COPY "${NETTRIO_DEB_DIR}/postinst" DESTINATION "${CMAKE_CURRENT_BINARY_DIR}/deb"
     FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ
                      WORLD_EXECUTE)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${NETTRIO_DEB_DIR}/postinst")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${NETTRIO_POSTINST}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# CPack 3.25 counts the binary once per symlink in Installed-Size; corrected after the fact.
set(CPACK_POST_BUILD_SCRIPTS "${PROJECT_SOURCE_DIR}/cmake/NettrioDebInstalledSize.cmake")
