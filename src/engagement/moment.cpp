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

}  // namespace gongkai::engagement
