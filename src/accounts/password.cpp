#include "accounts/password.h"

#include <sodium.h>

#include <stdexcept>

#include "core/errors.h"
#include "core/text.h"

namespace gongkai::accounts {
namespace {

struct CharacterClasses {
  bool lower = false, upper = false, digit = false, other = false;
  int count() const { return lower + upper + digit + other; }
};

CharacterClasses classes_of(std::string_view password) {
  CharacterClasses classes;
  for (char c : password) {
    if (c >= 'a' && c <= 'z') classes.lower = true;
    else if (c >= 'A' && c <= 'Z') classes.upper = true;
    else if (c >= '0' && c <= '9') classes.digit = true;
    else classes.other = true;  // punctuation, spaces, any non-ASCII character
  }
  return classes;
}

}  // namespace

std::optional<std::string> password_policy_problem(std::string_view password, std::string_view username) {
  if (!is_valid_utf8(password)) return "密码含有无效字符";
  if (utf8_length(password) < kMinPasswordLength) return "密码至少需要8个字符";
  if (password.size() > kMaxPasswordLength) return "密码不能超过128个字节";
  if (classes_of(password).count() < 3) return "密码须包含小写字母、大写字母、数字、其他符号中的至少三类";
  if (!username.empty() && password == username) return "密码不能与用户名相同";
  return std::nullopt;
}

void require_password_policy(std::string_view password, std::string_view username) {
  if (auto problem = password_policy_problem(password, username)) throw InvalidInput(*problem);
}

std::string hash_password(std::string_view password) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(hash, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("password hashing ran out of memory");
  }
  return hash;
}

bool verify_password(std::string_view password, const std::string& hash) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

}  // namespace gongkai::accounts
