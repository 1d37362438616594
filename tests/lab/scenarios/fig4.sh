# shellcheck shell=bash
# desc: fig. 4 - first router has no route to the destination: !N at hop 1
# Expect: hop 1 = 198.19.0.1 / 2001:db8::1 with !N on every probe, trace ends.
# Routing errors are rate limited by ip_error() (IPv4 burst 5, then 1/s per
# source) whatever lab_ratelimit says: use few simultaneous probes (-N 1).
# FORWARD-REJECT variants (!N !H !P !X on hop 2): lab_reject, see test_fig4.sh.
scenario_up() {
    lab_chain 3
    lab_ratelimit all 0
    lab_unreach_route 1 net
}
