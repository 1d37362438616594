#include "report/json_line.hpp"

namespace nettrio::report::detail {

std::string json_line(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void write_json_line(std::ostream& out, const nlohmann::json& j) {
  out << json_line(j) << '\n';
  out.flush();
}

}  // namespace nettrio::report::detail
