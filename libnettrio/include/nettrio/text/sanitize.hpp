#pragma once
// Text from outside (process names any user sets with prctl(PR_SET_NAME), reverse-DNS and
// /etc/hosts names, lines of target files) must not reach a terminal as it is: an escape
// sequence can hide or recolour text, a newline can forge a row. The writers in apps/ pass
// every such string through `sanitize` before printing it; JSON keeps the raw value (see
// docs/json.md).

#include <string>
#include <string_view>

namespace nettrio {

/// The text with everything a terminal could act on made visible, each byte as `\xNN`
/// (lower-case hex): C0 controls (tab and newline included), DEL, C1 controls both as raw
/// bytes 0x80-0x9f and UTF-8 encoded (U+0080-U+009F), invalid UTF-8 (bad or missing
/// continuation bytes, overlong encodings, surrogates, code points above U+10FFFF), and the
/// Unicode line/paragraph separators and bidirectional overrides/isolates (U+2028-U+2029,
/// U+202A-U+202E, U+2066-U+2069), which reorder or break what follows. Valid printable
/// UTF-8 is kept, backslashes included: the result is clean, so sanitising twice (a
/// message built from sanitised parts, sanitised again where it is printed) changes nothing.
[[nodiscard]] std::string sanitize(std::string_view text);

/// True when `text` is already what `sanitize` would return (nothing to escape).
[[nodiscard]] bool is_clean(std::string_view text) noexcept;

/// True for a plausible host name: 1 to 253 characters of letters, digits, '-', '_' and
/// '.', labels of 1 to 63 characters (an optional final '.'), and not an IPv4 or IPv6
/// address (a PTR record that names an address would pose as another hop).
[[nodiscard]] bool is_hostname(std::string_view text) noexcept;

}  // namespace nettrio
