#include <nettrio/text/sanitize.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>

using namespace nettrio;
using namespace std::string_literals;

TEST_CASE("sanitize shows what a terminal would act on as \\xNN", "[text]") {
  SECTION("printable ASCII and valid UTF-8 are kept") {
    CHECK(sanitize("nginx: worker") == "nginx: worker");
    CHECK(sanitize("caf\xc3\xa9") == "caf\xc3\xa9");            // U+00E9, 2 bytes
    CHECK(sanitize("\xe2\x82\xac 100") == "\xe2\x82\xac 100");  // U+20AC, 3 bytes
    CHECK(sanitize("\xf0\x9f\x98\x80") == "\xf0\x9f\x98\x80");  // U+1F600, 4 bytes
    CHECK(sanitize("\xc2\xa0") == "\xc2\xa0");                  // U+00A0: past C1
    CHECK(sanitize("\xf4\x8f\xbf\xbf") == "\xf4\x8f\xbf\xbf");  // U+10FFFF
    CHECK(sanitize("") == "");
  }
  SECTION("the measured forgery: ESC, newline and a bad byte") {
    CHECK(sanitize("\x1b[8m\nfake\xff") == "\\x1b[8m\\x0afake\\xff");
  }
  SECTION("every C0 control, tab included, and DEL") {
    CHECK(sanitize("a\tb") == "a\\x09b");
    CHECK(sanitize("\r") == "\\x0d");
    CHECK(sanitize("a\0b"s) == "a\\x00b");
    CHECK(sanitize("\x7f") == "\\x7f");
    for (int c = 0; c < 0x20; ++c) {
      const auto out = sanitize(std::string(1, static_cast<char>(c)));
      CHECK(out.size() == 4);
      CHECK(out.substr(0, 2) == "\\x");
    }
  }
  SECTION("C1 controls as raw bytes and as UTF-8 U+0080-U+009F") {
    CHECK(sanitize("\x9b"
                   "31m") == "\\x9b31m");  // raw CSI
    CHECK(sanitize("\x85") == "\\x85");
    CHECK(sanitize("\xc2\x9b"
                   "31m") == "\\xc2\\x9b31m");  // U+009B CSI
    CHECK(sanitize("\xc2\x80") == "\\xc2\\x80");
    CHECK(sanitize("\xc2\x9f") == "\\xc2\\x9f");
  }
  SECTION("invalid UTF-8: each bad byte escaped, the rest resynchronised") {
    CHECK(sanitize("\xff\xfe") == "\\xff\\xfe");
    CHECK(sanitize("\x80x") == "\\x80x");                           // lone continuation byte
    CHECK(sanitize("\xc3") == "\\xc3");                             // truncated at the end
    CHECK(sanitize("\xc3x") == "\\xc3x");                           // missing continuation
    CHECK(sanitize("\xe2\x82") == "\\xe2\\x82");                    // truncated 3-byte sequence
    CHECK(sanitize("\xf5\x80\x80\x80") == "\\xf5\\x80\\x80\\x80");  // past U+10FFFF
    CHECK(sanitize("\xf4\x90\x80\x80") == "\\xf4\\x90\\x80\\x80");  // U+110000
    CHECK(sanitize("\xed\xa0\x80") == "\\xed\\xa0\\x80");           // surrogate U+D800
  }
  SECTION("overlong encodings are invalid, whatever they decode to") {
    CHECK(sanitize("\xc0\xaf") == "\\xc0\\xaf");           // '/'
    CHECK(sanitize("\xc1\x9b") == "\\xc1\\x9b");           // ESC-ish
    CHECK(sanitize("\xe0\x80\x8a") == "\\xe0\\x80\\x8a");  // newline in 3 bytes
    CHECK(sanitize("\xf0\x80\x80\x9b") == "\\xf0\\x80\\x80\\x9b");
  }
  SECTION("line separators and bidirectional overrides") {
    CHECK(sanitize("a\xe2\x80\xa8z") == "a\\xe2\\x80\\xa8z");  // U+2028
    CHECK(sanitize("\xe2\x80\xae") == "\\xe2\\x80\\xae");      // U+202E RLO
    CHECK(sanitize("\xe2\x81\xa6") == "\\xe2\\x81\\xa6");      // U+2066 LRI
    CHECK(sanitize("\xe2\x80\x94") == "\xe2\x80\x94");         // U+2014 em dash is text
  }
  SECTION("idempotent: sanitising sanitised text changes nothing") {
    for (const auto& s : {"\x1b[8m\nfake\xff"s, "a\\b"s, "\xc2\x85\xe2\x80\xae"s, "\xc0\xaf"s})
      CHECK(sanitize(sanitize(s)) == sanitize(s));
    CHECK(sanitize("a\\b") == "a\\b");
  }
  SECTION("is_clean agrees with sanitize") {
    for (const auto& s : {"plain"s, "caf\xc3\xa9"s, "\x1b"s, "\xff"s, "a\\b"s, "\xc2\x85"s, ""s})
      CHECK(is_clean(s) == (sanitize(s) == s));
  }
}

TEST_CASE("is_hostname accepts host names only", "[text]") {
  CHECK(is_hostname("localhost"));
  CHECK(is_hostname("r1.lab.example"));
  CHECK(is_hostname("r1.lab.example."));
  CHECK(is_hostname("xe-0-0-1_core.example.net"));
  CHECK(is_hostname(std::string(63, 'a') + ".example"));
  CHECK_FALSE(is_hostname(""));
  CHECK_FALSE(is_hostname("."));
  CHECK_FALSE(is_hostname("a..b"));
  CHECK_FALSE(is_hostname(".a"));
  CHECK_FALSE(is_hostname(std::string(64, 'a') + ".example"));
  CHECK_FALSE(is_hostname(std::string(254, 'a')));
  CHECK_FALSE(is_hostname("bad\xffname"));
  CHECK_FALSE(is_hostname("\x1b[8m.example"));
  CHECK_FALSE(is_hostname("new\nline"));
  CHECK_FALSE(is_hostname("space name"));
  CHECK_FALSE(is_hostname("caf\xc3\xa9.example"));
  SECTION("a name that is an address would pose as another hop") {
    CHECK_FALSE(is_hostname("198.19.0.1"));
    CHECK_FALSE(is_hostname("2001:db8::1"));
    CHECK(is_hostname("198.19.0.1.example"));
  }
}

TEST_CASE("sanitize on random bytes: clean, idempotent, no control byte left", "[text]") {
  std::mt19937 rng(20261202);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 20000; ++round) {
    std::string in(static_cast<std::size_t>(byte(rng) % 24), '\0');
    for (auto& c : in) c = static_cast<char>(byte(rng));
    const auto out = sanitize(in);
    REQUIRE(is_clean(out));
    REQUIRE(sanitize(out) == out);
    REQUIRE(std::none_of(out.begin(), out.end(), [](char c) {
      const auto u = static_cast<unsigned char>(c);
      return u < 0x20 || u == 0x7f;
    }));
    if (is_clean(in)) REQUIRE(out == in);
  }
}
