# shellcheck shell=bash
# desc: fig. 8 - silent destination; last responder is router 5 on the destination's subnet
# Router 5 sources its ICMP from 198.19.5.2 / 2001:db8:0:5::2, the subnet of
# the destination 198.19.5.1 / 2001:db8:0:5::1 (lab_reply_from 5 dst-side).
# Expect: hops 1..5 answer (hop 5 = 198.19.5.2), hops 6.. "* * *".
scenario_up() {
    lab_chain 5
    lab_ratelimit all 0
    lab_reply_from 5 dst-side
    lab_dst_silent
}
