#include "core/index_number.h"

#include <fmt/format.h>

#include <vector>

#include "core/errors.h"

namespace gongkai {
namespace {

constexpr int kMaxSerialWidth = 12;

enum class Part { kLiteral, kCode, kYear, kSerial };

struct Segment {
  Part part = Part::kLiteral;
  std::string text;  // the literal text
  int width = 0;     // serial padding; 0 = none
};

[[noreturn]] void bad_pattern(std::string_view pattern, std::string_view defect) {
  throw InvalidInput(fmt::format("索引号格式“{}”无效：{}", pattern, defect));
}

int parse_width(std::string_view pattern, std::string_view digits) {
  if (digits.empty() || digits.size() > 2) bad_pattern(pattern, "{serial:N}中的N应为1至12");
  int width = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') bad_pattern(pattern, "{serial:N}中的N应为1至12");
    width = width * 10 + (c - '0');
  }
  if (width < 1 || width > kMaxSerialWidth) bad_pattern(pattern, "{serial:N}中的N应为1至12");
  return width;
}

Segment parse_placeholder(std::string_view pattern, std::string_view name) {
  if (name == "code") return {Part::kCode, {}, 0};
  if (name == "year") return {Part::kYear, {}, 0};
  if (name == "serial") return {Part::kSerial, {}, 0};
  if (name.starts_with("serial:")) return {Part::kSerial, {}, parse_width(pattern, name.substr(7))};
  bad_pattern(pattern, fmt::format("未知的占位符{{{}}}", name));
}

std::vector<Segment> parse_pattern(std::string_view pattern) {
  std::vector<Segment> segments;
  int years = 0, serials = 0, codes = 0;
  size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] == '}') bad_pattern(pattern, "多余的“}”");
    if (pattern[i] != '{') {
      size_t next = pattern.find_first_of("{}", i);
      if (next == std::string_view::npos) next = pattern.size();
      segments.push_back({Part::kLiteral, std::string(pattern.substr(i, next - i)), 0});
      i = next;
      continue;
    }
    size_t close = pattern.find('}', i);
    if (close == std::string_view::npos) bad_pattern(pattern, "“{”没有对应的“}”");
    Segment segment = parse_placeholder(pattern, pattern.substr(i + 1, close - i - 1));
    years += segment.part == Part::kYear;
    serials += segment.part == Part::kSerial;
    codes += segment.part == Part::kCode;
    segments.push_back(segment);
    i = close + 1;
  }
  if (years != 1) bad_pattern(pattern, "须含且只含一个{year}");
  if (serials != 1) bad_pattern(pattern, "须含且只含一个{serial}或{serial:N}");
  if (codes > 1) bad_pattern(pattern, "{code}只能出现一次");
  return segments;
}

}  // namespace

IndexNumberPattern::IndexNumberPattern(std::string pattern) : pattern_(std::move(pattern)) {
  parse_pattern(pattern_);
}

std::string IndexNumberPattern::format(std::string_view code, int year, int serial) const {
  if (year < 1000 || year > 9999) throw InvalidInput(fmt::format("索引号年份无效：{}", year));
  if (serial < 1) throw InvalidInput(fmt::format("索引号流水号应为正整数：{}", serial));
  std::string out;
  for (const auto& segment : parse_pattern(pattern_)) {
    switch (segment.part) {
      case Part::kLiteral:
        out += segment.text;
        break;
      case Part::kCode:
        if (code.empty()) throw InvalidInput("生成索引号需要机构代码");
        out += code;
        break;
      case Part::kYear:
        out += std::to_string(year);
        break;
      case Part::kSerial: {
        std::string digits = std::to_string(serial);
        if (segment.width > 0 && digits.size() > static_cast<size_t>(segment.width)) {
          throw InvalidInput(fmt::format("流水号{}超出索引号格式允许的{}位", serial, segment.width));
        }
        out += std::string(segment.width > static_cast<int>(digits.size()) ? segment.width - digits.size() : 0, '0');
        out += digits;
        break;
      }
    }
  }
  return out;
}

}  // namespace gongkai
