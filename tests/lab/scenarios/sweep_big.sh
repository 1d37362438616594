# shellcheck shell=bash
# desc: big sweep target: all of 198.18.0.0/16 and 2001:db8:ff::/112 alive (AnyIP)
scenario_up() {
    lab_chain 1
    lab_ratelimit all 0
    lab_sweep 198.18.0.0/16 2001:db8:ff::/112
}
