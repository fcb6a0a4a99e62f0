#include "engagement/tracking_code.h"

#include <sodium.h>

#include <stdexcept>

namespace gongkai::engagement {
namespace {

constexpr std::string_view kAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

void ensure_sodium() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

}  // namespace

std::string generate_tracking_code() {
  ensure_sodium();
  std::string code;
  code.reserve(kTrackingCodeLength);
  for (size_t i = 0; i < kTrackingCodeLength; ++i) {
    code += kAlphabet[randombytes_uniform(static_cast<uint32_t>(kAlphabet.size()))];
  }
  return code;
}

std::optional<std::string> normalize_tracking_code(std::string_view typed) {
  std::string code;
  for (char c : typed) {
    if (c == ' ' || c == '-' || c == '\t') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (kAlphabet.find(c) == std::string_view::npos) return std::nullopt;
    code += c;
    if (code.size() > kTrackingCodeLength) return std::nullopt;
  }
  if (code.size() != kTrackingCodeLength) return std::nullopt;
  return code;
}

std::string format_tracking_code(std::string_view code) {
  if (code.size() != kTrackingCodeLength) return std::string(code);
  return std::string(code.substr(0, 4)) + "-" + std::string(code.substr(4, 4)) + "-" + std::string(code.substr(8, 4));
}

}  // namespace gongkai::engagement
