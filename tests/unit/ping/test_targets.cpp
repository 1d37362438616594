#include <nettrio/ping/pinger.hpp>
#include <nettrio/ping/targets.hpp>

#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <chrono>
#include <sstream>

using namespace nettrio;
using namespace std::chrono_literals;
using Catch::Matchers::Contains;

namespace {

std::vector<std::string> texts(const std::vector<ip_address>& v) {
  std::vector<std::string> out;
  for (const auto& a : v) out.push_back(a.to_string());
  return out;
}

}  // namespace

TEST_CASE("expand_cidr expands IPv4 blocks like fping -g", "[ping]") {
  SECTION("/24: 254 hosts, .1 to .254, no network or broadcast address") {
    const auto v = expand_cidr("198.18.0.0/24");
    REQUIRE(v.size() == 254);
    CHECK(v.front().to_string() == "198.18.0.1");
    CHECK(v.back().to_string() == "198.18.0.254");
    CHECK(v[99].to_string() == "198.18.0.100");
  }
  SECTION("host bits in the base address are ignored") {
    CHECK(expand_cidr("198.18.0.77/24") == expand_cidr("198.18.0.0/24"));
  }
  SECTION("/30: the two usable hosts") {
    CHECK(texts(expand_cidr("198.18.0.4/30")) ==
          std::vector<std::string>{"198.18.0.5", "198.18.0.6"});
  }
  SECTION("/31: both addresses (RFC 3021 point-to-point)") {
    CHECK(texts(expand_cidr("198.18.0.6/31")) ==
          std::vector<std::string>{"198.18.0.6", "198.18.0.7"});
  }
  SECTION("/32: the address itself") {
    CHECK(texts(expand_cidr("198.18.0.9/32")) == std::vector<std::string>{"198.18.0.9"});
  }
  SECTION("a /22 crosses octets") {
    const auto v = expand_cidr("198.18.4.0/22");
    REQUIRE(v.size() == 1022);
    CHECK(v.front().to_string() == "198.18.4.1");
    CHECK(v[255].to_string() == "198.18.5.0");
    CHECK(v.back().to_string() == "198.18.7.254");
  }
}

TEST_CASE("expand_cidr expands IPv6 blocks", "[ping]") {
  SECTION("/126: all four addresses") {
    CHECK(texts(expand_cidr("2001:db8::7/126")) ==
          std::vector<std::string>{"2001:db8::4", "2001:db8::5", "2001:db8::6", "2001:db8::7"});
  }
  SECTION("/116 carries across bytes") {
    const auto v = expand_cidr("2001:db8::/116");
    REQUIRE(v.size() == 4096);
    CHECK(v.front().to_string() == "2001:db8::");
    CHECK(v[256].to_string() == "2001:db8::100");
    CHECK(v.back().to_string() == "2001:db8::fff");
  }
  SECTION("/128") {
    CHECK(texts(expand_cidr("2001:db8::1/128")) == std::vector<std::string>{"2001:db8::1"});
  }
}

TEST_CASE("expand_cidr rejects bad ranges with input_error", "[ping]") {
  for (const char* bad :
       {"198.18.0.0", "198.18.0.0/", "198.18.0.0/abc", "198.18.0.0/24x", "198.18.0.0/-1",
        "300.1.1.1/24", "/24", "", "198.18.0.0/33", "2001:db8::/129", "example.com/24"}) {
    INFO(bad);
    CHECK_THROWS_AS(expand_cidr(bad), input_error);
  }
  SECTION("the message shows the expected form") {
    CHECK_THROWS_WITH(expand_cidr("198.18.0.0/33"), Contains("ADDRESS/PREFIX"));
  }
  SECTION("ranges larger than 2^20 addresses are refused, not allocated") {
    CHECK_THROWS_AS(expand_cidr("10.0.0.0/11"), input_error);
    CHECK_THROWS_WITH(expand_cidr("10.0.0.0/8"), Contains("too large"));
    CHECK_THROWS_AS(expand_cidr("0.0.0.0/0"), input_error);
    CHECK_THROWS_AS(expand_cidr("2001:db8::/64"), input_error);
    CHECK_THROWS_AS(expand_cidr("2001:db8::/107"), input_error);
    CHECK_THROWS_AS(expand_cidr("::/0"), input_error);
  }
}

TEST_CASE("resolve_spec turns literals and ranges into targets", "[ping]") {
  SECTION("an IPv4 literal keeps the text as typed") {
    const auto t = resolve_spec("192.0.2.1", std::nullopt);
    REQUIRE(t.size() == 1);
    CHECK(t[0].name == "192.0.2.1");
    CHECK(t[0].address == *ip_address::parse("192.0.2.1"));
  }
  SECTION("an IPv6 literal") {
    const auto t = resolve_spec("2001:db8::1", ip_family::v6);
    REQUIRE(t.size() == 1);
    CHECK(t[0].address.is_v6());
  }
  SECTION("a range gives one target per address, named by it") {
    const auto t = resolve_spec("198.18.0.0/30", ip_family::v4);
    REQUIRE(t.size() == 2);
    CHECK(t[0].name == "198.18.0.1");
    CHECK(t[1].name == "198.18.0.2");
  }
  SECTION("a forced family that does not match is an error, not a silent skip") {
    CHECK_THROWS_AS(resolve_spec("192.0.2.1", ip_family::v6), input_error);
    CHECK_THROWS_WITH(resolve_spec("192.0.2.1", ip_family::v6), Contains("not an IPv6 address"));
    CHECK_THROWS_WITH(resolve_spec("2001:db8::1", ip_family::v4), Contains("not an IPv4 address"));
    CHECK_THROWS_WITH(resolve_spec("198.18.0.0/30", ip_family::v6), Contains("not IPv6"));
  }
  SECTION("localhost resolves through the hosts file to loopback") {
    const auto t = resolve_spec("localhost", ip_family::v4);
    REQUIRE(t.size() == 1);
    CHECK(t[0].name == "localhost");
    CHECK(t[0].address.is_loopback());
    CHECK(t[0].address.is_v4());
  }
  SECTION("empty input") {
    CHECK_THROWS_AS(resolve_spec("", std::nullopt), input_error);
  }
  SECTION("control characters: a NUL would make getaddrinfo resolve a shorter name") {
    CHECK_THROWS_WITH(resolve_spec(std::string("localhost\0.evil", 15), std::nullopt),
                      Contains("control characters"));
    CHECK_THROWS_AS(resolve_spec("local\x1b[8mhost", std::nullopt), input_error);
    CHECK_THROWS_AS(resolve_spec("a\nb", std::nullopt), input_error);
  }
}

TEST_CASE("spec_size counts a spec's targets without expanding it", "[ping]") {
  CHECK(spec_size("192.0.2.1") == 1);
  CHECK(spec_size("example.org") == 1);
  CHECK(spec_size("198.18.0.0/24") == 254);
  CHECK(spec_size("198.18.0.0/24") == expand_cidr("198.18.0.0/24").size());
  CHECK(spec_size("198.18.0.0/31") == 2);
  CHECK(spec_size("198.18.0.0/12") == (std::size_t{1} << 20) - 2);
  CHECK(spec_size("2001:db8::/120") == 256);
  CHECK(spec_size("2001:db8::/108") == std::size_t{1} << 20);
  CHECK_THROWS_AS(spec_size("198.18.0.0/8"), input_error);
  CHECK_THROWS_AS(spec_size("198.18.0.0/x"), input_error);
}

TEST_CASE("resolve_specs limits the total before expanding anything", "[ping]") {
  SECTION("16 /12 ranges: refused with a message that says what to do, nothing expanded") {
    std::vector<std::string> specs;
    for (int i = 0; i < 16; ++i) specs.push_back(fmt::format("10.{}.0.0/12", i * 16));
    // Counting is cheap; expanding 16 million addresses is not (nor are they resolved).
    const auto t0 = std::chrono::steady_clock::now();
    CHECK_THROWS_WITH(resolve_specs(specs, std::nullopt),
                      Contains("too many targets") && Contains("split them into several runs"));
    CHECK(std::chrono::steady_clock::now() - t0 < 1s);
  }
  SECTION("a bad range after a good one fails before the good one is expanded") {
    CHECK_THROWS_WITH(resolve_specs({"198.18.0.0/12", "nonsense/99"}, std::nullopt),
                      Contains("bad CIDR range"));
  }
  SECTION("one past the limit is refused (a /108 alone is the limit: spec_size above)") {
    CHECK_THROWS_WITH(resolve_specs({"2001:db8::/108", "192.0.2.1"}, std::nullopt),
                      Contains("too many targets"));
  }
  SECTION("repeated addresses are kept once, in order") {
    const auto t = resolve_specs({"198.18.0.0/30", "198.18.0.2", "192.0.2.1"}, std::nullopt);
    REQUIRE(t.size() == 3);
    CHECK(t[2].name == "192.0.2.1");
  }
}

TEST_CASE("read_specs skips comments and blank lines and trims", "[ping]") {
  std::istringstream in(
      "# hosts to check\n\n  192.0.2.1  \n198.18.0.0/30 # lab\n\t\r\n2001:db8::1\r\n");
  CHECK(read_specs(in) == std::vector<std::string>{"192.0.2.1", "198.18.0.0/30", "2001:db8::1"});
}

TEST_CASE("read_specs caps the line length and the number of lines", "[ping]") {
  SECTION("the last line may lack its newline") {
    std::istringstream in("192.0.2.1\n192.0.2.2");
    CHECK(read_specs(in) == std::vector<std::string>{"192.0.2.1", "192.0.2.2"});
  }
  SECTION("a line of max_spec_line bytes is read, one byte more is refused, naming the line") {
    std::istringstream ok("192.0.2.1 #" + std::string(max_spec_line - 11, 'x') + "\n");
    CHECK(read_specs(ok) == std::vector<std::string>{"192.0.2.1"});
    std::istringstream in("192.0.2.1\n" + std::string(max_spec_line + 1, 'a') + "\n");
    CHECK_THROWS_WITH(read_specs(in), Contains("line 2 is longer than 1024 bytes") &&
                                          Contains("one host, address or range per line"));
  }
  SECTION("a huge line without a newline is refused, not read whole") {
    std::istringstream in(std::string(max_spec_line * 64, 'a'));
    CHECK_THROWS_AS(read_specs(in), input_error);
  }
  SECTION("more than max_targets lines") {
    std::string text;
    for (std::size_t i = 0; i <= max_targets; ++i) text += "a\n";
    std::istringstream in(text);
    CHECK_THROWS_WITH(read_specs(in), Contains("more than 1048576 targets"));
  }
}

TEST_CASE("validate(ping_options) says what is wrong in the user's terms", "[ping]") {
  // Starts from the defaults and changes one thing, as one command-line option would.
  const auto with = [](auto change) {
    ping_options o;
    change(o);
    return validate(o);
  };
  CHECK(validate(ping_options{}).empty());
  CHECK(with([](ping_options& o) { o.interval = 0ns; }).empty());  // -i 0: allowed
  CHECK(with([](ping_options& o) { o.rate = 0; }).empty());        // unlimited
  CHECK(with([](ping_options& o) { o.payload_size = 65507; }).empty());
  CHECK_THAT(with([](ping_options& o) { o.interval = -1s; }),
             Contains("-i") && Contains("negative"));
  CHECK_THAT(with([](ping_options& o) { o.timeout = 0ns; }),
             Contains("-W") && Contains("positive"));
  CHECK_THAT(with([](ping_options& o) { o.deadline = 0s; }), Contains("-w"));
  CHECK_THAT(with([](ping_options& o) { o.payload_size = 70000; }),
             Contains("-s") && Contains("65507"));
  CHECK_THAT(with([](ping_options& o) { o.ttl = 0; }), Contains("-t"));
  CHECK_THAT(with([](ping_options& o) { o.rate = -5; }), Contains("--rate"));
  CHECK_THAT(with([](ping_options& o) { o.tcp_port = 0; }), Contains("--tcp"));
  // The command line's words, for a library caller too (tests/cli/test_cli.sh).
  CHECK(with([](ping_options& o) { o.ttl = 0; }) == "TTL (-t) 0 is out of range; use 1 to 255");
  CHECK(with([](ping_options& o) { o.tcp_port = 0; }) == "--tcp 0 is out of range; use 1 to 65535");
  // The whole TTL range is the library's (the front end passes -t as typed).
  CHECK(with([](ping_options& o) { o.ttl = 1; }).empty());
  CHECK(with([](ping_options& o) { o.ttl = 255; }).empty());
  CHECK(with([](ping_options& o) { o.ttl = 256; }) == "TTL (-t) 256 is out of range; use 1 to 255");
  CHECK(with([](ping_options& o) { o.ttl = -1; }) == "TTL (-t) -1 is out of range; use 1 to 255");
  // TTL first, before the other values' rules.
  CHECK(with([](ping_options& o) {
          o.ttl = 300;
          o.payload_size = 70000;
        }) == "TTL (-t) 300 is out of range; use 1 to 255");
}

TEST_CASE("check_user_floor: iputils' floor for users other than root", "[ping]") {
  const auto with = [](auto change) {
    ping_options o;
    change(o);
    return check_user_floor(o);
  };
  CHECK(check_user_floor(ping_options{}).empty());  // -i 1, --rate 1000
  CHECK(with([](ping_options& o) { o.interval = 2ms; }).empty());
  CHECK(with([](ping_options& o) { o.rate = 1000; }).empty());
  CHECK(with([](ping_options& o) { o.interval = 0ns; }) ==
        "cannot flood; minimal interval allowed for user is 2ms");  // iputils' words
  CHECK(with([](ping_options& o) { o.interval = 1999us; }) ==
        "cannot flood; minimal interval allowed for user is 2ms");
  CHECK_THAT(with([](ping_options& o) { o.rate = 0; }),
             Contains("cannot flood") && Contains("--rate") && Contains("1000"));
  CHECK_THAT(with([](ping_options& o) { o.rate = 1001; }), Contains("--rate"));
}

TEST_CASE("IPv4 addresses print as inet_ntop prints them", "[ping][address]") {
  // to_string formats IPv4 by hand (a sweep names every address); every byte value in every
  // position against the C library's own.
  for (unsigned v = 0; v < 256; ++v)
    for (unsigned pos = 0; pos < 4; ++pos) {
      std::uint32_t host = 0x0a141e28;  // 10.20.30.40
      host = (host & ~(0xffU << (8 * pos))) | (v << (8 * pos));
      const auto a = ip_address::v4(host);
      const auto b = ip_address::parse(a.to_string());
      REQUIRE(b);
      CHECK(*b == a);
      CHECK(a.to_string() == fmt::format("{}.{}.{}.{}", host >> 24, (host >> 16) & 0xff,
                                         (host >> 8) & 0xff, host & 0xff));
    }
  CHECK(ip_address::v4(0).to_string() == "0.0.0.0");
  CHECK(ip_address::v4(0xffffffff).to_string() == "255.255.255.255");
}
