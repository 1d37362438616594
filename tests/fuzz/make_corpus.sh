#!/usr/bin/env bash
# tests/fuzz/make_corpus.sh: (re)writes the committed seed corpus tests/fuzz/corpus/<target>/
# from the byte layouts below, so every seed says what it is. Packets are what Linux routers
# and hosts of the lab send (addresses of the lab's 3-router chain: client 198.19.0.2 /
# 2001:db8::2, destination 198.19.3.1 / 2001:db8:0:3::1), with correct checksums.
# Needs bash and xxd. Run it after changing a layout; commit the result.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
corpus=$here/corpus

# hex WORDS... -> one lowercase hex string without spaces
hex() { local s="$*"; s=${s// /}; printf '%s' "${s,,}"; }
# len HEX -> byte length
len() { echo $((${#1} / 2)); }
# csum HEX -> Internet checksum (RFC 1071) of the bytes, 4 hex digits
csum() {
  local h=$1 sum=0 i
  ((${#h} % 4)) && h+=00
  for ((i = 0; i < ${#h}; i += 4)); do sum=$((sum + 16#${h:i:4})); done
  while ((sum >> 16)); do sum=$(((sum & 0xffff) + (sum >> 16))); done
  printf '%04x' $((~sum & 0xffff))
}
# put HEX OFFSET VALUE -> HEX with VALUE (hex) written at byte OFFSET
put() { local h=$1 at=$(($2 * 2)) v=$3; printf '%s' "${h:0:at}$v${h:at+${#v}}"; }
be16() { printf '%04x' "$1"; }
# ip4 PROTO TTL SRC DST PAYLOADHEX -> IPv4 datagram with total length and header checksum
ip4() {
  local h
  h=$(hex 4500 "$(be16 $((20 + $(len "$5"))))" 1c46 4000 "$(printf '%02x%02x' "$2" "$1")" 0000 "$3" "$4")
  h=$(put "$h" 10 "$(csum "$h")")
  printf '%s%s' "$h" "$5"
}
# ip6 NEXT HOPLIMIT SRC DST PAYLOADHEX -> IPv6 header + payload
ip6() { hex 6000 0000 "$(be16 "$(len "$5")")" "$(printf '%02x%02x' "$1" "$2")" "$3" "$4" "$5"; }
# icmp4 TYPE CODE REST4HEX BODYHEX -> ICMP message with its checksum
icmp4() {
  local m
  m=$(hex "$(printf '%02x%02x' "$1" "$2")" 0000 "$3" "$4")
  put "$m" 2 "$(csum "$m")"
}
# icmp6 TYPE CODE REST4HEX BODYHEX -> ICMPv6 message (checksum left to the pseudo-header,
# which raw sockets have verified already; 0 here)
icmp6() { hex "$(printf '%02x%02x' "$1" "$2")" 0000 "$3" "$4"; }
zeros() { printf '%0*d' $(($1 * 2)) 0; }
write() { # write TARGET NAME HEX
  mkdir -p "$corpus/$1"
  xxd -r -p <<<"$3" >"$corpus/$1/$2"
}

C4=c6130002 R1_4=c6130001 R2_4=c6130101 D4=c6130301
C6=20010db8000000000000000000000002
D6=20010db8000000030000000000000001

# Probes as nettrio sends them: UDP to 33434+ with the sequence in the first payload bytes,
# ICMP echo with id 0x4e54 and a 32-byte pattern, TCP SYN to port 80.
udp_probe4=$(ip4 17 1 "$C4" "$D4" "$(hex 9c40 829a 0028 0000 0001 "$(zeros 30)")")
udp_probe6=$(ip6 17 1 "$C6" "$D6" "$(hex 9c40 829a 0028 0000 0001 "$(zeros 30)")")
payload=$(hex 0011 2233 4455 6677 8899 aabb ccdd eeff 0123 4567 89ab cdef fedc ba98 7654 3210)
echo4=$(icmp4 8 0 4e540003 "$payload")
echo_probe4=$(ip4 1 1 "$C4" "$D4" "$echo4")
echo_probe6=$(ip6 58 1 "$C6" "$D6" "$(icmp6 128 0 4e540003 "$payload")")
tcp_probe4=$(ip4 6 2 "$C4" "$D4" "$(hex 9c41 0050 1234 5678 0000 0000 5002 faf0 0000 0000)")

# RFC 4950 extension: version 2, checksum, one MPLS object (class 1, c-type 1) with two
# labels (16001 then 24005 bottom of stack, TTL 1). The quote is padded to 128 bytes and
# its length is in the RFC 4884 field (32-bit words on v4, 64-bit words on v6).
mpls_obj=$(hex 000c 0101 "$(printf '%05x%01x%02x' 16001 0 1)" "$(printf '%05x%01x%02x' 24005 1 1)")
ext=$(hex 2000 0000 "$mpls_obj")
ext=$(put "$ext" 2 "$(csum "$ext")")
pad128() { local q=$1; printf '%s%s' "$q" "$(zeros $((128 - $(len "$q"))))"; }

# -- packet: IPv4 as a raw socket returns it (IP header + ICMP), IPv6 as the ICMPv6 message.
write packet v4_time_exceeded_udp "$(ip4 1 64 "$R1_4" "$C4" "$(icmp4 11 0 00000000 "$udp_probe4")")"
write packet v4_port_unreachable "$(ip4 1 62 "$D4" "$C4" "$(icmp4 3 3 00000000 "$udp_probe4")")"
write packet v4_echo_reply "$(ip4 1 61 "$D4" "$C4" "$(icmp4 0 0 4e540003 "$payload")")"
write packet v4_time_exceeded_icmp "$(ip4 1 64 "$R1_4" "$C4" "$(icmp4 11 0 00000000 "$echo_probe4")")"
write packet v4_time_exceeded_tcp "$(ip4 1 63 "$R2_4" "$C4" "$(icmp4 11 0 00000000 "$tcp_probe4")")"
write packet v4_host_unreachable_short "$(ip4 1 63 "$R2_4" "$C4" "$(icmp4 3 1 00000000 "${udp_probe4:0:56}")")"
write packet v4_time_exceeded_mpls "$(ip4 1 63 "$R2_4" "$C4" "$(icmp4 11 0 00200000 "$(pad128 "$udp_probe4")$ext")")"
write packet v6_time_exceeded_udp "$(icmp6 3 0 00000000 "$udp_probe6")"
write packet v6_port_unreachable "$(icmp6 1 4 00000000 "$udp_probe6")"
write packet v6_echo_reply "$(icmp6 129 0 4e540003 "$payload")"
write packet v6_time_exceeded_icmp "$(icmp6 3 0 00000000 "$echo_probe6")"
write packet v6_time_exceeded_mpls "$(icmp6 3 0 10000000 "$(pad128 "$udp_probe6")$ext")"
# A raw TCP socket's copies (decode_raw_tcp): the destination's SYN-ACK to the TCP probe
# (IPv4: IP header + segment) and a RST-ACK (IPv6: the segment alone).
write packet tcp_v4_syn_ack "$(ip4 6 61 "$D4" "$C4" "$(hex 0050 9c41 8765 4321 1234 5679 5012 faf0 0000 0000)")"
write packet tcp_v6_rst_ack "$(hex 0050 9c41 0000 0000 1234 5679 5014 0000 0000 0000)"
# Error-queue messages (decode_errqueue): byte 0 = length of the IP_RECVERR control data,
# byte 1 = length of msg_name, then the control data (struct sock_extended_err in host
# order: errno, origin, type, code, pad, info, data; then the offender's sockaddr), msg_name
# and the queued datagram (the start of what we sent).
ee() { hex "$(printf '%02x000000%02x%02x%02x00' "$1" "$2" "$3" "$4")" 00000000 00000000; }
sin4() { hex 0200 "$(be16 "$2")" "$1" "$(zeros 8)"; }
sin6() { hex 0a00 "$(be16 "$2")" 00000000 "$1" 00000000; }
errq() { printf '%02x%02x%s%s%s' "$(len "$1")" "$(len "$2")" "$1" "$2" "$3"; }
write packet errq_v4_udp_time_exceeded \
  "$(errq "$(ee 113 2 11 0)$(sin4 "$R1_4" 0)" "$(sin4 "$D4" 33434)" "$(hex 0001 "$(zeros 30)")")"
write packet errq_v4_echo_time_exceeded \
  "$(errq "$(ee 113 2 11 0)$(sin4 "$R1_4" 0)" "$(sin4 "$D4" 0)" "$echo4")"
write packet errq_v6_udp_port_unreachable \
  "$(errq "$(ee 111 3 1 4)$(sin6 "$D6" 0)" "$(sin6 "$D6" 33434)" "$(hex 0001 "$(zeros 30)")")"
write packet errq_v4_local_msgsize \
  "$(errq "$(ee 90 1 0 0)$(zeros 16)" "$(sin4 "$D4" 33434)" "$(hex 0001 "$(zeros 30)")")"

# -- proc_net: what the kernel prints (header line, then one socket per line).
tcp_header='  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode'
tcp6_header='  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode'
udp_header='   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops'
mkdir -p "$corpus/proc_net"
printf '%s\n' "$tcp_header" \
  '   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 10001 1 0000000000000000 100 0 0 10 0' \
  '   1: 0200C6C6:0016 0200C6C6:D431 01 00000010:00000020 02:000AFC80 00000000     0        0 10003 4 0000000000000000 20 4 30 10 -1' \
  '   2: 0200C6C6:A3F2 0103C6C6:0050 06 00000000:00000000 03:00001770 00000000     0        0 0 3 0000000000000000' \
  >"$corpus/proc_net/tcp"
printf '%s\n' "$tcp6_header" \
  '   0: 00000000000000000000000001000000:1F93 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 20001 1 0000000000000000 100 0 0 10 0' \
  '   1: B80D0120000000000000000002000000:0016 B80D0120030000000000000001000000:D431 01 00000007:00000009 00:00000000 00000000     0        0 20003 1 0000000000000000 100 0 0 10 0' \
  '   2: 0000000000000000FFFF00000100007F:1F90 0000000000000000FFFF00000100007F:C350 08 00000000:00000000 00:00000000 00000000  1000        0 20004 1 0000000000000000 100 0 0 10 0' \
  >"$corpus/proc_net/tcp6"
printf '%s\n' "$udp_header" \
  ' 123: 00000000:14E9 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 30001 2 0000000000000000 0' \
  ' 456: 0100007F:0035 0100007F:C350 01 00000000:00000200 00:00000000 00000000   101        0 30002 2 0000000000000000 0' \
  >"$corpus/proc_net/udp"
printf '%s\n' "$udp_header" \
  '   1: 00000000:0001 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 40001 2 0000000000000000 0' \
  '  58: 00000000000000000000000000000000:003A 00000000000000000000000000000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 40002 2 0000000000000000 0' \
  >"$corpus/proc_net/raw_and_raw6"

# -- sock_diag: byte 0 = protocol (0 tcp, 1 udp, 2 raw), then struct inet_diag_msg (family,
# state, timer, retrans, sport, dport (big-endian), src[16], dst[16], if, cookie[2],
# expires, rqueue, wqueue, uid, inode (host order, little-endian here)) and rtattrs.
le32() { printf '%02x%02x%02x%02x' $(($1 & 255)) $((($1 >> 8) & 255)) $((($1 >> 16) & 255)) $((($1 >> 24) & 255)); }
diag() { # diag PROTO FAMILY STATE SPORT DPORT SRC32HEX DST32HEX RQ WQ UID INODE [ATTRS]
  hex "$(printf '%02x%02x%02x0000' "$1" "$2" "$3")" "$(be16 "$4")" "$(be16 "$5")" "$6" "$7" \
    00000000 0000000000000000 00000000 "$(le32 "$8")" "$(le32 "$9")" "$(le32 "${10}")" \
    "$(le32 "${11}")" "${12:-}"
}
pad32() { printf '%s%s' "$1" "$(zeros $((16 - $(len "$1"))))"; }
v6only_attr=$(hex 0500 0b00 01000000)  # rtattr len 5, type INET_DIAG_SKV6ONLY, value 1
write sock_diag tcp4_listen "$(diag 0 2 10 8080 0 "$(pad32 00000000)" "$(pad32 00000000)" 0 128 1000 435158)"
write sock_diag tcp4_estab "$(diag 0 2 1 22 54321 "$(pad32 c6130002)" "$(pad32 c6130301)" 16 32 0 10003)"
write sock_diag tcp6_listen_v6only "$(diag 0 10 10 8083 0 "$(zeros 16)" "$(zeros 16)" 0 16 0 20001 "$v6only_attr")"
write sock_diag tcp6_syn_recv "$(diag 0 10 12 443 50000 "$C6" "$D6" 0 0 0 0)"
write sock_diag udp6_unconn "$(diag 1 10 7 5353 0 "$(zeros 16)" "$(zeros 16)" 0 0 0 30003 "$(hex 0500 0b00 00000000)")"
write sock_diag raw4_icmp "$(diag 2 2 7 1 0 "$(pad32 00000000)" "$(pad32 00000000)" 0 0 0 40001)"
# Framing seeds: byte 0 = 0x80 | protocol, then the dump's sequence (le32), then one
# datagram of netlink messages (nlmsghdr: len, type, flags, seq, pid; host order).
nlmsg() { # nlmsg TYPE FLAGS SEQ BODYHEX
  hex "$(le32 $((16 + $(len "$4"))))" "$(printf '%02x%02x' $(($1 & 255)) $(($1 >> 8)))" \
    "$(printf '%02x%02x' $(($2 & 255)) $(($2 >> 8)))" "$(le32 "$3")" 00000000 "$4"
}
listen_msg=$(diag 0 2 10 8080 0 "$(pad32 00000000)" "$(pad32 00000000)" 0 128 1000 435158)
listen_msg=${listen_msg:2}  # without the protocol byte
write sock_diag frame_tcp_records_done \
  "$(hex 80 "$(le32 7)" "$(nlmsg 20 2 7 "$listen_msg")" "$(nlmsg 20 2 6 "$listen_msg")" "$(nlmsg 3 2 7 00000000)")"
write sock_diag frame_dump_intr "$(hex 80 "$(le32 7)" "$(nlmsg 20 18 7 "$listen_msg")")"
write sock_diag frame_error_enoent "$(hex 82 "$(le32 7)" "$(nlmsg 2 0 7 feffffff)")"
# -- text: byte 0 = function (0 sanitize, 1 host name / address, 2 spec_size + expand_cidr,
# 3 read_specs, 4 JSON dump, 5 seconds / port / HOST:PORT), then the text.
text() { mkdir -p "$corpus/text"; printf "\\x$(printf '%02x' "$2")%b" "$3" >"$corpus/text/$1"; }
text sanitize_forged_name 0 '\e[8m\nfake\xff'
text sanitize_utf8_bidi 0 'r\xc3\xa9seau \xe2\x80\xae\xc2\x9b'
text hostname_router 1 'r3.fra1.example.net'
text address_v6 1 '2001:db8::1'
text cidr_v4_28 2 '198.18.3.0/28'
text cidr_v6_124 2 '2001:db8::/124'
text specs_file 3 '# lab\n198.18.2.2\n\n198.18.3.0/30\nhost.example\n'
text json_ff 4 'name\xff\x01end'
text values_host_port 5 '[2001:db8::1]:443'
text values_seconds 5 '0.25'
echo "corpus written to $corpus"
