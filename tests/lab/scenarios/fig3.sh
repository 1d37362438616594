# shellcheck shell=bash
# desc: fig. 3 - clean path: 7 routers, every hop answers, destination at hop 8
# Expect: hops 1..7 = lab_hop_addr 1..7, hop 8 = LAB_DST4/6, no '*'.
scenario_up() {
    lab_chain 7
    lab_ratelimit all 0
}
