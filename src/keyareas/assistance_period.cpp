#include "keyareas/assistance_period.h"

#include <charconv>

#include "core/errors.h"

namespace gongkai::keyareas {
namespace {

using namespace std::chrono;

std::optional<int> digits(std::string_view text) {
  if (text.empty()) return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

CivilDate first_day(int y, unsigned m) { return year{y} / month{m} / day{1}; }
CivilDate last_day(int y, unsigned m) { return year{y} / month{m} / last; }

AssistancePeriod month_period(int y, unsigned m) { return {first_day(y, m), last_day(y, m)}; }
AssistancePeriod quarter_period(int y, int q) {
  const unsigned first = static_cast<unsigned>(q - 1) * 3 + 1;
  return {first_day(y, first), last_day(y, first + 2)};
}
AssistancePeriod year_period(int y) { return {first_day(y, 1), last_day(y, 12)}; }

[[noreturn]] void bad_period(Frequency frequency, std::string_view text) {
  throw InvalidInput("统计期“" + std::string(text) + "”有误，" + std::string(frequency_label(frequency)) +
                     "公开的项目应填写" + std::string(period_format_hint(frequency)));
}

bool plausible_year(int y) { return y >= 1990 && y <= 2200; }

int quarter_of(unsigned m) { return static_cast<int>((m - 1) / 3 + 1); }

}  // namespace

std::string_view period_format_hint(Frequency frequency) {
  switch (frequency) {
    case Frequency::kMonthly: return "年月 YYYY-MM（如2017-03）";
    case Frequency::kQuarterly: return "年季 YYYY-Qn（如2017-Q1）";
    case Frequency::kYearly: return "年份 YYYY（如2017）";
    case Frequency::kDisbursement: return "发放日期 YYYY-MM-DD（如2017-06-26）";
  }
  return "";
}

AssistancePeriod parse_period(Frequency frequency, std::string_view text) {
  switch (frequency) {
    case Frequency::kMonthly: {
      if (text.size() != 7 || text[4] != '-') bad_period(frequency, text);
      const auto y = digits(text.substr(0, 4));
      const auto m = digits(text.substr(5, 2));
      if (!y || !m || !plausible_year(*y) || *m < 1 || *m > 12) bad_period(frequency, text);
      return month_period(*y, static_cast<unsigned>(*m));
    }
    case Frequency::kQuarterly: {
      if (text.size() != 7 || text[4] != '-' || (text[5] != 'Q' && text[5] != 'q')) bad_period(frequency, text);
      const auto y = digits(text.substr(0, 4));
      const auto q = digits(text.substr(6, 1));
      if (!y || !q || !plausible_year(*y) || *q < 1 || *q > 4) bad_period(frequency, text);
      return quarter_period(*y, *q);
    }
    case Frequency::kYearly: {
      const auto y = digits(text);
      if (text.size() != 4 || !y || !plausible_year(*y)) bad_period(frequency, text);
      return year_period(*y);
    }
    case Frequency::kDisbursement: {
      const auto date = parse_date(text);
      if (!date) bad_period(frequency, text);
      return {*date, *date};
    }
  }
  bad_period(frequency, text);
}

AssistancePeriod period_containing(Frequency frequency, CivilDate date) {
  const int y = static_cast<int>(date.year());
  const unsigned m = static_cast<unsigned>(date.month());
  switch (frequency) {
    case Frequency::kMonthly: return month_period(y, m);
    case Frequency::kQuarterly: return quarter_period(y, quarter_of(m));
    case Frequency::kYearly: return year_period(y);
    case Frequency::kDisbursement: return {date, date};
  }
  return {date, date};
}

AssistancePeriod next_period(Frequency frequency, const AssistancePeriod& period) {
  const CivilDate after = from_days_since_epoch(days_since_epoch(period.end) + 1);
  return period_containing(frequency, after);
}

std::string period_key(Frequency frequency, const AssistancePeriod& period) {
  const std::string date = format_date(period.start);
  switch (frequency) {
    case Frequency::kMonthly: return date.substr(0, 7);
    case Frequency::kQuarterly:
      return date.substr(0, 4) + "-Q" + std::to_string(quarter_of(static_cast<unsigned>(period.start.month())));
    case Frequency::kYearly: return date.substr(0, 4);
    case Frequency::kDisbursement: return date;
  }
  return date;
}

std::string period_label(Frequency frequency, const AssistancePeriod& period) {
  static const char* const kQuarterNames[] = {"一", "二", "三", "四"};
  const std::string y = std::to_string(static_cast<int>(period.start.year())) + "年";
  const unsigned m = static_cast<unsigned>(period.start.month());
  switch (frequency) {
    case Frequency::kMonthly: return y + std::to_string(m) + "月";
    case Frequency::kQuarterly: return y + "第" + kQuarterNames[quarter_of(m) - 1] + "季度";
    case Frequency::kYearly: return y;
    case Frequency::kDisbursement: return format_date_chinese(period.start);
  }
  return y;
}

}  // namespace gongkai::keyareas
