// TOTP (RFC 6238) and HOTP (RFC 4226) against the RFCs' published vectors.
#include <gtest/gtest.h>

#include "accounts/base32.h"
#include "accounts/totp.h"

namespace gongkai::accounts {
namespace {

const std::string kRfcKey = "12345678901234567890";  // the SHA1 seed of RFC 6238 Appendix B

Instant at(int64_t unix_seconds) { return Instant(std::chrono::seconds(unix_seconds)); }

TEST(TotpTest, Rfc6238AppendixBSha1Vectors) {
  const std::pair<int64_t, const char*> vectors[] = {
      {59, "94287082"},         {1111111109, "07081804"}, {1111111111, "14050471"},
      {1234567890, "89005924"}, {2000000000, "69279037"}, {20000000000, "65353130"},
  };
  for (const auto& [time, code] : vectors) {
    EXPECT_EQ(hotp_code(kRfcKey, time / 30, 8), code) << time;  // T = floor(time / 30)
  }
  // The RFC's T column for the instants a time_point can hold.
  EXPECT_EQ(totp_step(at(59)), 1);
  EXPECT_EQ(totp_step(at(1111111109)), 0x23523EC);
  EXPECT_EQ(totp_step(at(2000000000)), 0x3F940AA);
  EXPECT_EQ(hotp_code(kRfcKey, totp_step(at(1234567890)), 8), "89005924");
}

TEST(TotpTest, Rfc4226SixDigitVectors) {
  const char* expected[] = {"755224", "287082", "359152", "969429", "338314",
                            "254676", "287922", "162583", "399871", "520489"};
  for (int counter = 0; counter < 10; ++counter) EXPECT_EQ(hotp_code(kRfcKey, counter), expected[counter]);
}

TEST(TotpTest, Base32RoundTrip) {
  EXPECT_EQ(base32_encode(kRfcKey), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  EXPECT_EQ(base32_decode("gezdgnbvgy3tqojqgezdgnbvgy3tqojq"), std::optional<std::string>(kRfcKey));
  EXPECT_EQ(base32_encode("f"), "MY");
  EXPECT_EQ(base32_decode("MY======"), std::optional<std::string>("f"));
  EXPECT_EQ(base32_decode("MY1"), std::nullopt);
  EXPECT_EQ(new_totp_secret().size(), 32u);
}

TEST(TotpTest, WindowIsOneStepEitherSideAndAStepIsAcceptedOnce) {
  const std::string secret = base32_encode(kRfcKey);
  // 94287082 is step 1 (t = 30…59).
  EXPECT_EQ(match_totp(secret, "94287082", at(59), 0, 8), std::optional<int64_t>(1));
  EXPECT_EQ(match_totp(secret, "94287082", at(89), 0, 8), std::optional<int64_t>(1));  // step 2: one behind
  EXPECT_EQ(match_totp(secret, "94287082", at(29), 0, 8), std::optional<int64_t>(1));  // step 0: one ahead
  EXPECT_EQ(match_totp(secret, "94287082", at(90), 0, 8), std::nullopt);               // step 3: too old
  EXPECT_EQ(match_totp(secret, "94287082", at(59), 1, 8), std::nullopt);               // replay
  EXPECT_EQ(match_totp(secret, "94287083", at(59), 0, 8), std::nullopt);               // wrong
  EXPECT_EQ(match_totp(secret, "9428708", at(59), 0, 8), std::nullopt);                // short
}

TEST(TotpTest, OtpauthUri) {
  EXPECT_EQ(otpauth_uri("政务公开", "admin", "GEZDGNBV"),
            "otpauth://totp/%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80:admin?secret=GEZDGNBV&issuer="
            "%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80&algorithm=SHA1&digits=6&period=30");
}

}  // namespace
}  // namespace gongkai::accounts
