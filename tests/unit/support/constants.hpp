#pragma once
// Addresses the unit tests share (documentation ranges only: nothing is ever sent there;
// the fake network answers in their place).

#include <nettrio/address.hpp>

namespace nettrio::test {

/// The destination most scenarios ping or trace, per family.
inline const ip_address dst4 = *ip_address::parse("203.0.113.10");
inline const ip_address dst6 = *ip_address::parse("2001:db8:2::10");

}  // namespace nettrio::test
