#pragma once
// Private: a small HTTP/1.1 server over Boost.Beast on the loop's io_context. Each request
// goes to one handler, which answers now or later (a /probe answers when its packets are
// done) through the responder it is given.

#include <utility>  // Boost 1.74 + GCC 12: before any Asio header

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace nettrio::exporter::detail {

struct http_request {
  std::string method;                        // "GET", "POST", ...
  std::string path;                          // without the query
  std::map<std::string, std::string> query;  // decoded
  std::string scrape_timeout;                // X-Prometheus-Scrape-Timeout-Seconds, when sent
};

struct http_response {
  unsigned status = 200;
  std::string content_type = "text/plain; charset=utf-8";
  std::string body;
};

/// Splits "path?a=1&b=x%20y" into the path and the decoded parameters.
void parse_target(std::string_view target, std::string& path,
                  std::map<std::string, std::string>& query);

class http_server {
 public:
  using responder = std::function<void(http_response)>;
  using handler = std::function<void(const http_request&, responder)>;

  /// Binds and listens; throws boost::system::system_error when it cannot.
  http_server(boost::asio::io_context& io, const boost::asio::ip::tcp::endpoint& at,
              handler on_request);
  ~http_server();
  http_server(const http_server&) = delete;
  http_server& operator=(const http_server&) = delete;

  void start();
  void stop();
  [[nodiscard]] boost::asio::ip::tcp::endpoint local_endpoint() const;

 private:
  struct impl;
  std::shared_ptr<impl> impl_;
};

}  // namespace nettrio::exporter::detail
