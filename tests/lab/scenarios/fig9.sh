# shellcheck shell=bash
# desc: fig. 9 - ECMP: hop 2 is load-balanced over two routers (L4 hash)
# Expect: classic UDP traceroute (dst port changes per probe) shows
# LAB_ECMP_A4 and LAB_ECMP_B4 on hop 2 (probabilistic per probe: use >= 6
# probes or retry), hop 3 = 198.19.3.1, destination 198.19.5.1 at hop 4.
scenario_up() {
    lab_ecmp
    lab_ratelimit all 0
}
