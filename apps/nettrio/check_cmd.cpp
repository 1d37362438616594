#include "common.hpp"

#include <iostream>

namespace nettrio::cli {

int check_main(const invocation& inv) {
  for (const auto& a : inv.args)
    if (a == "--help" || a == "-h") {
      std::cout << "Usage: " << inv.prog
                << " ...\n\nNot built yet: this subcommand is planned but does nothing today.\n";
      return exit_ok;
    }
  std::cerr << inv.prog << ": not built yet; this subcommand is planned but does nothing today\n";
  return exit_error;
}

}  // namespace nettrio::cli
