// gongkai/core/masking.h
//
// De-identification of personal data on public pages (spec/conventions.md):
//   mobile    13812341234        -> 138****1234
//   ID number 110101199003071234 -> 11*************234 (first 2, last 3 kept)
//   name      张小明 -> 张*明, 张三 -> 张*
//   address   kept down to the 乡镇/街道 level, the rest replaced by "****"
//   village   "新华村3组12号" -> 新华村**** (a recipient list's 村/社区 column)
// and a scanner that finds unmasked ID numbers, mobiles and bank-card numbers
// in free text before it is published.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongkai {

std::string mask_phone(std::string_view phone);
std::string mask_id_number(std::string_view id_number);
std::string mask_name(std::string_view name);
std::string mask_address(std::string_view address);
// Keeps an address down to the village or community (村, 社区, 居委会, 嘎查,
// 村委会 — the unit a 低保 list names) and replaces the rest by "****":
// "新华村3组12号" -> "新华村****", "古城社区" unchanged. Without such a word it
// falls back to mask_address (the 乡镇/街道).
std::string mask_address_to_village(std::string_view address);
// 6222020000000007 -> 6222********0007 (first 4 and last 4 kept).
std::string mask_bank_card(std::string_view number);

enum class PersonalDataKind { kIdNumber, kMobile, kBankCard };

struct PersonalDataFinding {
  PersonalDataKind kind;
  size_t offset = 0;  // byte offset in the text
  size_t length = 0;
};

// Every unmasked resident ID (18 characters with a valid check digit, or 15
// digits), mobile number (11 digits starting 1[3-9]) and bank-card number
// (16–19 digits passing the Luhn check) in `text`.
std::vector<PersonalDataFinding> find_personal_data(std::string_view text);

// `text` with every finding replaced by its masked form.
std::string mask_personal_data(std::string_view text);

// GB 11643-1999: 17 digits, a check character (ISO 7064 MOD 11-2, 'X' or
// 'x' for 10) and a real birth date (digits 7–14, years 1800–2199).
bool is_valid_resident_id(std::string_view id_number);

// GB 32100-2015 check character of an 18-character 统一社会信用代码.
bool is_valid_credit_code(std::string_view code);

}  // namespace gongkai
