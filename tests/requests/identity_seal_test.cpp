// ID numbers at rest: sealed under the configured key, opened only with it,
// altered values refused; the digest matches equal numbers only.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/errors.h"
#include "requests/identity_seal.h"

namespace gongkai::requests {
namespace {

IdentitySeal::Key key(unsigned char fill) {
  IdentitySeal::Key k{};
  k.fill(fill);
  return k;
}

TEST(IdentitySeal, SealedNumberOpensWithTheSameKeyAndHidesTheClearText) {
  const IdentitySeal seal(key(7));
  const std::string sealed = seal.seal("11010519491231002X");
  EXPECT_EQ(sealed.find("11010519491231002X"), std::string::npos);
  EXPECT_NE(seal.seal("11010519491231002X"), sealed);  // a fresh nonce every time
  EXPECT_EQ(seal.unseal(sealed), "11010519491231002X");
}

TEST(IdentitySeal, AnotherKeyOrAnAlteredValueDoesNotOpen) {
  const IdentitySeal seal(key(7));
  std::string sealed = seal.seal("11010519491231002X");
  EXPECT_THROW(IdentitySeal(key(8)).unseal(sealed), StoreError);
  sealed[sealed.size() / 2] = sealed[sealed.size() / 2] == 'A' ? 'B' : 'A';
  EXPECT_THROW(seal.unseal(sealed), StoreError);
  EXPECT_THROW(seal.unseal("not base64!"), StoreError);
}

TEST(IdentitySeal, DigestIsEqualForEqualNumbersAndKeyed) {
  const IdentitySeal seal(key(7));
  EXPECT_EQ(seal.digest("11010519491231002X"), seal.digest("11010519491231002X"));
  EXPECT_NE(seal.digest("11010519491231002X"), seal.digest("110105194912310037"));
  EXPECT_NE(seal.digest("11010519491231002X"), IdentitySeal(key(8)).digest("11010519491231002X"));
  EXPECT_EQ(seal.digest("x").size(), 64u);
}

TEST(IdentitySeal, KeyFileIsCreatedOnceOwnerOnlyAndReadBack) {
  const auto dir = std::filesystem::temp_directory_path() / ("gongkai-seal-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  const auto file = dir / "test.key";
  EXPECT_TRUE(IdentitySeal::create_key_file(file));
  EXPECT_FALSE(IdentitySeal::create_key_file(file));  // never overwritten
  const auto perms = std::filesystem::status(file).permissions();
  EXPECT_EQ(perms & (std::filesystem::perms::group_all | std::filesystem::perms::others_all),
            std::filesystem::perms::none);
  const std::string sealed = IdentitySeal::from_key_file(file).seal("640302199001011234");
  EXPECT_EQ(IdentitySeal::from_key_file(file).unseal(sealed), "640302199001011234");
  std::ofstream(dir / "bad.key") << "not-hex\n";
  EXPECT_THROW(IdentitySeal::from_key_file(dir / "bad.key"), InvalidInput);
  EXPECT_THROW(IdentitySeal::from_key_file(dir / "missing.key"), InvalidInput);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace gongkai::requests
