// Which address a request came from, behind a reverse proxy or not.
#include "web/client_address.h"

#include <gtest/gtest.h>

namespace gongkai::web {
namespace {

const std::vector<std::string> kProxies{"127.0.0.1", "10.0.0.2"};

TEST(ClientAddress, WithoutATrustedPeerTheHeaderIsIgnored) {
  EXPECT_EQ(client_address("203.0.113.7", "198.51.100.1", kProxies), "203.0.113.7");
  EXPECT_EQ(client_address("127.0.0.1", "198.51.100.1", {}), "127.0.0.1");
}

TEST(ClientAddress, ATrustedProxyNamesTheClient) {
  EXPECT_EQ(client_address("127.0.0.1", "198.51.100.1", kProxies), "198.51.100.1");
  EXPECT_EQ(client_address("127.0.0.1", " 198.51.100.1 ", kProxies), "198.51.100.1");
}

TEST(ClientAddress, OnlyTheTrustedPartOfTheChainIsBelieved) {
  // The client wrote "1.2.3.4" itself; the first untrusted hop from the right is the real one.
  EXPECT_EQ(client_address("127.0.0.1", "1.2.3.4, 198.51.100.1, 10.0.0.2", kProxies), "198.51.100.1");
  // Only proxies in the chain: the leftmost is as far as it goes.
  EXPECT_EQ(client_address("127.0.0.1", "10.0.0.2", kProxies), "10.0.0.2");
}

TEST(ClientAddress, AMissingOrMalformedHeaderKeepsWhatCanBeBelieved) {
  EXPECT_EQ(client_address("127.0.0.1", "", kProxies), "127.0.0.1");
  EXPECT_EQ(client_address("127.0.0.1", "198.51.100.1, ", kProxies), "127.0.0.1");
  EXPECT_EQ(client_address("127.0.0.1", std::string(100, 'x'), kProxies), "127.0.0.1");
}

}  // namespace
}  // namespace gongkai::web
