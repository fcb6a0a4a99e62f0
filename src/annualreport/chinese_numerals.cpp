// gongkai/annualreport/chinese_numerals.cpp
#include "annualreport/chinese_numerals.h"

#include <array>

namespace gongkai::annualreport {
namespace {

constexpr std::array<const char*, 10> kDigits{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

}  // namespace

std::string chinese_numeral(int n) {
  if (n < 10) return kDigits[n];
  const int tens = n / 10;
  return std::string(tens == 1 ? "" : kDigits[tens]) + "十" + kDigits[n % 10];
}

std::string part_heading(int n, const std::string& title) { return chinese_numeral(n) + "、" + title; }

std::string sub_part_heading(int n, const std::string& title) { return "（" + chinese_numeral(n) + "）" + title; }

}  // namespace gongkai::annualreport
