#include <nettrio/text/parse.hpp>

#include <catch2/catch.hpp>

using namespace nettrio;

TEST_CASE("parse_seconds takes plain finite decimals only", "[text]") {
  CHECK(parse_seconds("0.2") == 0.2);
  CHECK(parse_seconds("5") == 5.0);
  CHECK(parse_seconds("-1") == -1.0);  // the caller says why a negative wait is wrong
  for (const char* bad : {"", " 1", "1 ", "0.2s", "inf", "nan", "-inf", "1e9", "0x10", "+1", "1,5"})
    CHECK_FALSE(parse_seconds(bad));
}

TEST_CASE("parse_port: digits only, 1 to 65535", "[text]") {
  using st = port_parse::status;
  CHECK(parse_port("8080").result == st::ok);
  CHECK(parse_port("8080").port == 8080);
  CHECK(parse_port("65535").port == 65535);
  CHECK(parse_port("0").result == st::out_of_range);
  CHECK(parse_port("65536").result == st::out_of_range);
  CHECK(parse_port("99999999999").result == st::malformed);  // longer than any port
  for (const char* bad : {"", "-1", "+80", "80a", " 80", "0x50", "8 0"})
    CHECK(parse_port(bad).result == st::malformed);
}

TEST_CASE("split_host_port: names, IPv4, bracketed and bare IPv6", "[text]") {
  using pr = host_port::problem;
  auto r = split_host_port("db1:5432");
  CHECK(r.host == "db1");
  CHECK(r.port == 5432);
  r = split_host_port("198.51.100.7");
  CHECK((r.host == "198.51.100.7" && !r.port && r.error == pr::none));
  r = split_host_port("2001:db8::1");  // bare IPv6: no port
  CHECK((r.host == "2001:db8::1" && !r.port && r.error == pr::none));
  r = split_host_port("[2001:db8::1]:443");
  CHECK((r.host == "2001:db8::1" && r.port == 443));
  r = split_host_port("[2001:db8::1]");
  CHECK((r.host == "2001:db8::1" && !r.port && r.error == pr::none));
  CHECK(split_host_port("[2001:db8::1").error == pr::missing_bracket);
  CHECK(split_host_port("[2001:db8::1]443").error == pr::expected_port);
  CHECK(split_host_port("db1:0").error == pr::bad_port);
  CHECK(split_host_port("db1:").error == pr::bad_port);
  CHECK(split_host_port("db1:http").error == pr::bad_port);
}
