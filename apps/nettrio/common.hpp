#pragma once
// What every subcommand front end shares: option plumbing, logging set-up, exit codes and
// the one-line error style. Only apps/ prints.

#include <nettrio/probe/socket_network.hpp>

#include <boost/program_options.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace nettrio {
class event_loop;
class trace_session;
namespace report {
class trace_writer;
}
}  // namespace nettrio

namespace nettrio::cli {

namespace po = boost::program_options;

inline constexpr int exit_ok = 0;        // success
inline constexpr int exit_negative = 1;  // ran, but the answer is negative
inline constexpr int exit_error = 2;     // usage or runtime error

/// Bad input: printed as one line, "PROG: MESSAGE", with a hint to --help, exit 2.
struct usage_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// How the subcommand was invoked: "nettrio ping", or "ping" through a link.
struct invocation {
  std::string prog;
  std::vector<std::string> args;
};

struct common_options {
  bool json = false;
  bool verbose = false;
  std::string log_level = "warn";
  bool help = false;
};

void add_common_options(po::options_description& desc, common_options& common);

/// Parses `inv.args`. Unknown options and bad values become usage_error.
po::variables_map parse(const invocation& inv, const po::options_description& desc,
                        const po::positional_options_description& positional);
/// The same, with `hidden` options (positional arguments) that --help does not list.
po::variables_map parse(const invocation& inv, const po::options_description& desc,
                        const po::options_description& hidden,
                        const po::positional_options_description& positional);

/// spdlog to stderr only, so logs never mix with results on stdout.
void setup_logging(const common_options& common);

void print_help(const invocation& inv, std::string_view synopsis, std::string_view about,
                const po::options_description& desc, std::string_view epilog = {});

/// Parses a number option given as text, with a readable error.
double parse_seconds(std::string_view option, const std::string& text);

/// Parses a port option (nettrio::parse_port: digits only, 1 to 65535), with a readable
/// error naming the option.
std::uint16_t parse_port(std::string_view option, const std::string& text);

/// The sockets ping needs, for both families when both may be needed: a host without IPv6
/// (or, unprivileged, without one of them) still pings the family it has, and the missing
/// one is reported when a target needs it. The first error is the one shown when none opens.
/// Shared by `nettrio ping` and the classic `ping`.
std::unique_ptr<network> open_ping_network(socket_options so, bool ipv4, bool ipv6,
                                           socket_report& rep);

/// iputils' -M HINT (do, want, dont, probe) as socket options; nullopt for anything else.
struct pmtudisc_hint {
  std::optional<bool> dont_fragment;
  bool respect_path_mtu = false;
};
std::optional<pmtudisc_hint> parse_pmtudisc(std::string_view text);

int ping_main(const invocation& inv);
int trace_main(const invocation& inv);
int ports_main(const invocation& inv);
int check_main(const invocation& inv);
int exporter_main(const invocation& inv);
/// nettrio under the name netstat: net-tools netstat 2.10 (classic_netstat.cpp).
int classic_netstat_main(const invocation& inv);
/// `traceroute`/`traceroute6`: traceroute 2.1.2's letters, words and exit codes (`inv.prog`
/// is argv[0] as given, which traceroute's usage text shows).
int classic_traceroute_main(const invocation& inv);
/// Under the classic names: iputils ping's and fping's options, lines and exit codes.
int classic_ping_main(const invocation& inv);
int classic_fping_main(const invocation& inv);

/// What run_trace_session needs of a session (trace_job_session, trace_session): start it
/// with its done handler, stop it early.
struct session_control {
  std::function<void(std::function<void()>)> start;
  std::function<void()> stop;
};

/// Runs `session` on `loop` to its end (its hops go to `writer` through the session's own
/// handler), then the loop on until the writer has its names (trace_writer::settle, each at
/// most its name_wait). Ctrl-C stops the session (the hops so far stay); during the wait
/// for names, it ends the wait. True when Ctrl-C ended it (never when SIGINT was ignored on
/// entry: then it stays ignored).
bool run_trace_session(event_loop& loop, const session_control& session,
                       report::trace_writer& writer);
template <class Session>
bool run_trace_session(event_loop& loop, Session& s, report::trace_writer& writer) {
  return run_trace_session(
      loop,
      session_control{[&s](std::function<void()> done) { s.start(std::move(done)); },
                      [&s] { s.stop(); }},
      writer);
}

}  // namespace nettrio::cli
