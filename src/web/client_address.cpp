#include "web/client_address.h"

#include <algorithm>
#include <string_view>

namespace gongkai::web {
namespace {

bool is_trusted(std::string_view address, const std::vector<std::string>& trusted_proxies) {
  return std::find(trusted_proxies.begin(), trusted_proxies.end(), address) != trusted_proxies.end();
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

std::string client_address(const std::string& peer, const std::string& forwarded_for,
                           const std::vector<std::string>& trusted_proxies) {
  if (!is_trusted(peer, trusted_proxies)) return peer;
  std::string_view rest = forwarded_for;
  std::string client = peer;
  while (!rest.empty()) {
    const auto comma = rest.rfind(',');
    const std::string_view hop = trimmed(comma == std::string_view::npos ? rest : rest.substr(comma + 1));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(0, comma);
    if (hop.empty() || hop.size() > 64) return client;  // malformed: keep the last address we could believe
    client = std::string(hop);
    if (!is_trusted(hop, trusted_proxies)) return client;
  }
  return client;
}

}  // namespace gongkai::web
