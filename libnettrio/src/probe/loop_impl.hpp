#pragma once
// Private: the Asio side of event_loop, for the socket network only.

#include <utility>  // Boost 1.74 + GCC 12: before any Asio header

#include <boost/asio/io_context.hpp>

namespace nettrio::detail {

struct loop_impl {
  boost::asio::io_context io{1};
};

}  // namespace nettrio::detail
