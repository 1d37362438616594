# shellcheck shell=bash
# desc: ping sweep target: 198.18.1.0/25 and 2001:db8:ff:1::/121 alive (AnyIP) behind 2 routers
# Every address of a live CIDR answers echo, including .0 and .127 (AnyIP
# has no network/broadcast address). Other addresses in 198.18.0.0/16 /
# 2001:db8:ff::/48 are blackholed silently. Note: `fping -g 198.18.1.0/24`
# skips .0 and .255, so it reports 127 hosts (.1-.127); the kernel answers 128.
scenario_up() {
    lab_chain 2
    lab_ratelimit all 0
    lab_sweep 198.18.1.0/25 2001:db8:ff:1::/121
}
