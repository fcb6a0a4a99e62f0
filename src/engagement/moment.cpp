#include "engagement/moment.h"

#include <fmt/format.h>

namespace gongkai::engagement {
namespace {

constexpr std::chrono::hours kChinaOffset{8};

std::string utc_text(std::chrono::sys_seconds instant) {
  const auto day = std::chrono::floor<std::chrono::days>(instant);
  const std::chrono::hh_mm_ss time{instant - day};
  return fmt::format("{}T{:02d}:{:02d}:{:02d}Z", format_date(CivilDate{day}), time.hours().count(),
                     time.minutes().count(), time.seconds().count());
}

}  // namespace

Moment Moment::now() {
  return {std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now())};
}

Moment Moment::china(CivilDate date, int hour, int minute) {
  const std::chrono::sys_seconds local_midnight{std::chrono::sys_days{date}};
  return {local_midnight + std::chrono::hours{hour} + std::chrono::minutes{minute} - kChinaOffset};
}

CivilDate Moment::china_date() const {
  return CivilDate{std::chrono::floor<std::chrono::days>(instant + kChinaOffset)};
}

std::string Moment::iso() const { return utc_text(instant); }

std::string Moment::iso_minus(std::chrono::seconds seconds) const { return utc_text(instant - seconds); }

std::optional<Moment> Moment::parse_iso(std::string_view text) {
  if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z') return std::nullopt;
  const auto date = parse_date(text.substr(0, 10));
  if (!date) return std::nullopt;
  auto number = [&](size_t at) -> int {
    const char a = text[at], b = text[at + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9') return -1;
    return (a - '0') * 10 + (b - '0');
  };
  const int hour = number(11), minute = number(14), second = number(17);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return std::nullopt;
  return Moment{std::chrono::sys_seconds{std::chrono::sys_days{*date}} + std::chrono::hours{hour} +
                std::chrono::minutes{minute} + std::chrono::seconds{second}};
}

std::string Moment::china_text() const {
  const auto local = instant + kChinaOffset;
  const auto day = std::chrono::floor<std::chrono::days>(local);
  const std::chrono::hh_mm_ss time{local - day};
  return fmt::format("{} {:02d}:{:02d}", format_date(CivilDate{day}), time.hours().count(), time.minutes().count());
}

std::string china_time_text(const std::string& stored) {
  const auto moment = Moment::parse_iso(stored);
  return moment ? moment->china_text() : stored;
}

}  // namespace gongkai::engagement
