#include <nettrio/probe/session.hpp>

#include <random>

namespace nettrio {

std::uint64_t random_cookie() {
  std::random_device rd;
  std::uint64_t c = 0;
  while (c == 0) c = (std::uint64_t{rd()} << 32) | rd();
  return c;
}

namespace {
engine_options with_cookie(engine_options o) {
  if (o.payload_cookie == 0) o.payload_cookie = random_cookie();
  return o;
}
}  // namespace

session_core::session_core(event_loop& loop, network& net, engine_options opts)
    : loop_(loop), engine_(net, loop, with_cookie(opts)) {}

session_core::~session_core() {
  if (!finished_) engine_.stop();
}

void session_core::begin(engine::result_handler on_result, done_handler on_done) {
  on_done_ = std::move(on_done);
  started_at_ = loop_.now();
  engine_.start(std::move(on_result));
}

void session_core::finish() {
  if (finished_) return;
  finished_ = true;
  // Posted: finish() may run inside the network's own receive handler (a reply that ends
  // the session), which must not see its sockets closed under it.
  loop_.post([alive = std::weak_ptr<char>(life_), this] {
    if (alive.expired()) return;
    engine_.stop();
    if (auto done = std::move(on_done_)) done();
  });
}

}  // namespace nettrio
