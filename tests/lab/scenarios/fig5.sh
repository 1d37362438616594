# shellcheck shell=bash
# desc: fig. 5 - busy routers: hop 2 drops every 3rd, hop 4 every 2nd ICMP it sends
# Expect (3 probes/hop): hop 2 one '*', hop 4 one or two '*' (never all
# three), all other hops clean, destination (hop 7) reached. The loss is
# deterministic (iptables statistic nth, counters per family, kept across
# runs); kernel ICMP rate limits are off, so no other '*' can appear.
scenario_up() {
    lab_chain 6
    lab_ratelimit all 0
    lab_loss 2 nth 3
    lab_loss 4 nth 2
}
