#include <nettrio/packet/checksum.hpp>
#include <nettrio/packet/icmp.hpp>
#include <nettrio/packet/ipv4.hpp>

#include <catch2/catch.hpp>

#include "support/constants.hpp"

#include "support/bytes.hpp"

#include <memory>

using namespace nettrio;
using namespace nettrio::packet;
using nettrio::test::bytes;
using nettrio::test::join;

namespace {

// --- Quoted datagrams, as routers send them back (RFC 792 / RFC 4443) ---------------------

// IPv4 header of a probe from 192.0.2.10 to 203.0.113.10 as the router saw it (TTL 1).
std::vector<std::byte> v4_header(std::uint8_t protocol, std::uint16_t total_length = 60) {
  auto h = bytes({0x45, 0x00, 0x00, 0x00, 0x1c, 0x46, 0x40, 0x00, 0x01, protocol,
                  0x00, 0x00, 0xc0, 0x00, 0x02, 0x0a, 0xcb, 0x00, 0x71, 0x0a});
  store_be16(h, 2, total_length);
  store_be16(h, 10, internet_checksum(h));
  return h;
}

// IPv6 header of a probe from 2001:db8::10 to 2001:db8:2::10 (hop limit 1).
std::vector<std::byte> v6_header(std::uint8_t next_header) {
  return bytes(
      {0x60, 0x00, 0x00, 0x00, 0x00, 0x20, next_header, 0x01,                             //
       0x20, 0x01, 0x0d, 0xb8, 0,    0,    0,           0,    0, 0, 0, 0, 0, 0, 0, 0x10,  //
       0x20, 0x01, 0x0d, 0xb8, 0,    2,    0,           0,    0, 0, 0, 0, 0, 0, 0, 0x10});
}

// UDP from 40001 to 33435, 40 bytes; the payload starts with the engine's sequence 0x1234.
const auto udp_probe =
    bytes({0x9c, 0x41, 0x82, 0x9b, 0x00, 0x28, 0x5a, 0x5a, 0x12, 0x34, 0x00, 0x00});
// ICMP echo request, id 0x4e54, seq 7 (the checksum bytes do not matter to the quote).
const auto echo4_probe = bytes({0x08, 0x00, 0xaa, 0xbb, 0x4e, 0x54, 0x00, 0x07});
const auto echo6_probe = bytes({0x80, 0x00, 0xaa, 0xbb, 0x4e, 0x54, 0x00, 0x07});
// TCP SYN from 51000 to 80, seq 0x01020304 (routers quote at least these 8 bytes).
const auto tcp_probe = bytes({0xc7, 0x38, 0x00, 0x50, 0x01, 0x02, 0x03, 0x04});

// A full ICMP error message: 8-byte header, then the quote.
std::vector<std::byte> icmp_error(std::uint8_t type, std::uint8_t code,
                                  const std::vector<std::byte>& quote) {
  auto m = join({bytes({type, code, 0, 0, 0, 0, 0, 0}), quote});
  store_be16(m, 2, internet_checksum(m));
  return m;
}

std::span<const std::byte> quote_of(const std::vector<std::byte>& msg) {
  return std::span<const std::byte>(msg).subspan(icmp_header::size);
}

// A heap copy of exactly `n` bytes, so that AddressSanitizer catches a read past the end.
std::unique_ptr<std::byte[]> exact_copy(std::span<const std::byte> b, std::size_t n) {
  auto p = std::make_unique<std::byte[]>(n == 0 ? 1 : n);
  std::copy_n(b.begin(), n, p.get());
  return p;
}

const auto& v4_dst = test::dst4;
const auto& v6_dst = test::dst6;

}  // namespace

TEST_CASE("ICMP header decodes and encodes to the same bytes", "[packet]") {
  // Echo reply, id 0x4e54, seq 0x0102, checksum 0xf00d.
  const auto wire = bytes({0x00, 0x00, 0xf0, 0x0d, 0x4e, 0x54, 0x01, 0x02});
  const auto h = icmp_header::parse(wire);
  REQUIRE(h);
  CHECK(h->type == icmp4::echo_reply);
  CHECK(h->code == 0);
  CHECK(h->checksum == 0xf00d);
  CHECK(h->identifier == 0x4e54);
  CHECK(h->sequence == 0x0102);
  std::vector<std::byte> out(icmp_header::size);
  h->encode(out);
  CHECK(out == wire);
  for (std::size_t n = 0; n < icmp_header::size; ++n)
    CHECK_FALSE(icmp_header::parse(std::span(wire).first(n)));
}

TEST_CASE("echo requests carry id, sequence, payload and a valid IPv4 checksum", "[packet]") {
  const auto payload = bytes({0xde, 0xad, 0xbe, 0xef, 0x01});  // odd length on purpose
  SECTION("IPv4: type 8, checksum verifies") {
    const auto m = make_echo_request(ip_family::v4, 0x4e54, 9, payload);
    REQUIRE(m.size() == 8 + payload.size());
    const auto h = icmp_header::parse(m);
    REQUIRE(h);
    CHECK(h->type == icmp4::echo_request);
    CHECK(h->identifier == 0x4e54);
    CHECK(h->sequence == 9);
    CHECK(h->checksum != 0);
    CHECK(internet_checksum(m) == 0);
    CHECK(std::equal(payload.begin(), payload.end(), m.begin() + 8));
  }
  SECTION("IPv6: type 128, checksum left to the kernel") {
    const auto m = make_echo_request(ip_family::v6, 0x4e54, 9, payload);
    const auto h = icmp_header::parse(m);
    REQUIRE(h);
    CHECK(h->type == icmp6::echo_request);
    CHECK(h->checksum == 0);
  }
}

TEST_CASE("parse_quoted reads the probe out of real-looking ICMP errors", "[packet]") {
  SECTION("IPv4 time exceeded quoting a UDP probe") {
    const auto msg =
        icmp_error(icmp4::time_exceeded, 0, join({v4_header(ip_proto_udp), udp_probe}));
    const auto q = parse_quoted(ip_family::v4, quote_of(msg));
    REQUIRE(q);
    CHECK(q->has_transport);
    CHECK(q->source.to_string() == "192.0.2.10");
    CHECK(q->destination == v4_dst);
    CHECK(q->protocol == ip_proto_udp);
    CHECK(q->ttl == 1);
    CHECK(q->src_port == 40001);
    CHECK(q->dst_port == 33435);
  }
  SECTION("IPv4 port unreachable from the destination quoting a UDP probe") {
    const auto msg =
        icmp_error(icmp4::dest_unreachable, 3, join({v4_header(ip_proto_udp), udp_probe}));
    const auto q = parse_quoted(ip_family::v4, quote_of(msg));
    REQUIRE(q);
    CHECK(q->destination == v4_dst);
    CHECK(q->src_port == 40001);
    CHECK(q->dst_port == 33435);
  }
  SECTION("IPv4 time exceeded quoting an echo request") {
    const auto msg =
        icmp_error(icmp4::time_exceeded, 0, join({v4_header(ip_proto_icmp), echo4_probe}));
    const auto q = parse_quoted(ip_family::v4, quote_of(msg));
    REQUIRE(q);
    CHECK(q->protocol == ip_proto_icmp);
    CHECK(q->icmp_type == icmp4::echo_request);
    CHECK(q->icmp_id == 0x4e54);
    CHECK(q->icmp_seq == 7);
    CHECK(q->src_port == 0);
  }
  SECTION("IPv4 host unreachable quoting a TCP SYN") {
    const auto msg =
        icmp_error(icmp4::dest_unreachable, 1, join({v4_header(ip_proto_tcp), tcp_probe}));
    const auto q = parse_quoted(ip_family::v4, quote_of(msg));
    REQUIRE(q);
    CHECK(q->protocol == ip_proto_tcp);
    CHECK(q->src_port == 51000);
    CHECK(q->dst_port == 80);
    CHECK(q->tcp_seq == 0x01020304);
  }
  SECTION("IPv4 quote whose header carries options") {
    auto ip = v4_header(ip_proto_udp);
    ip[0] = std::byte{0x46};
    ip.insert(ip.end(), 4, std::byte{0x01});
    const auto msg = icmp_error(icmp4::time_exceeded, 0, join({ip, udp_probe}));
    const auto q = parse_quoted(ip_family::v4, quote_of(msg));
    REQUIRE(q);
    CHECK(q->has_transport);
    CHECK(q->src_port == 40001);  // read after the options, not inside them
    CHECK(q->dst_port == 33435);
  }
  SECTION("IPv6 time exceeded quoting a UDP probe") {
    const auto msg =
        icmp_error(icmp6::time_exceeded, 0, join({v6_header(ip_proto_udp), udp_probe}));
    const auto q = parse_quoted(ip_family::v6, quote_of(msg));
    REQUIRE(q);
    CHECK(q->has_transport);
    CHECK(q->source.to_string() == "2001:db8::10");
    CHECK(q->destination == v6_dst);
    CHECK(q->protocol == ip_proto_udp);
    CHECK(q->ttl == 1);
    CHECK(q->src_port == 40001);
    CHECK(q->dst_port == 33435);
  }
  SECTION("IPv6 port unreachable quoting a UDP probe") {
    const auto msg =
        icmp_error(icmp6::dest_unreachable, 4, join({v6_header(ip_proto_udp), udp_probe}));
    const auto q = parse_quoted(ip_family::v6, quote_of(msg));
    REQUIRE(q);
    CHECK(q->destination == v6_dst);
    CHECK(q->dst_port == 33435);
  }
  SECTION("IPv6 time exceeded quoting an ICMPv6 echo request") {
    const auto msg =
        icmp_error(icmp6::time_exceeded, 0, join({v6_header(ip_proto_icmpv6), echo6_probe}));
    const auto q = parse_quoted(ip_family::v6, quote_of(msg));
    REQUIRE(q);
    CHECK(q->protocol == ip_proto_icmpv6);
    CHECK(q->icmp_type == icmp6::echo_request);
    CHECK(q->icmp_id == 0x4e54);
    CHECK(q->icmp_seq == 7);
  }
  SECTION("IPv6 admin prohibited quoting a TCP SYN") {
    const auto msg =
        icmp_error(icmp6::dest_unreachable, 1, join({v6_header(ip_proto_tcp), tcp_probe}));
    const auto q = parse_quoted(ip_family::v6, quote_of(msg));
    REQUIRE(q);
    CHECK(q->protocol == ip_proto_tcp);
    CHECK(q->src_port == 51000);
    CHECK(q->dst_port == 80);
    CHECK(q->tcp_seq == 0x01020304);
  }
  SECTION("a protocol nettrio never sends yields addresses only") {
    const auto msg = icmp_error(icmp4::time_exceeded, 0, join({v4_header(47), udp_probe}));  // GRE
    const auto q = parse_quoted(ip_family::v4, quote_of(msg));
    REQUIRE(q);
    CHECK(q->protocol == 47);
    CHECK(q->src_port == 0);
    CHECK(q->dst_port == 0);
    CHECK(q->icmp_id == 0);
  }
  SECTION("the wrong family is not a quote") {
    const auto v4msg =
        icmp_error(icmp4::time_exceeded, 0, join({v4_header(ip_proto_udp), udp_probe}));
    CHECK_FALSE(parse_quoted(ip_family::v6, quote_of(v4msg)));
    const auto v6msg =
        icmp_error(icmp6::time_exceeded, 0, join({v6_header(ip_proto_udp), udp_probe}));
    CHECK_FALSE(parse_quoted(ip_family::v4, quote_of(v6msg)));
  }
}

TEST_CASE("parse_quoted stays inside truncated quotes at every length", "[packet]") {
  // Below the IP header: nothing. IP header but under 8 transport bytes: addresses only
  // (has_transport false). From 8 transport bytes on: the full identity.
  struct fixture {
    const char* name;
    ip_family family;
    std::vector<std::byte> quote;
    std::size_t ip_len;
  };
  auto ip_opts = v4_header(ip_proto_tcp);
  ip_opts[0] = std::byte{0x47};  // 28-byte header
  ip_opts.insert(ip_opts.end(), 8, std::byte{0x01});
  const std::vector<fixture> fixtures = {
      {"v4 udp", ip_family::v4, join({v4_header(ip_proto_udp), udp_probe}), 20},
      {"v4 echo", ip_family::v4, join({v4_header(ip_proto_icmp), echo4_probe}), 20},
      {"v4 tcp with options", ip_family::v4, join({ip_opts, tcp_probe}), 28},
      {"v6 udp", ip_family::v6, join({v6_header(ip_proto_udp), udp_probe}), 40},
      {"v6 echo", ip_family::v6, join({v6_header(ip_proto_icmpv6), echo6_probe}), 40},
      {"v6 tcp", ip_family::v6, join({v6_header(ip_proto_tcp), tcp_probe}), 40},
  };
  for (const auto& f : fixtures) {
    INFO(f.name);
    for (std::size_t n = 0; n <= f.quote.size(); ++n) {
      INFO("length " << n);
      const auto copy = exact_copy(f.quote, n);
      const auto q = parse_quoted(f.family, std::span<const std::byte>(copy.get(), n));
      if (n < f.ip_len) {
        CHECK_FALSE(q);
        continue;
      }
      REQUIRE(q);
      CHECK(q->destination == (f.family == ip_family::v4 ? v4_dst : v6_dst));
      CHECK(q->has_transport == (n >= f.ip_len + 8));
      if (!q->has_transport) {
        CHECK(q->src_port == 0);
        CHECK(q->dst_port == 0);
        CHECK(q->icmp_seq == 0);
      } else if (q->protocol == ip_proto_udp) {
        CHECK(q->dst_port == 33435);
      } else if (q->protocol == ip_proto_tcp) {
        CHECK(q->dst_port == 80);
      } else {
        CHECK(q->icmp_seq == 7);
      }
    }
  }
}

namespace {

// --- RFC 4884 extension structures with RFC 4950 MPLS label stacks -----------------------

std::vector<std::byte> label_entry(std::uint32_t label, std::uint8_t exp, bool bottom,
                                   std::uint8_t ttl) {
  std::vector<std::byte> e(4);
  store_be32(e, 0, (label << 12) | (std::uint32_t{exp} << 9) | (bottom ? 0x100U : 0U) | ttl);
  return e;
}

std::vector<std::byte> object(std::uint8_t cls, std::uint8_t ctype,
                              const std::vector<std::byte>& body,
                              std::optional<std::uint16_t> length = std::nullopt) {
  auto o = join({bytes({0, 0, cls, ctype}), body});
  store_be16(o, 0, length.value_or(static_cast<std::uint16_t>(o.size())));
  return o;
}

// Version 2 header, then the objects; the checksum covers the whole structure.
std::vector<std::byte> extensions(const std::vector<std::vector<std::byte>>& objects,
                                  bool good_checksum = true) {
  auto ext = bytes({0x20, 0x00, 0x00, 0x00});
  for (const auto& o : objects) ext.insert(ext.end(), o.begin(), o.end());
  auto sum = internet_checksum(ext);
  if (!good_checksum) sum = static_cast<std::uint16_t>(sum ^ 0x0101);
  store_be16(ext, 2, sum);
  return ext;
}

// A time-exceeded message whose original datagram is padded to 128 bytes, as RFC 4884
// requires when extensions follow; `length_field` is what the router put in byte 5 / 4.
std::vector<std::byte> te_with(ip_family f, std::uint8_t length_field,
                               const std::vector<std::byte>& ext) {
  auto quote = f == ip_family::v4 ? join({v4_header(ip_proto_udp), udp_probe})
                                  : join({v6_header(ip_proto_udp), udp_probe});
  quote.resize(128);
  auto hdr = bytes(
      {f == ip_family::v4 ? icmp4::time_exceeded : icmp6::time_exceeded, 0, 0, 0, 0, 0, 0, 0});
  hdr[f == ip_family::v4 ? 5 : 4] = std::byte{length_field};
  auto m = join({hdr, quote, ext});
  store_be16(m, 2, internet_checksum(m));
  return m;
}

const mpls_label transport_label{16004, 0, false, 1};
const mpls_label service_label{1000, 5, true, 255};

std::vector<std::byte> two_labels() {
  return object(1, 1, join({label_entry(16004, 0, false, 1), label_entry(1000, 5, true, 255)}));
}

}  // namespace

TEST_CASE("parse_mpls_extensions reads RFC 4950 label stacks", "[packet]") {
  const std::vector<mpls_label> expected = {transport_label, service_label};
  SECTION("IPv4: length in 32-bit words (128 bytes = 32)") {
    CHECK(parse_mpls_extensions(
              ip_family::v4, te_with(ip_family::v4, 32, extensions({two_labels()}))) == expected);
  }
  SECTION("IPv6: length in 64-bit words (128 bytes = 16), RFC 4884 section 4.1") {
    CHECK(parse_mpls_extensions(
              ip_family::v6, te_with(ip_family::v6, 16, extensions({two_labels()}))) == expected);
  }
  SECTION("length 0 with a 128-byte quote: the pre-RFC 4884 form routers still send") {
    CHECK(parse_mpls_extensions(ip_family::v4,
                                te_with(ip_family::v4, 0, extensions({two_labels()}))) == expected);
    CHECK(parse_mpls_extensions(ip_family::v6,
                                te_with(ip_family::v6, 0, extensions({two_labels()}))) == expected);
  }
  SECTION("objects of other classes are skipped, later label stacks still read") {
    const auto interface_info = object(2, 0x0c, bytes({0, 0, 0, 7}));  // RFC 5837
    CHECK(parse_mpls_extensions(
              ip_family::v4,
              te_with(ip_family::v4, 32, extensions({interface_info, two_labels()}))) == expected);
  }
}

TEST_CASE("parse_mpls_extensions survives malformed extensions", "[packet]") {
  const auto v4 = ip_family::v4;
  SECTION("a zero-length object ends the walk instead of looping") {
    const auto zero = object(1, 1, {}, 0);
    CHECK(parse_mpls_extensions(v4, te_with(v4, 32, extensions({zero, two_labels()}))).empty());
    // What was valid before it is kept.
    CHECK(parse_mpls_extensions(v4, te_with(v4, 32, extensions({two_labels(), zero}))).size() == 2);
  }
  SECTION("an object longer than the message is ignored") {
    const auto oversized = object(1, 1, label_entry(16004, 0, true, 1), 0x0400);
    CHECK(parse_mpls_extensions(v4, te_with(v4, 32, extensions({oversized}))).empty());
  }
  SECTION("a bad checksum discards the structure") {
    CHECK(parse_mpls_extensions(v4, te_with(v4, 32, extensions({two_labels()}, false))).empty());
  }
  SECTION("a version other than 2 is not an extension structure") {
    auto ext = extensions({two_labels()});
    ext[0] = std::byte{0x10};
    CHECK(parse_mpls_extensions(v4, te_with(v4, 32, ext)).empty());
  }
  SECTION("a length below the 128-byte minimum is not trusted") {
    CHECK(parse_mpls_extensions(v4, te_with(v4, 7, extensions({two_labels()}))).empty());
  }
  SECTION("no extension after the quote, or a message shorter than its header") {
    CHECK(parse_mpls_extensions(v4, te_with(v4, 32, {})).empty());
    CHECK(parse_mpls_extensions(v4, bytes({11, 0, 0})).empty());
  }
  SECTION("a flood of objects is bounded") {
    std::vector<std::vector<std::byte>> many(40, object(1, 1, label_entry(17, 0, true, 9)));
    const auto labels = parse_mpls_extensions(v4, te_with(v4, 32, extensions(many)));
    CHECK(labels.size() <= 32);
    CHECK_FALSE(labels.empty());
  }
  SECTION("every truncation of a valid message stays in bounds") {
    const auto full = te_with(v4, 32, extensions({two_labels()}));
    for (std::size_t n = 0; n <= full.size(); ++n) {
      const auto copy = exact_copy(full, n);
      const auto labels = parse_mpls_extensions(v4, std::span<const std::byte>(copy.get(), n));
      // Cut anywhere, the checksum no longer matches, or the objects are incomplete.
      CHECK(labels.size() == (n == full.size() ? 2U : 0U));
    }
  }
}

TEST_CASE("quoted_echo_data returns the quoted echo data and never padding or extensions",
          "[packet]") {
  auto data = bytes({0x6e, 0x65, 0x74, 0x74, 0x72, 0x69, 0x6f, 0x21, 1, 2, 3, 4});
  const auto as_vector = [](std::span<const std::byte> s) {
    return std::vector<std::byte>(s.begin(), s.end());
  };
  SECTION("a whole quote, v4 and v6") {
    const auto v4 = icmp_error(icmp4::time_exceeded, 0,
                               join({v4_header(ip_proto_icmp, 40), echo4_probe, data}));
    CHECK(as_vector(quoted_echo_data(ip_family::v4, v4)) == data);
    const auto v6 =
        icmp_error(icmp6::time_exceeded, 0, join({v6_header(ip_proto_icmpv6), echo6_probe, data}));
    CHECK(as_vector(quoted_echo_data(ip_family::v6, v6)) == data);
  }
  SECTION("a quote that stops at the ICMP header (RFC 792) or before it has none") {
    const auto header_only =
        icmp_error(icmp4::time_exceeded, 0, join({v4_header(ip_proto_icmp), echo4_probe}));
    CHECK(quoted_echo_data(ip_family::v4, header_only).empty());
    const auto short_quote = icmp_error(icmp4::time_exceeded, 0, v4_header(ip_proto_icmp));
    CHECK(quoted_echo_data(ip_family::v4, short_quote).empty());
    CHECK(quoted_echo_data(ip_family::v4, bytes({11, 0, 0})).empty());
  }
  SECTION("RFC 4884: the length field ends the original datagram, the extension is not data") {
    for (const auto f : {ip_family::v4, ip_family::v6}) {
      const bool v4 = f == ip_family::v4;
      auto quote = v4 ? join({v4_header(ip_proto_icmp), echo4_probe, data})
                      : join({v6_header(ip_proto_icmpv6), echo6_probe, data});
      const std::size_t headers = quote.size() - data.size();
      quote.resize(128);  // zero padded, as RFC 4884 requires before extensions
      for (const std::uint8_t length : {std::uint8_t{0}, static_cast<std::uint8_t>(v4 ? 32 : 16)}) {
        INFO((v4 ? "v4" : "v6") << ", length field " << int{length});
        auto hdr = bytes({v4 ? icmp4::time_exceeded : icmp6::time_exceeded, 0, 0, 0, 0, 0, 0, 0});
        hdr[v4 ? 5 : 4] = std::byte{length};
        const auto msg = join({hdr, quote, extensions({two_labels()})});
        const auto got = quoted_echo_data(f, msg);
        REQUIRE(got.size() == 128 - headers);  // up to the padding's end, no further
        CHECK(as_vector(got.first(data.size())) == data);
      }
    }
  }
  SECTION("a length field shorter than the headers leaves no data") {
    auto msg = icmp_error(icmp4::time_exceeded, 0,
                          join({v4_header(ip_proto_icmp, 40), echo4_probe, data}));
    msg[5] = std::byte{6};  // 24 bytes: inside the quoted ICMP header
    CHECK(quoted_echo_data(ip_family::v4, msg).empty());
    msg[5] = std::byte{8};  // 32 bytes: 4 bytes of data
    CHECK(as_vector(quoted_echo_data(ip_family::v4, msg)) ==
          std::vector<std::byte>(data.begin(), data.begin() + 4));
  }
}
