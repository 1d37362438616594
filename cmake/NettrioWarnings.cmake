# nettrio_set_warnings(target): the project's warning set, applied per target
# (never globally). -Werror only when NETTRIO_WERROR is on (scripts/test).
function(nettrio_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion)
  if(NETTRIO_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(NETTRIO_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()
