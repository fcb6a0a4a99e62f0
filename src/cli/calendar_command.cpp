#include <iostream>

#include "app/app.h"
#include "cli/commands.h"
#include "core/civil_date.h"
#include "core/working_day_calendar.h"

namespace gongkai::cli {

int run_calendar_due(const std::string& data_dir, const std::string& from, int days) {
  const std::filesystem::path dir = data_dir.empty() ? app::default_data_dir() : std::filesystem::path(data_dir);
  const auto calendar = WorkingDayCalendar::load(dir / "data" / "holidays");
  const auto count = calendar.add_working_days(require_date(from, "起算日期"), days);
  std::cout << format_working_day_count(count);
  return 0;
}

}  // namespace gongkai::cli
