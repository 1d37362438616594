# shellcheck shell=bash
# desc: socket table: nt-listener in the client ns holds TCP/UDP v4/v6 listeners + 2 loopback connections
# Sockets: LAB_LISTENER_DEFAULT_SPECS in lib.sh (wildcard, loopback-only,
# specific address, v6only and dual-stack, established TCP pairs).
scenario_up() {
    lab_chain 1
    lab_listeners
}
