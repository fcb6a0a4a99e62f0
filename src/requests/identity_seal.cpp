#include "requests/identity_seal.h"

#include <sodium.h>
#include <sys/stat.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "core/errors.h"

namespace gongkai::requests {
namespace {

constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "gkseal01";
constexpr uint64_t kSealSubkey = 1;
constexpr uint64_t kDigestSubkey = 2;

void require_sodium() {
  if (sodium_init() < 0) throw StoreError("libsodium could not be initialised");
}

std::string to_hex(const unsigned char* bytes, size_t size) {
  std::string hex(size * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), bytes, size);
  hex.resize(size * 2);
  return hex;
}

}  // namespace

IdentitySeal::IdentitySeal(const Key& master) {
  require_sodium();
  static_assert(crypto_kdf_KEYBYTES == 32 && crypto_secretbox_KEYBYTES == 32);
  crypto_kdf_derive_from_key(seal_key_.data(), seal_key_.size(), kSealSubkey, kKdfContext, master.data());
  crypto_kdf_derive_from_key(digest_key_.data(), digest_key_.size(), kDigestSubkey, kKdfContext, master.data());
}

IdentitySeal IdentitySeal::from_key_file(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw InvalidInput("无法读取证件号码加密密钥文件：" + file.string());
  std::string hex;
  in >> hex;
  Key key{};
  size_t length = 0;
  if (hex.size() != key.size() * 2 ||
      sodium_hex2bin(key.data(), key.size(), hex.data(), hex.size(), nullptr, &length, nullptr) != 0 ||
      length != key.size()) {
    throw InvalidInput("证件号码加密密钥文件格式不正确（应为64位十六进制数）：" + file.string());
  }
  return IdentitySeal(key);
}

bool IdentitySeal::create_key_file(const std::filesystem::path& file) {
  if (std::filesystem::exists(file)) return false;
  require_sodium();
  Key key{};
  randombytes_buf(key.data(), key.size());
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path());
  const mode_t old_mask = ::umask(077);
  std::ofstream out(file);
  ::umask(old_mask);
  if (!out) throw InvalidInput("无法写入证件号码加密密钥文件：" + file.string());
  out << to_hex(key.data(), key.size()) << '\n';
  std::filesystem::permissions(file, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  return true;
}

std::string IdentitySeal::seal(std::string_view clear) const {
  std::vector<unsigned char> box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + clear.size());
  unsigned char* nonce = box.data();
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char*>(clear.data()),
                        clear.size(), nonce, seal_key_.data());
  std::string text(sodium_base64_encoded_len(box.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(text.data(), text.size(), box.data(), box.size(), sodium_base64_VARIANT_ORIGINAL);
  text.resize(text.size() - 1);  // the terminating NUL
  return text;
}

std::string IdentitySeal::unseal(std::string_view sealed) const {
  std::vector<unsigned char> box(sealed.size());
  size_t length = 0;
  if (sodium_base642bin(box.data(), box.size(), sealed.data(), sealed.size(), nullptr, &length, nullptr,
                        sodium_base64_VARIANT_ORIGINAL) != 0 ||
      length < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) {
    throw StoreError("sealed ID number is malformed");
  }
  const unsigned char* nonce = box.data();
  const size_t cipher_size = length - crypto_secretbox_NONCEBYTES;
  std::string clear(cipher_size - crypto_secretbox_MACBYTES, '\0');
  if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(clear.data()), nonce + crypto_secretbox_NONCEBYTES,
                                 cipher_size, nonce, seal_key_.data()) != 0) {
    throw StoreError("sealed ID number does not open with this key");
  }
  return clear;
}

std::string IdentitySeal::digest(std::string_view clear) const {
  std::array<unsigned char, 32> hash{};
  crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(clear.data()), clear.size(),
                     digest_key_.data(), digest_key_.size());
  return to_hex(hash.data(), hash.size());
}

}  // namespace gongkai::requests
