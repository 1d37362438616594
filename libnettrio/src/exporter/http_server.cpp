#include "http_server.hpp"

#include <spdlog/spdlog.h>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <optional>

namespace nettrio::exporter::detail {

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 &&
               hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

constexpr std::size_t max_body = 64 * 1024;
constexpr auto idle_timeout = std::chrono::seconds(60);

class connection : public std::enable_shared_from_this<connection> {
 public:
  connection(tcp::socket s, std::shared_ptr<http_server::handler> h)
      : stream_(std::move(s)), handler_(std::move(h)) {}

  void read() {
    parser_.emplace();
    parser_->body_limit(max_body);
    stream_.expires_after(idle_timeout);
    http::async_read(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_read(ec); });
  }

 private:
  void on_read(beast::error_code ec) {
    if (ec) {
      beast::error_code ignored;
      stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
      return;
    }
    auto req = parser_->release();
    http_request r;
    r.method = std::string(req.method_string());
    parse_target(std::string_view(req.target().data(), req.target().size()), r.path, r.query);
    if (auto it = req.find("X-Prometheus-Scrape-Timeout-Seconds"); it != req.end())
      r.scrape_timeout = std::string(it->value());
    keep_alive_ = req.keep_alive();
    version_ = req.version();
    stream_.expires_never();
    (*handler_)(r,
                [self = shared_from_this()](http_response resp) { self->write(std::move(resp)); });
  }

  void write(http_response resp) {
    auto res = std::make_shared<http::response<http::string_body>>(
        static_cast<http::status>(resp.status), version_);
    res->set(http::field::server, "nettrio-exporter");
    res->set(http::field::content_type, resp.content_type);
    res->keep_alive(keep_alive_);
    res->body() = std::move(resp.body);
    res->prepare_payload();
    stream_.expires_after(idle_timeout);
    http::async_write(stream_, *res,
                      [self = shared_from_this(), res](beast::error_code ec, std::size_t) {
                        if (ec) return;
                        if (!res->keep_alive()) {
                          beast::error_code ignored;
                          self->stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
                          return;
                        }
                        self->read();
                      });
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::shared_ptr<http_server::handler> handler_;
  bool keep_alive_ = false;
  unsigned version_ = 11;
};

}  // namespace

void parse_target(std::string_view target, std::string& path,
                  std::map<std::string, std::string>& query) {
  const auto q = target.find('?');
  path = decode(target.substr(0, q));
  query.clear();
  if (q == std::string_view::npos) return;
  auto rest = target.substr(q + 1);
  while (!rest.empty()) {
    const auto amp = rest.find('&');
    const auto part = rest.substr(0, amp);
    const auto eq = part.find('=');
    if (!part.empty())
      query[decode(part.substr(0, eq))] =
          eq == std::string_view::npos ? std::string() : decode(part.substr(eq + 1));
    if (amp == std::string_view::npos) break;
    rest = rest.substr(amp + 1);
  }
}

struct http_server::impl : std::enable_shared_from_this<http_server::impl> {
  tcp::acceptor acceptor;
  std::shared_ptr<handler> on_request;

  impl(boost::asio::io_context& io, const tcp::endpoint& at, handler h)
      : acceptor(io), on_request(std::make_shared<handler>(std::move(h))) {
    acceptor.open(at.protocol());
    acceptor.set_option(tcp::acceptor::reuse_address(true));
    acceptor.bind(at);
    acceptor.listen();
  }

  void accept() {
    acceptor.async_accept([self = shared_from_this()](beast::error_code ec, tcp::socket s) {
      if (ec == boost::asio::error::operation_aborted || !self->acceptor.is_open()) return;
      if (ec) {
        spdlog::warn("exporter: accept: {}", ec.message());
      } else {
        std::make_shared<connection>(std::move(s), self->on_request)->read();
      }
      self->accept();
    });
  }
};

http_server::http_server(boost::asio::io_context& io, const tcp::endpoint& at, handler on_request)
    : impl_(std::make_shared<impl>(io, at, std::move(on_request))) {}
http_server::~http_server() {
  stop();
}
void http_server::start() {
  impl_->accept();
}
void http_server::stop() {
  beast::error_code ignored;
  impl_->acceptor.close(ignored);
}
tcp::endpoint http_server::local_endpoint() const {
  return impl_->acceptor.local_endpoint();
}

}  // namespace nettrio::exporter::detail
