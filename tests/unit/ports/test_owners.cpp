#include <nettrio/ports/owners.hpp>

#include <catch2/catch.hpp>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace nettrio;
namespace fs = std::filesystem;

namespace {

// A fake /proc: PID/fd/N symlinks and PID/comm, as the kernel lays them out.
class fake_proc {
 public:
  fake_proc() {
    root_ = fs::temp_directory_path() / ("nettrio-owners-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "self");  // non-numeric entries are not processes
  }
  ~fake_proc() {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  void process(int pid, const std::string& comm, const std::vector<std::string>& links) {
    const auto dir = root_ / std::to_string(pid);
    fs::create_directories(dir / "fd");
    std::ofstream(dir / "comm") << comm << "\n";
    int fd = 0;
    for (const auto& l : links) fs::create_symlink(l, dir / "fd" / std::to_string(fd++));
  }
  [[nodiscard]] std::string root() const { return root_.string(); }
  // Numeric entries in the order getdents returns them.
  [[nodiscard]] std::vector<std::string> order() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(root_)) {
      const auto name = e.path().filename().string();
      if (!name.empty() && name[0] >= '0' && name[0] <= '9') out.push_back(name);
    }
    return out;
  }

 private:
  fs::path root_;
};

socket_record with_inode(std::uint64_t inode) {
  socket_record r;
  r.inode = inode;
  return r;
}

}  // namespace

TEST_CASE("owners come from /proc/[pid]/fd socket links", "[ports]") {
  fake_proc proc;
  proc.process(100, "alpha", {"/dev/null", "socket:[111]", "pipe:[5]", "socket:[222]"});
  proc.process(200, "beta", {"socket:[333]", "socket:[111]", "anon_inode:[eventfd]"});
  proc.process(300, "gamma", {"socket:[12", "socket:[x]", "socket:[]"});

  std::vector<socket_record> recs{with_inode(111), with_inode(333), with_inode(444), with_inode(0),
                                  with_inode(333)};
  owner_stats st;
  resolve_owners(recs, st, proc.root());
  CHECK(st.wanted == 3);
  CHECK(st.found == 2);
  CHECK(st.processes_scanned == 3);  // 444 is nowhere: every process is read
  CHECK(st.processes_denied == 0);
  CHECK(st.hidden_owners() == (::geteuid() != 0));  // 444 is nobody's: only root can know
  REQUIRE(recs[0].pid);
  // 111 is shared by 100 and 200: the first process read keeps it.
  const auto order = proc.order();
  const bool hundred_first =
      std::find(order.begin(), order.end(), "100") < std::find(order.begin(), order.end(), "200");
  CHECK(*recs[0].pid == (hundred_first ? 100 : 200));
  CHECK(recs[0].process == (hundred_first ? "alpha" : "beta"));
  CHECK(recs[1].pid == 200);
  CHECK(recs[1].process == "beta");
  CHECK(recs[4].pid == 200);
  CHECK_FALSE(recs[2].pid);
  CHECK_FALSE(recs[3].pid);
  CHECK(recs[2].process.empty());
}

TEST_CASE("the owner walk stops once every wanted inode is found", "[ports]") {
  fake_proc proc;
  for (int pid = 1000; pid < 1040; ++pid)
    proc.process(pid, "filler", {"socket:[1]", "socket:[2]", "/dev/null"});
  proc.process(2000, "target", {"/dev/null", "socket:[777]", "socket:[778]", "socket:[779]"});
  std::vector<socket_record> recs{with_inode(777)};
  owner_stats st;
  resolve_owners(recs, st, proc.root());
  CHECK(recs[0].pid == 2000);
  const auto order = proc.order();
  const auto position =
      static_cast<std::size_t>(std::find(order.begin(), order.end(), "2000") - order.begin());
  CHECK(st.processes_scanned == position + 1);  // no process read after the target
  // ... and in the target, no descriptor after the one linking to socket:[777].
  std::size_t fd_position = 0;
  for (const auto& e : fs::directory_iterator(fs::path(proc.root()) / "2000" / "fd")) {
    if (fs::read_symlink(e.path()) == "socket:[777]") break;
    ++fd_position;
  }
  CHECK(st.descriptors_read == position * 3 + fd_position + 1);
}

TEST_CASE("nothing wanted reads nothing; a missing /proc is an error", "[ports]") {
  std::vector<socket_record> recs{with_inode(0)};
  owner_stats st;
  resolve_owners(recs, st, "/nonexistent/proc");  // no inode wanted: /proc is not even opened
  CHECK(st.wanted == 0);
  recs.push_back(with_inode(5));
  CHECK_THROWS_AS(resolve_owners(recs, st, "/nonexistent/proc"), std::system_error);
}

TEST_CASE("this process owns the socket it made (live /proc)", "[ports]") {
  const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
  REQUIRE(fd >= 0);
  struct stat s {};
  REQUIRE(::fstat(fd, &s) == 0);
  std::vector<socket_record> recs{with_inode(s.st_ino)};
  owner_stats st;
  resolve_owners(recs, st);
  ::close(fd);
  REQUIRE(recs[0].pid);
  CHECK(*recs[0].pid == ::getpid());
  CHECK_FALSE(recs[0].process.empty());
}
