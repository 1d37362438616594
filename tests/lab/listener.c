/*
 * nt-listener: tiny socket holder for the nettrio namespace lab.
 *
 * Usage: nettrio-listener SPEC...
 *
 * SPEC is KIND:ADDR:PORT, IPv6 addresses in brackets:
 *   tcp4:0.0.0.0:8080      TCP listen, IPv4
 *   tcp6:[::]:8083         TCP listen, IPv6 with IPV6_V6ONLY=1
 *   tcp6dual:[::]:8443     TCP listen, IPv6 with IPV6_V6ONLY=0 (dual stack)
 *   udp4:127.0.0.1:5354    UDP bound socket, IPv4
 *   udp6:[::1]:5356        UDP bound socket, IPv6 (V6ONLY=1)
 *   udp6dual:[::]:5357     UDP bound socket, IPv6 (V6ONLY=0)
 *   tcp4conn:127.0.0.1:8081  TCP client connected to ADDR:PORT (after all
 *   tcp6conn:[::1]:8084      binds); pending connections on our own
 *                            listeners are then accept()ed and kept open,
 *                            so both ESTABLISHED ends belong to this process
 *   udp4conn:ADDR:PORT, udp6conn:[ADDR]:PORT   connected UDP sockets
 *
 * Binds/listens on every spec in order, prints one "bound ..." line per
 * socket, then "ready" on stdout, and pause()s until killed.
 * Process name (comm) is "nt-listener", or $NT_LISTENER_NAME when set (any bytes,
 * at most 15 kept: tests of output sanitising). Exit status 2 on any error.
 * Plain POSIX + Linux prctl, no dependencies.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_FDS 512

static int listeners[MAX_FDS];
static int n_listeners;
static int kept[MAX_FDS];
static int n_kept;

static void die(const char* spec, const char* what) {
  fprintf(stderr, "nt-listener: %s: %s: %s\n", spec, what, strerror(errno));
  exit(2);
}

static void usage_die(const char* spec, const char* what) {
  fprintf(stderr, "nt-listener: %s: %s\n", spec, what);
  exit(2);
}

static void keep(int fd) {
  if (n_kept < MAX_FDS) kept[n_kept++] = fd;
}

/* Parse "ADDR:PORT" or "[ADDR6]:PORT" into sockaddr. */
static socklen_t parse_addr(const char* spec, const char* rest, int v6,
                            struct sockaddr_storage* ss) {
  char host[128];
  const char* port_s;
  memset(ss, 0, sizeof(*ss));
  if (rest[0] == '[') {
    const char* end = strchr(rest, ']');
    if (!end || end[1] != ':') usage_die(spec, "expected [ADDR]:PORT");
    size_t len = (size_t)(end - rest - 1);
    if (len >= sizeof(host)) usage_die(spec, "address too long");
    memcpy(host, rest + 1, len);
    host[len] = '\0';
    port_s = end + 2;
  } else {
    const char* colon = strrchr(rest, ':');
    if (!colon) usage_die(spec, "expected ADDR:PORT");
    size_t len = (size_t)(colon - rest);
    if (len >= sizeof(host)) usage_die(spec, "address too long");
    memcpy(host, rest, len);
    host[len] = '\0';
    port_s = colon + 1;
  }
  char* endp;
  long port = strtol(port_s, &endp, 10);
  if (*port_s == '\0' || *endp != '\0' || port < 0 || port > 65535) usage_die(spec, "bad port");
  if (v6) {
    struct sockaddr_in6* s6 = (struct sockaddr_in6*)ss;
    s6->sin6_family = AF_INET6;
    s6->sin6_port = htons((unsigned short)port);
    if (inet_pton(AF_INET6, host, &s6->sin6_addr) != 1) usage_die(spec, "bad IPv6 address");
    return sizeof(*s6);
  }
  struct sockaddr_in* s4 = (struct sockaddr_in*)ss;
  s4->sin_family = AF_INET;
  s4->sin_port = htons((unsigned short)port);
  if (inet_pton(AF_INET, host, &s4->sin_addr) != 1) usage_die(spec, "bad IPv4 address");
  return sizeof(*s4);
}

static unsigned short bound_port(int fd) {
  struct sockaddr_storage ss;
  socklen_t len = sizeof(ss);
  if (getsockname(fd, (struct sockaddr*)&ss, &len) != 0) return 0;
  if (ss.ss_family == AF_INET6) return ntohs(((struct sockaddr_in6*)&ss)->sin6_port);
  return ntohs(((struct sockaddr_in*)&ss)->sin_port);
}

static void do_spec(const char* spec, int connect_phase) {
  const char* colon = strchr(spec, ':');
  if (!colon) usage_die(spec, "expected KIND:ADDR:PORT");
  char kind[16];
  size_t klen = (size_t)(colon - spec);
  if (klen >= sizeof(kind)) usage_die(spec, "unknown kind");
  memcpy(kind, spec, klen);
  kind[klen] = '\0';

  int tcp, v6, dual = 0, conn = 0;
  if (!strncmp(kind, "tcp", 3))
    tcp = 1;
  else if (!strncmp(kind, "udp", 3))
    tcp = 0;
  else
    usage_die(spec, "kind must start with tcp or udp");
  if (kind[3] == '4')
    v6 = 0;
  else if (kind[3] == '6')
    v6 = 1;
  else
    usage_die(spec, "kind must be tcp4/tcp6/udp4/udp6...");
  const char* suffix = kind + 4;
  if (!strcmp(suffix, "dual") && v6)
    dual = 1;
  else if (!strcmp(suffix, "conn"))
    conn = 1;
  else if (*suffix != '\0')
    usage_die(spec, "unknown kind suffix (dual, conn)");

  if (conn != connect_phase) return;

  struct sockaddr_storage ss;
  socklen_t sl = parse_addr(spec, colon + 1, v6, &ss);
  int fd = socket(v6 ? AF_INET6 : AF_INET, tcp ? SOCK_STREAM : SOCK_DGRAM, 0);
  if (fd < 0) die(spec, "socket");
  if (conn) {
    if (connect(fd, (struct sockaddr*)&ss, sl) != 0) die(spec, "connect");
    keep(fd);
    printf("connected %s local-port %u\n", spec, bound_port(fd));
    return;
  }
  int one = 1;
  if (tcp && setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) != 0)
    die(spec, "SO_REUSEADDR");
  if (v6) {
    int v6only = dual ? 0 : 1;
    if (setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof(v6only)) != 0)
      die(spec, "IPV6_V6ONLY");
  }
  if (bind(fd, (struct sockaddr*)&ss, sl) != 0) die(spec, "bind");
  if (tcp) {
    if (listen(fd, 16) != 0) die(spec, "listen");
    if (n_listeners < MAX_FDS) listeners[n_listeners++] = fd;
  }
  keep(fd);
  printf("bound %s port %u\n", spec, bound_port(fd));
}

static void accept_pending(void) {
  for (int i = 0; i < n_listeners; i++) {
    int fd = listeners[i];
    int fl = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, fl | O_NONBLOCK);
    for (;;) {
      int c = accept(fd, NULL, NULL);
      if (c < 0) break;
      keep(c);
    }
    fcntl(fd, F_SETFL, fl);
  }
}

int main(int argc, char** argv) {
  const char* name = getenv("NT_LISTENER_NAME");
  prctl(PR_SET_NAME, name && *name ? name : "nt-listener", 0, 0, 0);
  signal(SIGPIPE, SIG_IGN);
  if (argc < 2) {
    fprintf(stderr, "usage: %s KIND:ADDR:PORT...\n", argv[0]);
    return 2;
  }
  for (int i = 1; i < argc; i++) do_spec(argv[i], 0);
  for (int i = 1; i < argc; i++) do_spec(argv[i], 1);
  if (n_listeners > 0) {
    /* Connections to local listeners complete in the kernel at once;
     * give the handshake a moment anyway, then take ownership. */
    usleep(20000);
    accept_pending();
  }
  printf("ready\n");
  fflush(stdout);
  for (;;) pause();
}
