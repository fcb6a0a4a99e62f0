// gongkai/web/client_address.h
//
// The address a request really came from. Behind a reverse proxy every
// connection comes from the proxy; the proxy names the client in
// X-Forwarded-For ("client, proxy1, proxy2"). That header is believed only
// when the connection comes from a trusted proxy, and then only as far as
// the chain stays within trusted proxies: the result is the rightmost entry
// that is not itself a trusted proxy. Rate limits, sessions and the audit
// log all use this address.
#pragma once

#include <string>
#include <vector>

#include "web/http.h"

namespace gongkai::web {

// `peer` is the connection's address; `trusted_proxies` are exact addresses
// (e.g. "127.0.0.1", "10.0.0.2"). Without a trusted peer, returns `peer`.
std::string client_address(const std::string& peer, const std::string& forwarded_for,
                           const std::vector<std::string>& trusted_proxies);

}  // namespace gongkai::web
