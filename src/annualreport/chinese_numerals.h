// gongkai/annualreport/chinese_numerals.h
//
// The numbering of the report's parts and sub-parts: 一、二、… and （一）（二）…
// (1–99).
#pragma once

#include <string>

namespace gongkai::annualreport {

// 1 → "一", 10 → "十", 12 → "十二", 20 → "二十".
std::string chinese_numeral(int n);
// "一、概述".
std::string part_heading(int n, const std::string& title);
// "（一）组织领导".
std::string sub_part_heading(int n, const std::string& title);

}  // namespace gongkai::annualreport
