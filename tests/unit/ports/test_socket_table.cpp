#include <nettrio/ports/socket_table.hpp>

#include <catch2/catch.hpp>

using namespace nettrio;

TEST_CASE("ports --state words: ss and netstat names, groups", "[ports]") {
  using enum socket_state;
  CHECK(parse_state("established") == state_bit(established));
  CHECK(parse_state("ESTABLISHED") == state_bit(established));
  CHECK(parse_state("estab") == state_bit(established));
  CHECK(parse_state("TIME_WAIT") == state_bit(time_wait));
  CHECK(parse_state("time-wait") == state_bit(time_wait));
  CHECK(parse_state("fin-wait-1") == state_bit(fin_wait1));
  CHECK(parse_state("FIN_WAIT2") == state_bit(fin_wait2));
  CHECK(parse_state("close_wait") == state_bit(close_wait));
  CHECK(parse_state("listen") == state_bit(listen));
  CHECK(parse_state("listening") == listening_states);
  CHECK(parse_state("unconn") == state_bit(close));
  CHECK(parse_state("all") == all_states);
  CHECK(parse_state("connected") == connected_states);
  CHECK_FALSE(parse_state("nonsense"));
  CHECK_FALSE(parse_state(""));
  SECTION("every state's display name parses back to it") {
    for (unsigned s = 1; s <= 11; ++s) {
      const auto st = static_cast<socket_state>(s);
      INFO(to_string(st));
      CHECK(parse_state(to_string(st)) == state_bit(st));
    }
  }
}

TEST_CASE("endpoints print as ss does: brackets for IPv6, '*' for port 0", "[ports]") {
  auto a = [](const char* t) { return *ip_address::parse(t); };
  CHECK(endpoint_text(a("0.0.0.0"), 8080) == "0.0.0.0:8080");
  CHECK(endpoint_text(a("0.0.0.0"), 0) == "0.0.0.0:*");
  CHECK(endpoint_text(a("255.255.255.255"), 65535) == "255.255.255.255:65535");
  CHECK(endpoint_text(a("10.0.0.1"), 9) == "10.0.0.1:9");
  CHECK(endpoint_text(a("::"), 0) == "[::]:*");
  CHECK(endpoint_text(a("::1"), 53) == "[::1]:53");
  CHECK(endpoint_text(a("::ffff:127.0.0.1"), 80) == "[::ffff:127.0.0.1]:80");
  CHECK(endpoint_text(a("2001:db8:1:2:3:4:5:6"), 443) == "[2001:db8:1:2:3:4:5:6]:443");
  CHECK(endpoint_text(a("ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255"), 65535).size() <
        endpoint_text_max);
}

TEST_CASE("queries select protocol, family, state and port", "[ports]") {
  socket_record r;
  r.proto = transport::udp;
  r.local_address = *ip_address::parse("::1");
  r.local_port = 5353;
  r.remote_port = 40000;
  r.state = socket_state::close;
  socket_query q;
  CHECK_FALSE(matches(q, r));  // the default is connected sockets
  q.states = listening_states;
  CHECK(matches(q, r));
  q.udp = false;
  CHECK_FALSE(matches(q, r));
  q.udp = true;
  q.ipv6 = false;
  CHECK_FALSE(matches(q, r));
  q.ipv6 = true;
  q.port = 40000;  // the remote port matches too
  CHECK(matches(q, r));
  q.port = 1;
  CHECK_FALSE(matches(q, r));

  CHECK(validate(socket_query{}).empty());
  CHECK_FALSE(validate(socket_query{.tcp = false, .udp = false, .raw = false}).empty());
  CHECK_FALSE(validate(socket_query{.ipv4 = false, .ipv6 = false}).empty());
  // The command line's words, for a library caller too (tests/ports/cli.sh).
  CHECK(validate(socket_query{.ipv4 = false, .ipv6 = false}) ==
        "-4 and -6 exclude each other; give one or neither");
  CHECK(validate(socket_query{.port = 0}) == "--port 0 is out of range; use 1 to 65535");
  CHECK(validate(socket_query{.port = 1}).empty());
}
