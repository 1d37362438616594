#include <nettrio/exporter/exporter.hpp>
#include <nettrio/exporter/server.hpp>

#include "exporter/http_server.hpp"

#include <catch2/catch.hpp>

using namespace nettrio::exporter;

TEST_CASE("http: the request target is split and decoded", "[exporter][http]") {
  std::string path;
  std::map<std::string, std::string> q;
  detail::parse_target("/probe?target=198.18.0.1&module=tcp_5432&count=10", path, q);
  CHECK(path == "/probe");
  CHECK(q == std::map<std::string, std::string>{
                 {"target", "198.18.0.1"}, {"module", "tcp_5432"}, {"count", "10"}});
  detail::parse_target("/probe?target=2001%3Adb8%3A%3A1&x&module=a+b%zz", path, q);
  CHECK(q.at("target") == "2001:db8::1");
  CHECK(q.at("x").empty());
  CHECK(q.at("module") == "a b%zz");
  detail::parse_target("/metrics", path, q);
  CHECK(path == "/metrics");
  CHECK(q.empty());
}

TEST_CASE("http: --listen addresses", "[exporter][http]") {
  CHECK(parse_listen("127.0.0.1:9810")->port == 9810);
  CHECK(parse_listen("[::1]:9810")->host == "::1");
  CHECK(parse_listen("0.0.0.0:0")->port == 0);
  CHECK_FALSE(parse_listen("127.0.0.1"));
  CHECK_FALSE(parse_listen("127.0.0.1:70000"));
  CHECK_FALSE(parse_listen("::1:9810"));
  CHECK_FALSE(parse_listen("localhost:9810"));
  CHECK_FALSE(parse_listen("127.0.0.1:"));
}

TEST_CASE("http: /probe requests are checked", "[exporter][http]") {
  probe_request r;
  r.target = "198.18.0.1";
  CHECK(validate(r).empty());
  r.module = "tcp_443";
  CHECK(validate(r).empty());
  r.module = "tcp_0";
  CHECK(validate(r) == "unknown module 'tcp_0' (icmp or tcp_PORT)");
  r.module = "http_2xx";
  CHECK_FALSE(validate(r).empty());
  r.module = "icmp";
  r.count = 0;
  CHECK(validate(r) == "count must be from 1 to 1000");
  r.count = 1;
  r.target.clear();
  CHECK(validate(r) == "missing target parameter");
}

TEST_CASE("exporter: smokeping's buckets", "[exporter]") {
  const auto b = smokeping_buckets();
  REQUIRE(b.size() == 20);
  CHECK(b.front() == Approx(5e-05));
  CHECK(b.back() == Approx(26.2144));
}
