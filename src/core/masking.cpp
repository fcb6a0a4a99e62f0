#include "core/masking.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <optional>

namespace gongkai {
namespace {

constexpr std::string_view kStars = "****";

// Splits UTF-8 text into code points (each a byte string).
std::vector<std::string_view> code_points(std::string_view text) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t next = i + 1;
    while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
    out.push_back(text.substr(i, next - i));
    i = next;
  }
  return out;
}

// Keeps the first `head` and last `tail` code points and stars the rest, one
// star per hidden character. When nothing would be hidden, stars everything.
std::string keep_ends(std::string_view text, size_t head, size_t tail) {
  auto chars = code_points(text);
  if (chars.size() <= head + tail) return std::string(chars.size(), '*');
  std::string out;
  for (size_t i = 0; i < chars.size(); ++i) {
    bool kept = i < head || i >= chars.size() - tail;
    if (kept) out += chars[i];
    else out += '*';
  }
  return out;
}

std::string_view trim_ascii(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view text) {
  for (char c : text) {
    if (!is_digit(c)) return false;
  }
  return !text.empty();
}

int digits_value(std::string_view text) {
  int value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  return value;
}

bool is_real_date(int y, int m, int d) {
  using namespace std::chrono;
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}}.ok();
}

// ISO 7064 MOD 11-2 over the first 17 digits: '0'…'9' or 'X'.
char resident_id_check_character(std::string_view first17) {
  static constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr std::string_view kCheck = "10X98765432";
  int sum = 0;
  for (size_t i = 0; i < kWeights.size(); ++i) sum += (first17[i] - '0') * kWeights[i];
  return kCheck[sum % 11];
}

// A 15-digit resident ID of the 1980s: region (6), YYMMDD, sequence (3).
bool is_old_resident_id(std::string_view digits) {
  if (digits.size() != 15 || !all_digits(digits)) return false;
  return is_real_date(1900 + digits_value(digits.substr(6, 2)), digits_value(digits.substr(8, 2)),
                      digits_value(digits.substr(10, 2)));
}

bool passes_luhn(std::string_view digits) {
  int sum = 0;
  bool doubled = false;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    int value = *it - '0';
    if (doubled) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
    doubled = !doubled;
  }
  return sum % 10 == 0;
}

bool is_mobile(std::string_view digits) {
  return digits.size() == 11 && digits[0] == '1' && digits[1] >= '3' && digits[1] <= '9';
}

// What a maximal run of digits (with a trailing 'X' for an ID) is, if anything.
std::optional<PersonalDataKind> classify(std::string_view run) {
  if (run.size() == 18 && is_valid_resident_id(run)) return PersonalDataKind::kIdNumber;
  if (is_old_resident_id(run)) return PersonalDataKind::kIdNumber;
  if (is_mobile(run)) return PersonalDataKind::kMobile;
  if (run.size() >= 16 && run.size() <= 19 && all_digits(run) && passes_luhn(run)) return PersonalDataKind::kBankCard;
  return std::nullopt;
}

// One character of scanned text: digits and X as ASCII (full-width ones
// too, so that "１３８…" is found), anything else as '\0'.
struct ScannedChar {
  char ascii = 0;
  size_t bytes = 1;
};

ScannedChar scan(std::string_view text, size_t i) {
  char c = text[i];
  if (is_digit(c)) return {c, 1};
  if (c == 'X' || c == 'x') return {'X', 1};
  // U+FF10–U+FF19 are EF BC 90–99; U+FF38 (Ｘ) is EF BC B8, U+FF58 (ｘ) EF BD 98.
  if (i + 2 < text.size() && static_cast<unsigned char>(c) == 0xEF) {
    auto b1 = static_cast<unsigned char>(text[i + 1]);
    auto b2 = static_cast<unsigned char>(text[i + 2]);
    if (b1 == 0xBC && b2 >= 0x90 && b2 <= 0x99) return {static_cast<char>('0' + (b2 - 0x90)), 3};
    if ((b1 == 0xBC && b2 == 0xB8) || (b1 == 0xBD && b2 == 0x98)) return {'X', 3};
  }
  return {0, 1};
}

// ---- addresses ----------------------------------------------------------------

bool is_county_marker(const std::vector<std::string_view>& chars, size_t i) {
  if (chars[i] != "区" && chars[i] != "县" && chars[i] != "旗") return false;
  if (chars[i] != "区" || i == 0) return true;
  std::string_view before = chars[i - 1];
  // 自治区 is a province; 小区, 社区 and 园区 lie below the township.
  if (before == "治" || before == "小" || before == "社" || before == "园") return false;
  return true;
}

// Index one past the township-level word (乡, 镇, 街道 or 街) found at or
// after `from`, or 0 when there is none.
size_t township_end(const std::vector<std::string_view>& chars, size_t from) {
  for (size_t i = from; i < chars.size(); ++i) {
    if (chars[i] == "乡" || chars[i] == "镇") return i + 1;
    if (chars[i] == "街") return (i + 1 < chars.size() && chars[i + 1] == "道") ? i + 2 : i + 1;
  }
  return 0;
}

}  // namespace

std::string mask_phone(std::string_view phone) {
  phone = trim_ascii(phone);
  auto length = code_points(phone).size();
  if (length >= 8) return keep_ends(phone, 3, 4);
  return keep_ends(phone, 0, 4);
}

std::string mask_id_number(std::string_view id_number) { return keep_ends(trim_ascii(id_number), 2, 3); }

std::string mask_bank_card(std::string_view number) { return keep_ends(trim_ascii(number), 4, 4); }

std::string mask_name(std::string_view name) {
  name = trim_ascii(name);
  auto chars = code_points(name);
  if (chars.size() <= 1) return std::string(chars.size(), '*');
  if (chars.size() == 2) return std::string(chars[0]) + "*";
  return keep_ends(name, 1, 1);
}

std::string mask_address(std::string_view address) {
  address = trim_ascii(address);
  auto chars = code_points(address);
  size_t county = 0;  // one past the county-level word, 0 when none
  for (size_t i = 0; i < chars.size(); ++i) {
    if (is_county_marker(chars, i)) {
      county = i + 1;
      break;
    }
  }
  size_t keep = township_end(chars, county);
  if (keep == 0) keep = county;
  if (keep == chars.size()) return std::string(address);
  std::string out;
  for (size_t i = 0; i < keep; ++i) out += chars[i];
  return out + std::string(kStars);
}

namespace {

// Index one past the first village-level word (社区, 居委会, 居民委员会,
// 嘎查, 村委会, then 村) at or after `from`, or 0 when there is none.
size_t village_end(const std::vector<std::string_view>& chars, size_t from) {
  static const std::vector<std::vector<std::string_view>> kMarkers = {
      {"社", "区"}, {"居", "委", "会"}, {"居", "民", "委", "员", "会"}, {"嘎", "查"}, {"村", "委", "会"}, {"村"}};
  for (const auto& marker : kMarkers) {
    for (size_t i = from; i + marker.size() <= chars.size(); ++i) {
      if (std::equal(marker.begin(), marker.end(), chars.begin() + static_cast<std::ptrdiff_t>(i))) {
        return i + marker.size();
      }
    }
  }
  return 0;
}

}  // namespace

std::string mask_address_to_village(std::string_view address) {
  address = trim_ascii(address);
  auto chars = code_points(address);
  size_t from = township_end(chars, 0);
  const size_t keep = village_end(chars, from);
  if (keep == 0) return mask_address(address);
  if (keep == chars.size()) return std::string(address);
  std::string out;
  for (size_t i = 0; i < keep; ++i) out += chars[i];
  return out + std::string(kStars);
}

std::vector<PersonalDataFinding> find_personal_data(std::string_view text) {
  std::vector<PersonalDataFinding> findings;
  size_t i = 0;
  while (i < text.size()) {
    std::string run;  // the maximal run of digits starting at i, in ASCII
    size_t end = i;
    while (end < text.size()) {
      ScannedChar c = scan(text, end);
      if (!is_digit(c.ascii)) break;
      run += c.ascii;
      end += c.bytes;
    }
    if (run.empty()) {
      ++i;
      continue;
    }
    // An 18-character ID may end in X.
    if (run.size() == 17 && end < text.size()) {
      ScannedChar c = scan(text, end);
      if (c.ascii == 'X') {
        run += c.ascii;
        end += c.bytes;
      }
    }
    if (auto kind = classify(run)) findings.push_back({*kind, i, end - i});
    i = end;
  }
  return findings;
}

std::string mask_personal_data(std::string_view text) {
  std::string out;
  size_t copied = 0;
  for (const auto& finding : find_personal_data(text)) {
    out.append(text.substr(copied, finding.offset - copied));
    std::string_view found = text.substr(finding.offset, finding.length);
    switch (finding.kind) {
      case PersonalDataKind::kIdNumber: out += mask_id_number(found); break;
      case PersonalDataKind::kMobile: out += mask_phone(found); break;
      case PersonalDataKind::kBankCard: out += mask_bank_card(found); break;
    }
    copied = finding.offset + finding.length;
  }
  out.append(text.substr(copied));
  return out;
}

bool is_valid_resident_id(std::string_view id) {
  if (id.size() != 18 || !all_digits(id.substr(0, 17))) return false;
  char check = id[17] == 'x' ? 'X' : id[17];
  if (check != resident_id_check_character(id.substr(0, 17))) return false;
  return is_real_date(digits_value(id.substr(6, 4)), digits_value(id.substr(10, 2)), digits_value(id.substr(12, 2))) &&
         digits_value(id.substr(6, 4)) >= 1800 && digits_value(id.substr(6, 4)) <= 2199;
}

bool is_valid_credit_code(std::string_view code) {
  static constexpr std::string_view kCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static constexpr std::array<int, 17> kWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  if (code.size() != 18) return false;
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) {
    size_t value = kCharset.find(code[i]);
    if (value == std::string_view::npos) return false;
    sum += static_cast<int>(value) * kWeights[i];
  }
  int check = (31 - sum % 31) % 31;
  return code[17] == kCharset[check];
}

}  // namespace gongkai
