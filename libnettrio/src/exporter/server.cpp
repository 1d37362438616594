#include <nettrio/exporter/server.hpp>

#include <nettrio/exporter/exporter.hpp>
#include <nettrio/probe/event_loop.hpp>
#include <nettrio/report/prometheus.hpp>
#include <nettrio/text/parse.hpp>

#include "../probe/loop_impl.hpp"
#include "http_server.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <boost/asio/ip/address.hpp>

#include <charconv>
#include <cmath>
#include <csignal>

namespace nettrio::exporter {

std::optional<listen_address> parse_listen(std::string_view text) {
  std::string_view host, port_text;
  if (text.starts_with("[")) {
    const auto close = text.find("]:");
    if (close == std::string_view::npos) return std::nullopt;
    host = text.substr(1, close - 1);
    port_text = text.substr(close + 2);
  } else {
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos) return std::nullopt;
    host = text.substr(0, colon);
    port_text = text.substr(colon + 1);
    if (host.find(':') != std::string_view::npos) return std::nullopt;  // v6 needs [ ]
  }
  // Port 0 asks the kernel for a free port (tests listen so); anything else is parse_port's.
  std::uint16_t port = 0;
  if (port_text != "0") {
    const auto parsed = parse_port(port_text);
    if (parsed.result != port_parse::status::ok) return std::nullopt;
    port = parsed.port;
  }
  boost::system::error_code bad;
  (void)boost::asio::ip::make_address(std::string(host), bad);
  if (bad) return std::nullopt;
  return listen_address{std::string(host), port};
}

namespace {

detail::http_response text(unsigned status, std::string body) {
  return {status, "text/plain; charset=utf-8", std::move(body)};
}

const char* const landing =
    "<html><head><title>nettrio exporter</title></head><body><h1>nettrio exporter</h1>"
    "<p><a href=\"/metrics\">Metrics</a></p>"
    "<p>/probe?target=HOST&amp;module=icmp|tcp_PORT&amp;count=N</p></body></html>\n";

}  // namespace

void serve(const server_options& opts, exporter_config initial) {
  event_loop loop;
  exporter exp(loop, std::move(initial));
  bool ready = false;
  std::size_t last_scrape_size = 0;

  const auto reload = [&](const char* why) -> std::string {
    try {
      auto cfg = load_config(opts.config_path);
      exp.apply(std::move(cfg));
      spdlog::info("exporter: configuration reloaded ({})", why);
      return {};
    } catch (const std::exception& e) {
      spdlog::error("exporter: reload ({}) refused, the old configuration stays: {}", why,
                    e.what());
      exp.reload_failed(e.what());
      return e.what();
    }
  };

  const auto on_request = [&](const detail::http_request& req,
                              detail::http_server::responder respond) {
    if (req.path == "/metrics") {
      // Room for this scrape from the last one's size: a 10,000-target body (about 30 MB)
      // is not grown by doubling.
      exp.scrape(
          [respond, &last_scrape_size](std::string body) {
            last_scrape_size = body.size();
            respond({200, std::string(report::prometheus_content_type), std::move(body)});
          },
          last_scrape_size + last_scrape_size / 16);
    } else if (req.path == "/probe") {
      probe_request pr;
      if (auto it = req.query.find("target"); it != req.query.end()) pr.target = it->second;
      if (auto it = req.query.find("module"); it != req.query.end()) pr.module = it->second;
      if (auto it = req.query.find("count"); it != req.query.end()) {
        const auto& c = it->second;
        std::uint64_t n = 0;
        const auto [p, ec] = std::from_chars(c.data(), c.data() + c.size(), n);
        pr.count = ec == std::errc{} && p == c.data() + c.size() ? n : 0;
      }
      // Fit in the scrape: packets 100 ms apart, each waited for at most 1 s, or less
      // when Prometheus says its timeout is shorter.
      if (!req.scrape_timeout.empty()) {
        double limit = 0;
        const auto& s = req.scrape_timeout;
        const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), limit);
        if (ec == std::errc{} && limit > 0.3 && std::isfinite(limit) && limit < 1e6) {
          const auto budget = std::chrono::milliseconds(static_cast<std::int64_t>(limit * 900));
          pr.timeout = std::min(pr.timeout, budget / 2);
          if (pr.count > 1)
            pr.interval = std::min(pr.interval, (budget / 2) / static_cast<std::int64_t>(pr.count));
        }
      }
      if (auto bad = validate(pr); !bad.empty()) {
        respond(text(400, bad + "\n"));
        return;
      }
      exp.probe(pr, [respond](std::vector<report::metric_family> fams) {
        respond(
            {200, std::string(report::prometheus_content_type), report::write_prometheus(fams)});
      });
    } else if (req.path == "/-/reload") {
      if (req.method != "POST" && req.method != "PUT") {
        respond(text(405, "Only POST or PUT requests allowed\n"));
        return;
      }
      const auto err = reload("/-/reload");
      respond(err.empty() ? text(200, "OK\n")
                          : text(500, "failed to reload config: " + err + "\n"));
    } else if (req.path == "/-/healthy") {
      respond(text(200, "Healthy\n"));
    } else if (req.path == "/-/ready") {
      respond(ready ? text(200, "Ready\n") : text(503, "Not ready\n"));
    } else if (req.path == "/") {
      respond({200, "text/html; charset=utf-8", landing});
    } else {
      respond(text(404, "Not found\n"));
    }
  };

  const boost::asio::ip::tcp::endpoint at(boost::asio::ip::make_address(opts.listen.host),
                                          opts.listen.port);
  std::unique_ptr<detail::http_server> http;
  try {
    http = std::make_unique<detail::http_server>(loop.impl().io, at, on_request);
  } catch (const boost::system::system_error& e) {
    throw std::system_error(
        e.code().value(), std::generic_category(),
        fmt::format("cannot listen on {}:{}", opts.listen.host, opts.listen.port));
  }
  exp.start();
  http->start();
  ready = true;
  const auto bound = http->local_endpoint();
  const auto bound_text = bound.address().is_v6()
                              ? fmt::format("[{}]:{}", bound.address().to_string(), bound.port())
                              : fmt::format("{}:{}", bound.address().to_string(), bound.port());
  spdlog::info("exporter: listening on {}, {} targets", bound_text, exp.target_count());
  if (opts.on_listening) opts.on_listening(bound_text);

  auto signals = loop.watch_signals({SIGHUP, SIGINT, SIGTERM}, [&](int signo) {
    if (signo == SIGHUP) {
      reload("SIGHUP");
      return;
    }
    spdlog::info("exporter: signal {}, stopping", signo);
    http->stop();
    exp.stop();
    loop.stop();
  });
  loop.run();
}

}  // namespace nettrio::exporter
