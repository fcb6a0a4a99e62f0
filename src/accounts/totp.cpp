#include "accounts/totp.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>

#include "accounts/base32.h"
#include "accounts/secure_random.h"

namespace gongkai::accounts {
namespace {

std::string uri_escape(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '_' || c == '.' || c == '~';
    if (plain) {
      out += static_cast<char>(c);
      continue;
    }
    out += '%';
    out += kHex[c >> 4];
    out += kHex[c & 0x0f];
  }
  return out;
}

}  // namespace

int64_t totp_step(Instant now) {
  const int64_t seconds = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
  return seconds / kTotpStepSeconds;
}

std::string hotp_code(std::string_view key, int64_t counter, int digits) {
  std::array<unsigned char, 8> message{};
  for (int i = 7; i >= 0; --i) {
    message[static_cast<size_t>(i)] = static_cast<unsigned char>(counter & 0xff);
    counter >>= 8;
  }
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  HMAC(EVP_sha1(), key.data(), static_cast<int>(key.size()), message.data(), message.size(), digest.data(),
       &length);
  const unsigned offset = digest[length - 1] & 0x0f;
  const uint32_t binary = (static_cast<uint32_t>(digest[offset] & 0x7f) << 24) |
                          (static_cast<uint32_t>(digest[offset + 1]) << 16) |
                          (static_cast<uint32_t>(digest[offset + 2]) << 8) | static_cast<uint32_t>(digest[offset + 3]);
  uint32_t modulus = 1;
  for (int i = 0; i < digits; ++i) modulus *= 10;
  std::string code = std::to_string(binary % modulus);
  return std::string(static_cast<size_t>(digits) - code.size(), '0') + code;
}

std::string new_totp_secret() { return base32_encode(random_bytes(20)); }

std::optional<int64_t> match_totp(const std::string& base32_secret, std::string_view code, Instant now,
                                  int64_t last_used_step, int digits) {
  const auto key = base32_decode(base32_secret);
  if (!key || key->empty() || code.size() != static_cast<size_t>(digits)) return std::nullopt;
  const int64_t current = totp_step(now);
  for (int64_t step = current - 1; step <= current + 1; ++step) {
    if (step <= last_used_step) continue;
    if (equal_secrets(hotp_code(*key, step, digits), code)) return step;
  }
  return std::nullopt;
}

std::string otpauth_uri(const std::string& issuer, const std::string& account, const std::string& base32_secret) {
  return "otpauth://totp/" + uri_escape(issuer) + ":" + uri_escape(account) + "?secret=" + base32_secret +
         "&issuer=" + uri_escape(issuer) + "&algorithm=SHA1&digits=6&period=30";
}

}  // namespace gongkai::accounts
