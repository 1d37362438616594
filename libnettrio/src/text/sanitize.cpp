#include <nettrio/text/sanitize.hpp>

#include <nettrio/address.hpp>

#include <cstdint>

namespace nettrio {

namespace {

// Length of the well-formed UTF-8 sequence at the start of `s` (RFC 3629, table 3-7 of the
// Unicode standard), or 0 when it is not one. Overlong forms (C0, C1, E0 80-9F, F0 80-8F),
// surrogates (ED A0-BF) and code points past U+10FFFF (F4 90+, F5-FF) are not.
std::size_t utf8_length(std::string_view s) noexcept {
  const auto b = [&](std::size_t i) { return static_cast<std::uint8_t>(s[i]); };
  const auto cont = [&](std::size_t i) { return i < s.size() && (b(i) & 0xc0) == 0x80; };
  const std::uint8_t c = b(0);
  if (c < 0x80) return 1;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xe0 && b(1) < 0xa0) return 0;   // overlong
    if (c == 0xed && b(1) >= 0xa0) return 0;  // UTF-16 surrogate
    return 3;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xf0 && b(1) < 0x90) return 0;   // overlong
    if (c == 0xf4 && b(1) >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;  // a continuation byte, C0/C1 (always overlong) or F5-FF
}

// A well-formed sequence of `n` bytes a terminal would act on rather than show.
bool is_control_sequence(std::string_view s, std::size_t n) noexcept {
  const auto b = [&](std::size_t i) { return static_cast<std::uint8_t>(s[i]); };
  if (n == 1) return b(0) < 0x20 || b(0) == 0x7f;
  if (n == 2) return b(0) == 0xc2 && b(1) < 0xa0;  // U+0080-U+009F: C1
  if (n == 3 && b(0) == 0xe2) {                    // U+2000-U+2FFF
    const std::uint32_t cp = 0x2000u | ((b(1) & 0x3fu) << 6) | (b(2) & 0x3fu);
    return (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
  }
  return false;
}

void append_hex(std::string& out, std::uint8_t byte) {
  constexpr char digits[] = "0123456789abcdef";
  out += "\\x";
  out += digits[byte >> 4];
  out += digits[byte & 0xf];
}

}  // namespace

bool is_clean(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size();) {
    const auto n = utf8_length(text.substr(i));
    if (n == 0 || is_control_sequence(text.substr(i), n)) return false;
    i += n;
  }
  return true;
}

std::string sanitize(std::string_view text) {
  if (is_clean(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size();) {
    const auto rest = text.substr(i);
    const auto n = utf8_length(rest);
    if (n == 0) {  // one bad byte; resynchronise at the next one
      append_hex(out, static_cast<std::uint8_t>(text[i]));
      ++i;
      continue;
    }
    if (is_control_sequence(rest, n)) {
      for (std::size_t k = 0; k < n; ++k) append_hex(out, static_cast<std::uint8_t>(text[i + k]));
    } else {
      out.append(rest.substr(0, n));
    }
    i += n;
  }
  return out;
}

bool is_hostname(std::string_view text) noexcept {
  if (!text.empty() && text.back() == '.') text.remove_suffix(1);
  if (text.empty() || text.size() > 253) return false;
  std::size_t label = 0;
  for (const char c : text) {
    if (c == '.') {
      if (label == 0) return false;
      label = 0;
      continue;
    }
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_';
    if (!ok || ++label > 63) return false;
  }
  if (label == 0) return false;
  return !ip_address::parse(text).has_value();
}

}  // namespace nettrio
