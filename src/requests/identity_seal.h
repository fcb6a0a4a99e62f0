// gongkai/requests/identity_seal.h
//
// Applicants' ID numbers at rest: sealed with libsodium's secretbox
// (XSalsa20-Poly1305, a fresh random nonce per value) under a key from the
// configuration, stored as base64 of nonce ‖ ciphertext. A keyed hash of the
// number (BLAKE2b under a second subkey) lets the office find one
// applicant's applications — for the per-application fee tiers and repeated
// applications — without unsealing anything.
//
// The key is 32 random bytes kept in a file as 64 hex digits (mode 0600),
// outside the database, so a copy of the database alone reveals no number.
// An IdentitySeal is immutable and safe to share between threads.
#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <string_view>

namespace gongkai::requests {

class IdentitySeal {
 public:
  using Key = std::array<unsigned char, 32>;

  // Reads the key file. Throws InvalidInput naming the file when it is
  // missing or not 64 hex digits.
  static IdentitySeal from_key_file(const std::filesystem::path& file);
  // Writes a new random key to `file` (mode 0600) unless it exists; returns
  // true when it wrote one.
  static bool create_key_file(const std::filesystem::path& file);
  explicit IdentitySeal(const Key& master);

  // base64(nonce ‖ secretbox(clear)).
  std::string seal(std::string_view clear) const;
  // The clear text. Throws StoreError when the value was not sealed with
  // this key or was altered.
  std::string unseal(std::string_view sealed) const;
  // Hex keyed hash of `clear`: equal numbers give equal digests.
  std::string digest(std::string_view clear) const;

 private:
  Key seal_key_{};
  Key digest_key_{};
};

}  // namespace gongkai::requests
