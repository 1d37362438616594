#include <nettrio/ports/netns.hpp>

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

using namespace nettrio;

namespace {
const std::string id64 = "4f2c9d1b0e8a7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b";
}

TEST_CASE("netns: the container a cgroup path shows", "[ports][netns]") {
  using detail::container_from_cgroup;
  SECTION("docker, systemd driver (cgroup v2)") {
    const auto c = container_from_cgroup("0::/system.slice/docker-" + id64 + ".scope\n");
    REQUIRE(c);
    CHECK(c->runtime == container_runtime::docker);
    CHECK(c->id == id64);
  }
  SECTION("docker, cgroupfs driver (cgroup v1 lines)") {
    const auto c = container_from_cgroup("12:pids:/docker/" + id64 + "\n11:memory:/docker/" + id64 +
                                         "\n0::/\n");
    REQUIRE(c);
    CHECK(c->runtime == container_runtime::docker);
    CHECK(c->id == id64);
  }
  SECTION("podman, not its conmon") {
    const auto c = container_from_cgroup("0::/machine.slice/libpod-" + id64 + ".scope/container\n");
    REQUIRE(c);
    CHECK(c->runtime == container_runtime::podman);
    CHECK_FALSE(container_from_cgroup("0::/machine.slice/libpod-conmon-" + id64 + ".scope\n"));
  }
  SECTION("containerd: nerdctl and its default namespace") {
    CHECK(container_from_cgroup("0::/system.slice/nerdctl-" + id64 + ".scope\n")->runtime ==
          container_runtime::containerd);
    CHECK(container_from_cgroup("0::/default/" + id64 + "\n")->runtime ==
          container_runtime::containerd);
  }
  SECTION("kubepods, whatever runtime is under it") {
    const auto c = container_from_cgroup(
        "0::/kubepods.slice/kubepods-besteffort.slice/"
        "kubepods-besteffort-pod1d2c3b4a_5f6e_7d8c_9b0a_1f2e3d4c5b6a.slice/cri-containerd-" +
        id64 + ".scope\n");
    REQUIRE(c);
    CHECK(c->runtime == container_runtime::kubepods);
    CHECK(c->id == id64);
  }
  SECTION("a host process, a user session, a short name: none") {
    CHECK_FALSE(container_from_cgroup("0::/init.scope\n"));
    CHECK_FALSE(container_from_cgroup("0::/user.slice/user-1000.slice/session-3.scope\n"));
    CHECK_FALSE(container_from_cgroup("0::/system.slice/docker.service\n"));
    CHECK_FALSE(container_from_cgroup("0::/docker/abc\n"));
    CHECK_FALSE(container_from_cgroup("garbage\n"));
    CHECK_FALSE(container_from_cgroup(""));
  }
}

TEST_CASE("netns: the caller's own namespace is found first", "[ports][netns]") {
  const auto scan = find_network_namespaces();
  REQUIRE_FALSE(scan.namespaces.empty());
  CHECK(scan.namespaces.front().current);
  struct stat st {};
  REQUIRE(::stat("/proc/thread-self/ns/net", &st) == 0);
  CHECK(scan.namespaces.front().inode == st.st_ino);
  CHECK_FALSE(scan.namespaces.front().container);
  SECTION("find_namespace") {
    CHECK(find_namespace(scan, st.st_ino) == &scan.namespaces.front());
    CHECK(find_namespace(scan, 1) == nullptr);
  }
}

TEST_CASE("netns: a namespace that cannot be opened is an error with context", "[ports][netns]") {
  CHECK_THROWS_WITH(run_in_network_namespace("/nonexistent/ns", [] {}),
                    Catch::Contains("cannot open network namespace /nonexistent/ns"));
}

TEST_CASE("netns: an exception inside the namespace's thread reaches the caller",
          "[ports][netns]") {
  // The caller's own namespace can always be joined again when root; as a user setns
  // fails with EPERM, which is the error this then checks.
  if (::geteuid() == 0) {
    CHECK_THROWS_WITH(
        run_in_network_namespace("/proc/self/ns/net", [] { throw std::runtime_error("inside"); }),
        "inside");
  } else {
    CHECK_THROWS_WITH(run_in_network_namespace("/proc/self/ns/net", [] {}),
                      Catch::Contains("CAP_SYS_ADMIN"));
  }
}

TEST_CASE("netns: a namespace gone since the scan is skipped, never read under its label",
          "[ports][netns]") {
  bool ran = false;
  SECTION("its process exited") {
    network_namespace ns;
    ns.inode = 4026531999;
    ns.path = "/proc/2147483646/ns/net";  // no such pid
    CHECK_FALSE(run_in_network_namespace(ns, [&] { ran = true; }));
  }
  SECTION("its pid now belongs to another namespace") {
    network_namespace ns;
    ns.inode = 1;  // not the inode of the namespace behind the path
    ns.path = "/proc/self/ns/net";
    CHECK_FALSE(run_in_network_namespace(ns, [&] { ran = true; }));
  }
  CHECK_FALSE(ran);
}
