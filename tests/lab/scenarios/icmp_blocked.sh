# shellcheck shell=bash
# desc: destination (hop 4) drops ICMP echo-request only; UDP/TCP probes still answered
scenario_up() {
    lab_chain 3
    lab_ratelimit all 0
    lab_dst_block_echo
}
