#pragma once
// Every network namespace on the host, and the sockets inside each. Linux has no list of
// namespaces: they are found through the processes that live in them (/proc/PID/ns/net,
// one inode per namespace) and the names `ip netns` bind-mounts under /run/netns. Each is
// labelled with the container its processes' cgroup path shows (docker, containerd,
// podman, kubepods) or its `ip netns` name. Its sockets are read with sock_diag from a
// netlink socket opened inside it: a short-lived thread joins the namespace (setns), which
// needs CAP_SYS_ADMIN; without it only the caller's own namespace can be read, and the scan
// says what it could not see.

#include <nettrio/ports/socket_table.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nettrio {

enum class container_runtime : std::uint8_t { docker, containerd, podman, kubepods };

/// "docker", "containerd", "podman", "kubepods".
[[nodiscard]] std::string_view to_string(container_runtime r) noexcept;

struct container_ref {
  container_runtime runtime = container_runtime::docker;
  std::string id;  // the container id from the cgroup path (64 hex digits as a rule)
  friend bool operator==(const container_ref&, const container_ref&) = default;
};

struct network_namespace {
  std::uint64_t inode = 0;  // the namespace's identity, as `ls -L -i /proc/PID/ns/net`
  bool current = false;     // the caller's own namespace
  std::string name;         // its `ip netns` name (/run/netns/NAME); empty when none
  std::optional<container_ref> container;  // when all its processes are in one container
  std::optional<std::int32_t> pid;         // the lowest pid living in it
  std::string process;                     // that process's comm
  std::string path;  // what to open to enter it: /run/netns/NAME, else /proc/PID/ns/net
};

struct netns_scan {
  std::vector<network_namespace> namespaces;  // the caller's own first, then by inode
  std::size_t processes_denied = 0;           // processes whose namespace we may not see
  bool as_root = false;
};

namespace detail {
/// The container a process belongs to, from the text of /proc/PID/cgroup, recognising the
/// cgroup paths the runtimes create:
///   docker       /docker/ID, /system.slice/docker-ID.scope
///   podman       /machine.slice/libpod-ID.scope, .../libpod-ID (not libpod-conmon-)
///   containerd   /system.slice/containerd-ID.scope ... cri-containerd-ID.scope, nerdctl-ID,
///                /default/ID (containerd's own namespace "default")
///   kubepods     any path under kubepods (the id is the last container id in it)
/// nullopt when no line's path shows one.
[[nodiscard]] std::optional<container_ref> container_from_cgroup(std::string_view text);
}  // namespace detail

/// Finds the namespaces of every process visible under PROC_ROOT and every name under
/// RUN_NETNS. Never throws for a process that vanishes or denies access; throws
/// std::system_error when PROC_ROOT cannot be read at all.
[[nodiscard]] netns_scan find_network_namespaces(const std::string& proc_root = "/proc",
                                                 const std::string& run_netns = "/run/netns");

/// Runs `fn` on a short-lived thread that has joined the network namespace at `path` (a
/// /proc/PID/ns/net or /run/netns/NAME file) and waits for it; an exception `fn` throws is
/// rethrown here. Sockets `fn` opens stay in that namespace after the thread ends. Throws
/// std::system_error when the namespace cannot be entered (EPERM without CAP_SYS_ADMIN).
void run_in_network_namespace(const std::string& path, const std::function<void()>& fn);

/// As above, for a namespace of a scan: false, with fn not run, when the namespace is gone
/// since the scan (its process exited, or the pid now belongs to another namespace).
bool run_in_network_namespace(const network_namespace& ns, const std::function<void()>& fn);

struct namespaced_socket {
  socket_record socket;
  std::uint64_t netns = 0;  // network_namespace::inode
};

struct netns_failure {
  std::uint64_t netns = 0;
  std::string what;  // "cannot enter network namespace ...: Operation not permitted"
};

struct all_netns_sockets {
  std::vector<namespaced_socket> sockets;  // namespace by namespace, in scan order
  std::vector<netns_failure> failures;     // namespaces whose sockets could not be read
};

/// The sockets matching `q` in every namespace of `scan` (sock_diag inside each; the
/// caller's own namespace with the automatic source). Owners are not resolved: socket
/// inodes are global, so resolve_owners() works on the result as a whole.
[[nodiscard]] all_netns_sockets list_sockets_all_netns(const netns_scan& scan,
                                                       const socket_query& q);

/// The namespace of `scan` with this inode, or nullptr.
[[nodiscard]] const network_namespace* find_namespace(const netns_scan& scan,
                                                      std::uint64_t inode) noexcept;

}  // namespace nettrio
