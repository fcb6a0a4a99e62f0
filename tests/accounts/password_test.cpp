// The password policy and argon2id hashing.
#include <gtest/gtest.h>

#include "accounts/password.h"
#include "core/errors.h"

namespace gongkai::accounts {
namespace {

struct PolicyCase {
  const char* password;
  const char* username;
  const char* problem;  // nullptr = acceptable
};

TEST(PasswordPolicyTest, Table) {
  const PolicyCase cases[] = {
      {"Abcdefg1", "", nullptr},                // lower, upper, digit; exactly 8
      {"abcdefg!1", "", nullptr},               // lower, other, digit
      {"ABCDEFG!1", "", nullptr},               // upper, other, digit
      {"Abcdefg!", "", nullptr},                // lower, upper, other
      {"密码密码Abc1", "", nullptr},             // 8 characters; Han counts as other
      {"Abc1!", "", "密码至少需要8个字符"},
      {"密码密码Ab1", "", "密码至少需要8个字符"},  // 7 characters, 15 bytes
      {"abcdefgh1", "", "密码须包含小写字母、大写字母、数字、其他符号中的至少三类"},
      {"ABCDEFGHIJ", "", "密码须包含小写字母、大写字母、数字、其他符号中的至少三类"},
      {"        ", "", "密码须包含小写字母、大写字母、数字、其他符号中的至少三类"},
      {"zhang_01.", "zhang_01.", "密码不能与用户名相同"},
      {"\xff\xfe" "Abcdefg1", "", "密码含有无效字符"},
  };
  for (const auto& c : cases) {
    const auto problem = password_policy_problem(c.password, c.username);
    if (c.problem == nullptr) {
      EXPECT_EQ(problem, std::nullopt) << c.password;
    } else {
      EXPECT_EQ(problem, std::optional<std::string>(c.problem)) << c.password;
    }
  }
  EXPECT_EQ(password_policy_problem(std::string(129, 'a') + "A1"), "密码不能超过128个字节");
  EXPECT_THROW(require_password_policy("short"), InvalidInput);
  EXPECT_NO_THROW(require_password_policy("Abcdefg1"));
}

TEST(PasswordHashTest, Argon2idHashVerifies) {
  const std::string hash = hash_password("Xinxi@2017");
  // libsodium's INTERACTIVE limits: 64 MiB (65536 KiB), 2 passes, 1 lane.
  EXPECT_EQ(hash.rfind("$argon2id$v=19$m=65536,t=2,p=1$", 0), 0u) << hash;
  EXPECT_TRUE(verify_password("Xinxi@2017", hash));
  EXPECT_FALSE(verify_password("xinxi@2017", hash));
  EXPECT_FALSE(verify_password("", hash));
  EXPECT_FALSE(verify_password("Xinxi@2017", "not a hash"));
  EXPECT_FALSE(verify_password("Xinxi@2017", ""));
  // Salted: the same password hashes differently each time.
  EXPECT_NE(hash_password("Xinxi@2017"), hash);
}

}  // namespace
}  // namespace gongkai::accounts
