# shellcheck shell=bash
# desc: NAT - router 2 of 4 masquerades (iptables MASQUERADE) what it forwards
# Expect: traceroute looks as usual (Linux translates the ICMP errors back); the
# destination (hop 5, 198.19.4.1) sees router 2's address 198.19.2.2 as the source.
# nettrio trace (UDP, raw socket) marks hop 3, the first past the NAT: the quotes of
# routers past it carry another UDP checksum than the probe left with (veth offload:
# the NAT's two checksum updates do not cancel). IPv6 too where ip6tables has nat.
scenario_up() {
    lab_chain 4
    lab_ratelimit all 0
    lab_nat 2
}
