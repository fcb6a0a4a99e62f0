#include "core/civil_date.h"

#include <fmt/format.h>

#include "core/errors.h"

namespace gongkai {
namespace {

constexpr std::chrono::hours kChinaOffset{8};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads `width` decimal digits at `pos`; nullopt when any is not a digit.
std::optional<int> read_number(std::string_view text, size_t pos, size_t width) {
  int value = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    if (!is_digit(text[i])) return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

std::optional<CivilDate> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto y = read_number(text, 0, 4);
  auto m = read_number(text, 5, 2);
  auto d = read_number(text, 8, 2);
  if (!y || !m || !d) return std::nullopt;
  CivilDate date{std::chrono::year{*y}, std::chrono::month{static_cast<unsigned>(*m)},
                 std::chrono::day{static_cast<unsigned>(*d)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

CivilDate require_date(std::string_view text, std::string_view what) {
  auto date = parse_date(text);
  if (!date) {
    throw InvalidInput(fmt::format("{}格式不正确：“{}”，应为YYYY-MM-DD形式的有效日期", what, text));
  }
  return *date;
}

std::string format_date(CivilDate date) {
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

std::string format_date_chinese(CivilDate date) {
  return fmt::format("{}年{}月{}日", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

CivilDate today_in_china() {
  auto now = std::chrono::system_clock::now() + kChinaOffset;
  return CivilDate{std::chrono::floor<std::chrono::days>(now)};
}

std::string now_iso8601_china() {
  auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now() + kChinaOffset);
  auto day = std::chrono::floor<std::chrono::days>(now);
  std::chrono::hh_mm_ss time{now - day};
  return fmt::format("{}T{:02d}:{:02d}:{:02d}+08:00", format_date(CivilDate{day}), time.hours().count(),
                     time.minutes().count(), time.seconds().count());
}

int days_since_epoch(CivilDate date) {
  return static_cast<int>(std::chrono::sys_days{date}.time_since_epoch().count());
}

CivilDate from_days_since_epoch(int days) {
  return CivilDate{std::chrono::sys_days{std::chrono::days{days}}};
}

int iso_weekday_index(CivilDate date) {
  // weekday::iso_encoding: Monday = 1 … Sunday = 7.
  return static_cast<int>(std::chrono::weekday{std::chrono::sys_days{date}}.iso_encoding()) - 1;
}

}  // namespace gongkai
