# shellcheck shell=bash
# desc: fig. 7 - firewall after hop 4 in a 10-router chain (router 4 drops what it forwards)
# Expect: hops 1..4 answer, every later hop "* * *" (limit with -m).
scenario_up() {
    lab_chain 10
    lab_ratelimit all 0
    lab_firewall_after 4
}
