# shellcheck shell=bash
# desc: fig. 6 - routers 3 and 4 never send time-exceeded; destination (hop 7) answers
# Expect: hops 3 and 4 "* * *", hops 1,2,5,6 answer, hop 7 = destination.
scenario_up() {
    lab_chain 6
    lab_ratelimit all 0
    lab_silent_router 3
    lab_silent_router 4
}
