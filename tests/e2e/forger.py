#!/usr/bin/env python3
"""A local forger for ping.forger: it runs beside nettrio in the client namespace and tries
to make nettrio's ping report a time exceeded (and the real reply a DUP) or a corrupted
reply. It learns nettrio's echo identifier the ways an attacker would:

  pid    the pid, readable in /proc (what nettrio used as identifier): for each echo
         request nettrio sends, the forger sends its own echo request with identifier =
         pid, the same sequence and TTL 1, so the first router answers time exceeded,
         quoting the forger's data;
  sniff  the identifier, sequence and IPv4 identification read off the wire (AF_PACKET):
         it forges a time exceeded "from the first router" quoting the probe with other
         data (a wrong cookie), and an echo reply "from the destination" with a good
         checksum over other data.

Usage: forger.py IFACE CLIENT_ADDR ROUTER_ADDR PID SECONDS [MODES]
MODES: comma-separated, default "pid,sniff" (one alone shows what each attack does).
Prints one JSON line of counters at the end. Sends only inside its namespace: to the
destination nettrio pings (TTL 1, so no further than the first router) and to the client's
own address.
"""
import json
import os
import select
import socket
import struct
import sys
import time

ETH_P_IP = 0x0800
ETH_P_ALL = 0x0003  # only "all" taps see outgoing packets (dev_queue_xmit_nit)


def checksum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def icmp(type_: int, code: int, rest: bytes, body: bytes) -> bytes:
    msg = struct.pack("!BBH", type_, code, 0) + rest + body
    return msg[:2] + struct.pack("!H", checksum(msg)) + msg[4:]


def ipv4(src: bytes, dst: bytes, ttl: int, payload: bytes, ident: int = 0) -> bytes:
    # The kernel fills in length and checksum for IPPROTO_RAW; we give them anyway.
    hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), ident, 0, ttl, 1, 0, src, dst)
    hdr = hdr[:10] + struct.pack("!H", checksum(hdr)) + hdr[12:]
    return hdr + payload


def main() -> int:
    iface, client, router, pid, seconds = sys.argv[1:6]
    modes = set((sys.argv[6] if len(sys.argv) > 6 else "pid,sniff").split(","))
    # What the pid names, as any local user can see it.
    with open(f"/proc/{int(pid)}/comm") as f:
        comm = f.read().strip()
    client_b = socket.inet_aton(client)
    router_b = socket.inet_aton(router)
    pid_id = int(pid) & 0xFFFF
    stop = time.monotonic() + float(seconds)

    sniff = socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, socket.htons(ETH_P_ALL))
    sniff.bind((iface, ETH_P_ALL))
    raw = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_RAW)
    counts = {"pid": int(pid), "comm": comm, "probes_seen": 0, "pid_echoes": 0,
              "forged_errors": 0, "forged_replies": 0, "identifiers": []}
    print("ready", flush=True)
    while time.monotonic() < stop:
        r, _, _ = select.select([sniff], [], [], 0.05)
        if not r:
            continue
        pkt, addr = sniff.recvfrom(65535)
        if addr[1] != ETH_P_IP or len(pkt) < 28 or pkt[9] != 1 or pkt[12:16] != client_b:
            continue
        ihl = (pkt[0] & 0x0F) * 4
        msg = pkt[ihl:]
        if len(msg) < 8 or msg[0] != 8:  # echo requests only
            continue
        ident, seq = struct.unpack("!HH", msg[4:8])
        if ident == pid_id and msg[8:16] == b"FORGERY!":
            continue  # our own pid echo going out
        counts["probes_seen"] += 1
        if ident not in counts["identifiers"]:
            counts["identifiers"].append(ident)
        dst = pkt[16:20]
        data = msg[8:]
        other = b"FORGERY!" + bytes((b ^ 0x5A) for b in data[8:])
        # 1. The pid as identifier: our own echo with TTL 1, answered by the first router.
        if "pid" in modes:
            mine = icmp(8, 0, struct.pack("!HH", pid_id, seq), other[: len(data)])
            raw.sendto(ipv4(client_b, dst, 1, mine), (socket.inet_ntoa(dst), 0))
            counts["pid_echoes"] += 1
        if "sniff" not in modes:
            continue
        # 2. The sniffed identity with a wrong cookie: time exceeded from the first router,
        #    quoting the probe as sent (its IP header with TTL 1, as a router sees it) but
        #    with other data.
        quoted_ip = bytearray(pkt[:ihl])
        quoted_ip[8] = 1
        quote = bytes(quoted_ip) + msg[:8] + other[: len(data)]
        te = icmp(11, 0, b"\0\0\0\0", quote)
        raw.sendto(ipv4(router_b, client_b, 64, te), (client, 0))
        counts["forged_errors"] += 1
        # 3. An echo reply from the destination with our identity, a good checksum and
        #    other data: someone else's reply, not a corrupted one of ours.
        rep = icmp(0, 0, struct.pack("!HH", ident, seq), other[: len(data)])
        raw.sendto(ipv4(dst, client_b, 60, rep), (client, 0))
        counts["forged_replies"] += 1
    print(json.dumps(counts), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
