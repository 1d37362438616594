#include <nettrio/ports/netns.hpp>
#include <nettrio/ports/sock_diag.hpp>

#include "../unique_fd.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <unistd.h>

#include <spdlog/spdlog.h>
#include <algorithm>
#include <cerrno>
#include <charconv>
#include <exception>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <system_error>
#include <thread>

namespace nettrio {

std::string_view to_string(container_runtime r) noexcept {
  switch (r) {
    case container_runtime::docker:
      return "docker";
    case container_runtime::containerd:
      return "containerd";
    case container_runtime::podman:
      return "podman";
    case container_runtime::kubepods:
      return "kubepods";
  }
  return "container";
}

namespace {

bool is_container_id(std::string_view s) noexcept {
  return s.size() >= 12 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

// "docker-ID.scope" with prefix "docker-": ID when it looks like one.
std::optional<std::string_view> id_after(std::string_view component, std::string_view prefix) {
  if (!component.starts_with(prefix)) return std::nullopt;
  auto id = component.substr(prefix.size());
  if (id.ends_with(".scope")) id.remove_suffix(6);
  if (!is_container_id(id)) return std::nullopt;
  return id;
}

std::vector<std::string_view> components(std::string_view path) {
  std::vector<std::string_view> out;
  while (!path.empty()) {
    const auto slash = path.find('/');
    const auto c = path.substr(0, slash);
    if (!c.empty()) out.push_back(c);
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

std::optional<container_ref> container_of_path(std::string_view path) {
  const auto parts = components(path);
  const bool kube = std::any_of(parts.begin(), parts.end(),
                                [](std::string_view c) { return c.starts_with("kubepods"); });
  std::optional<container_ref> found;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const auto c = parts[i];
    static constexpr std::pair<std::string_view, container_runtime> prefixes[] = {
        {"docker-", container_runtime::docker},
        {"libpod-", container_runtime::podman},
        {"cri-containerd-", container_runtime::containerd},
        {"containerd-", container_runtime::containerd},
        {"nerdctl-", container_runtime::containerd},
        {"crio-", container_runtime::kubepods},
    };
    for (const auto& [prefix, runtime] : prefixes) {
      if (auto id = id_after(c, prefix)) found = container_ref{runtime, std::string(*id)};
    }
    // cgroupfs drivers: /docker/ID, /default/ID (containerd namespace), kubepods/.../ID.
    if (i > 0 && is_container_id(c)) {
      if (parts[i - 1] == "docker")
        found = container_ref{container_runtime::docker, std::string(c)};
      else if (parts[i - 1] == "default")
        found = container_ref{container_runtime::containerd, std::string(c)};
      else if (kube)
        found = container_ref{container_runtime::kubepods, std::string(c)};
    }
  }
  if (found && kube) found->runtime = container_runtime::kubepods;
  return found;
}

std::string read_small_file(const std::string& path) {
  std::ifstream in(path);
  std::string text, line;
  while (std::getline(in, line)) text += line + '\n';
  return text;
}

std::string comm_of(const std::string& proc_root, std::int32_t pid) {
  auto s = read_small_file(proc_root + "/" + std::to_string(pid) + "/comm");
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

std::optional<std::uint64_t> inode_of(const std::string& path, int* err = nullptr) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (err) *err = errno;
    return std::nullopt;
  }
  return static_cast<std::uint64_t>(st.st_ino);
}

}  // namespace

namespace detail {

std::optional<container_ref> container_from_cgroup(std::string_view text) {
  std::optional<container_ref> found;
  while (!text.empty()) {
    const auto nl = text.find('\n');
    auto line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    // hierarchy-ID:controller-list:cgroup-path
    const auto first = line.find(':');
    if (first == std::string_view::npos) continue;
    const auto second = line.find(':', first + 1);
    if (second == std::string_view::npos) continue;
    auto c = container_of_path(line.substr(second + 1));
    // kubepods says more than the runtime under it: keep looking for it.
    if (c && (!found || c->runtime == container_runtime::kubepods)) found = std::move(c);
  }
  return found;
}

}  // namespace detail

netns_scan find_network_namespaces(const std::string& proc_root, const std::string& run_netns) {
  netns_scan scan;
  scan.as_root = ::geteuid() == 0;
  struct seen {
    network_namespace ns;
    bool mixed = false;  // processes in more than one container (or none): no label
    bool labelled = false;
  };
  std::map<std::uint64_t, seen> by_inode;
  const auto self = inode_of(proc_root + "/thread-self/ns/net");

  std::unique_ptr<DIR, int (*)(DIR*)> dir(::opendir(proc_root.c_str()), ::closedir);
  if (!dir) throw std::system_error(errno, std::generic_category(), "cannot read " + proc_root);
  std::vector<std::int32_t> pids;
  while (const dirent* e = ::readdir(dir.get())) {
    std::int32_t pid = 0;
    const std::string_view n(e->d_name);
    const auto [p, ec] = std::from_chars(n.data(), n.data() + n.size(), pid);
    if (ec == std::errc{} && p == n.data() + n.size() && pid > 0) pids.push_back(pid);
  }
  std::sort(pids.begin(), pids.end());
  for (const auto pid : pids) {
    const std::string base = proc_root + "/" + std::to_string(pid);
    int err = 0;
    const auto ino = inode_of(base + "/ns/net", &err);
    if (!ino) {
      if (err == EACCES || err == EPERM) ++scan.processes_denied;
      continue;  // gone, or a kernel thread of no namespace
    }
    const auto container = detail::container_from_cgroup(read_small_file(base + "/cgroup"));
    auto [it, fresh] = by_inode.try_emplace(*ino);
    auto& s = it->second;
    if (fresh) {
      s.ns.inode = *ino;
      s.ns.pid = pid;
      s.ns.process = comm_of(proc_root, pid);
      s.ns.path = base + "/ns/net";
      s.ns.container = container;
      s.labelled = true;
    } else if (!s.mixed && s.ns.container != container) {
      s.mixed = true;
    }
  }

  if (std::unique_ptr<DIR, int (*)(DIR*)> names(::opendir(run_netns.c_str()), ::closedir); names) {
    while (const dirent* e = ::readdir(names.get())) {
      const std::string name = e->d_name;
      if (name == "." || name == "..") continue;
      const auto ino = inode_of(run_netns + "/" + name);
      if (!ino) continue;
      auto [it, fresh] = by_inode.try_emplace(*ino);
      auto& s = it->second;
      if (fresh) s.ns.inode = *ino;
      // Several names may point at one namespace; keep the first in name order. The name's
      // bind mount outlives the processes, so it is the path to enter by.
      if (s.ns.name.empty() || name < s.ns.name) {
        s.ns.name = name;
        s.ns.path = run_netns + "/" + name;
      }
    }
  }

  for (auto& [ino, s] : by_inode) {
    if (s.mixed) s.ns.container.reset();
    s.ns.current = self && ino == *self;
    if (s.ns.current) s.ns.container.reset();  // the caller's own: the host, as seen here
    scan.namespaces.push_back(std::move(s.ns));
  }
  std::stable_partition(scan.namespaces.begin(), scan.namespaces.end(),
                        [](const network_namespace& n) { return n.current; });
  return scan;
}

namespace {

// Joins the namespace open on `fd` on a thread of its own and runs fn there.
void run_in_open_namespace(int fd, const std::string& path, const std::function<void()>& fn) {
  std::exception_ptr failure;
  // A thread of its own: setns changes only the calling thread's namespace, and this one
  // ends right after, so no other code of the process ever runs in the foreign namespace.
  std::thread worker([&] {
    try {
      if (::setns(fd, CLONE_NEWNET) != 0)
        throw std::system_error(errno, std::generic_category(),
                                "cannot enter network namespace " + path +
                                    (errno == EPERM ? " (needs root: CAP_SYS_ADMIN)" : ""));
      fn();
    } catch (...) {
      failure = std::current_exception();
    }
  });
  worker.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace

void run_in_network_namespace(const std::string& path, const std::function<void()>& fn) {
  detail::unique_fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd.valid())
    throw std::system_error(errno, std::generic_category(),
                            "cannot open network namespace " + path);
  run_in_open_namespace(fd.get(), path, fn);
}

bool run_in_network_namespace(const network_namespace& ns, const std::function<void()>& fn) {
  detail::unique_fd fd(::open(ns.path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd.valid()) {
    // The process it was found through has exited (and with it, as a rule, the namespace)
    // between the scan and now; or the name was deleted.
    if (errno == ENOENT || errno == ESRCH) return false;
    throw std::system_error(errno, std::generic_category(),
                            "cannot open network namespace " + ns.path);
  }
  // The pid may have been reused by a process of another namespace: never read that one
  // under this namespace's label.
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0 || static_cast<std::uint64_t>(st.st_ino) != ns.inode)
    return false;
  run_in_open_namespace(fd.get(), ns.path, fn);
  return true;
}

all_netns_sockets list_sockets_all_netns(const netns_scan& scan, const socket_query& q) {
  all_netns_sockets out;
  for (const auto& ns : scan.namespaces) {
    std::vector<socket_record> got;
    try {
      if (ns.current) {
        auto source = make_socket_source(source_kind::automatic);
        got = list_sockets(*source, q);
      } else {
        const bool entered = run_in_network_namespace(ns, [&] {
          // The netlink socket is opened here, inside the namespace, and belongs to it.
          auto source = make_socket_source(source_kind::netlink);
          got = list_sockets(*source, q);
        });
        if (!entered) {
          spdlog::debug("netns {}: gone since the scan", ns.inode);
          continue;  // it has no sockets left to show
        }
      }
    } catch (const std::system_error& e) {
      spdlog::debug("netns {}: {}", ns.inode, e.what());
      out.failures.push_back({ns.inode, e.what()});
      continue;
    }
    for (auto& r : got) out.sockets.push_back({std::move(r), ns.inode});
  }
  return out;
}

const network_namespace* find_namespace(const netns_scan& scan, std::uint64_t inode) noexcept {
  for (const auto& ns : scan.namespaces)
    if (ns.inode == inode) return &ns;
  return nullptr;
}

}  // namespace nettrio
