#include "requests/lookup_guard.h"

#include "core/digest.h"
#include "core/errors.h"
#include "engagement/tracking_code.h"
#include "engagement/within_transaction.h"
#include "requests/request_repository.h"

namespace gongkai::requests {

std::string new_query_password() { return engagement::generate_tracking_code().substr(0, kQueryPasswordLength); }

std::string query_password_hash(std::string_view password) { return sha256_hex(password); }

bool query_password_matches(std::string_view password, std::string_view stored_hash) {
  return !password.empty() && query_password_hash(password) == stored_hash;
}

void require_lookup_allowed(store::Connection& connection, const engagement::PublicSender& sender,
                            const std::string& code_key) {
  const std::string since = sender.at.iso_minus(kLookupWindow);
  if (repository::lookup_failures_from(connection, sender.remote_address, since) >= kLookupFailuresPerAddress ||
      repository::lookup_failures_of(connection, code_key, since) >= kLookupFailuresPerCode) {
    throw TooManyRequests("查询密码错误次数过多，请15分钟后再试");
  }
}

void refuse_lookup(store::Connection& connection, const engagement::PublicSender& sender, const std::string& code_key) {
  engagement::within_transaction(connection, [&] {
    repository::record_lookup_failure(connection, sender.remote_address, code_key, sender.at.iso());
  });
  throw NotFound("查询码或查询密码不正确");
}

}  // namespace gongkai::requests
