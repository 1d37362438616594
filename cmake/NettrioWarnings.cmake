# nettrio_set_warnings(target): the project's warning set, applied per target
# (never globally). -Werror only when NETTRIO_WERROR is on (scripts/test).
function(nettrio_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion)
  if(NETTRIO_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(NETTRIO_SANITIZE)
    # UBSan without vptr, alignment and pointer-overflow: at -O0 these three made up more than
    # a third of the compile time (exporter/http_server.cpp: 26 s with them, 16.5 s without,
    # 15.8 s with ASan alone), the checks nettrio's code needs least (few virtual calls, packet
    # fields read byte by byte, no pointer arithmetic near the address space's ends). ASan
    # and the rest of UBSan (overflow, shifts, bounds, null, enum/bool, return) stay.
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
      -fno-sanitize=vptr,alignment,pointer-overflow)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

# nettrio_set_hardening(target): the shipped binary's hardening, in every build type, per
# target (the nettrio executable and the core library it links). PIE, full RELRO with
# immediate binding, stack protector and stack clash protection, CET (-fcf-protection) where
# the compiler has it, libstdc++'s bounds assertions, and _FORTIFY_SOURCE=2 where optimised
# (it needs optimisation, and under ASan it would only hide what ASan checks better).
include(CheckCXXCompilerFlag)
include(CheckPIESupported)
check_pie_supported()
check_cxx_compiler_flag(-fcf-protection NETTRIO_HAVE_CF_PROTECTION)
check_cxx_compiler_flag(-fstack-clash-protection NETTRIO_HAVE_STACK_CLASH_PROTECTION)
function(nettrio_set_hardening target)
  set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  target_compile_options(${target} PRIVATE -fstack-protector-strong)
  if(NETTRIO_HAVE_STACK_CLASH_PROTECTION)
    target_compile_options(${target} PRIVATE -fstack-clash-protection)
  endif()
  if(NETTRIO_HAVE_CF_PROTECTION)
    target_compile_options(${target} PRIVATE -fcf-protection)
  endif()
  target_compile_definitions(${target} PRIVATE _GLIBCXX_ASSERTIONS)
  if(NOT NETTRIO_SANITIZE)
    # -U first: some toolchains predefine another level, and a redefinition warns (-Werror).
    target_compile_options(${target} PRIVATE
      "$<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
  endif()
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "EXECUTABLE")
    target_link_options(${target} PRIVATE LINKER:-z,relro,-z,now)
  endif()
endfunction()

# nettrio_precompile(target [HEADER...]): a precompiled header of what nearly every file
# includes (the standard containers, fmt, spdlog) plus the HEADERs given (catch2 for the test
# binaries): a clean ASan build took 281 and 292 s with it, 339 s without, on the 2-core machine.
# NETTRIO_PCH=OFF builds without it.
function(nettrio_precompile target)
  if(NOT NETTRIO_PCH)
    return()
  endif()
  target_precompile_headers(${target} PRIVATE
    <algorithm> <chrono> <functional> <map> <memory> <optional> <string> <vector>
    <fmt/format.h> <spdlog/spdlog.h> ${ARGN})
endfunction()
