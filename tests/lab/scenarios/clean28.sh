# shellcheck shell=bash
# desc: clean path of 28 routers, destination at hop 29
scenario_up() {
    lab_chain 28
    lab_ratelimit all 0
}
