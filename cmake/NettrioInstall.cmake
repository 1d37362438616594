# Installing nettrio the way admins expect (issue 7): the binary (apps/nettrio), man pages,
# bash completion, CAP_NET_RAW on the installed binary when possible, and a .deb via CPack.
# Included from the top-level CMakeLists.txt after GNUInstallDirs and before CPack.

include(GNUInstallDirs)

set(NETTRIO_DOCS_DIR "${PROJECT_SOURCE_DIR}/docs")

# Man pages are written as roff in docs/man; one per subcommand plus nettrio(1).
install(FILES
  ${NETTRIO_DOCS_DIR}/man/nettrio.1
  ${NETTRIO_DOCS_DIR}/man/nettrio-ping.1
  ${NETTRIO_DOCS_DIR}/man/nettrio-trace.1
  ${NETTRIO_DOCS_DIR}/man/nettrio-ports.1
  ${NETTRIO_DOCS_DIR}/man/nettrio-check.1
  DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

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
set(CPACK_PACKAGE_DESCRIPTION
    "nettrio answers the on-call questions in one tool: is the host there (ping, many hosts at\nonce), where does the path break (trace, with an interpreted verdict), and is the refusing\nserver listening at all (ports --check). nettrio check runs them together and ends with\none diagnosis and the next step.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libcap2-bin")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
# postinst grants CAP_NET_RAW as iputils-ping's does (cap_net_raw+p); the file capability is not carried by
# the package's tar archive, so it has to be set after unpacking.
set(NETTRIO_POSTINST "${CMAKE_CURRENT_BINARY_DIR}/deb/postinst")
file(WRITE "${NETTRIO_POSTINST}" [[#!/bin/sh
set -e
if [ "$1" = configure ]; then
  bin=/usr/bin/nettrio
  if command -v setcap >/dev/null 2>&1 && setcap cap_net_raw+p "$bin" 2>/dev/null; then
    :
  else
    echo "nettrio: could not grant CAP_NET_RAW; run: setcap cap_net_raw+p $bin (libcap2-bin)," >&2
    echo "nettrio: or allow ICMP datagram sockets with sysctl net.ipv4.ping_group_range" >&2
  fi
fi
exit 0
]])
file(CHMOD "${NETTRIO_POSTINST}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
     GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${NETTRIO_POSTINST}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
