// SHA-256 and base64 against the published test vectors (FIPS 180-2
// appendix B.1 for "abc"; RFC 4648 section 10 for base64).
#include "core/digest.h"

#include <gtest/gtest.h>

#include "core/errors.h"

namespace gongkai {
namespace {

TEST(Digest, Sha256OfAbcIsTheFipsVector) {
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Digest, Base64FollowsRfc4648) {
  EXPECT_EQ(encode_base64(""), "");
  EXPECT_EQ(encode_base64("f"), "Zg==");
  EXPECT_EQ(encode_base64("fo"), "Zm8=");
  EXPECT_EQ(encode_base64("foo"), "Zm9v");
  EXPECT_EQ(encode_base64("foobar"), "Zm9vYmFy");
  const std::string bytes("\x00\xff\x10 公开", 9);
  EXPECT_EQ(decode_base64(encode_base64(bytes)), bytes);
}

TEST(Digest, TextThatIsNotBase64IsAStoreError) {
  EXPECT_THROW(decode_base64("not base64!"), StoreError);
  EXPECT_THROW(decode_base64("Zm9"), StoreError);
}

}  // namespace
}  // namespace gongkai
