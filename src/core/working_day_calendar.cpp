#include "core/working_day_calendar.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "core/errors.h"

namespace gongkai {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

constexpr const char* kWeekdayNames[] = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

CivilDate next_day(CivilDate date) { return CivilDate{std::chrono::sys_days{date} + std::chrono::days{1}}; }

// THE counting rule: a period of N working days starts on the day after the
// starting day; the starting day itself is never counted.
CivilDate first_counted_day(CivilDate from) { return next_day(from); }

std::string counting_rule_note(CivilDate from, int days, CivilDate due) {
  if (days == 0) return fmt::format("工作日数为0，期限即为起始日{}", format_date(from));
  return fmt::format("自{}的次日起计算（起始日不计入），第{}个工作日为{}", format_date(from), days,
                     format_date(due));
}

bool is_weekend(CivilDate date) { return iso_weekday_index(date) >= 5; }

int year_of(CivilDate date) { return static_cast<int>(date.year()); }

// ---- loading ---------------------------------------------------------------

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InvalidInput(fmt::format("无法读取节假日数据文件{}", path.string()));
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

[[noreturn]] void malformed(const fs::path& path, std::string_view defect) {
  throw InvalidInput(fmt::format("节假日数据文件{}格式错误：{}", path.filename().string(), defect));
}

struct YearFile {
  int year = 0;
  HolidayNotice notice;
  std::vector<std::pair<CivilDate, SpecialDay>> days;
};

SpecialDay parse_day(const fs::path& path, const Json& day, CivilDate& date) {
  if (!day.is_object()) malformed(path, "days中的每一项应为对象");
  if (!day.contains("date") || !day["date"].is_string()) malformed(path, "days中缺少date");
  if (!day.contains("off") || !day["off"].is_boolean()) malformed(path, "days中缺少off（true或false）");
  std::string text = day["date"].get<std::string>();
  auto parsed = parse_date(text);
  if (!parsed) malformed(path, fmt::format("日期“{}”无效", text));
  date = *parsed;
  SpecialDay special;
  special.kind = day["off"].get<bool>() ? DayKind::kHoliday : DayKind::kMakeUpWorkingDay;
  if (day.contains("name")) {
    if (!day["name"].is_string()) malformed(path, fmt::format("{}的name应为字符串", text));
    special.name = day["name"].get<std::string>();
  }
  return special;
}

YearFile parse_year_file(const fs::path& path, int year) {
  Json root;
  try {
    root = Json::parse(read_file(path));
  } catch (const Json::parse_error& e) {
    malformed(path, "不是有效的JSON");
  }
  if (!root.is_object()) malformed(path, "顶层应为对象");
  if (!root.contains("year") || !root["year"].is_number_integer() || root["year"].get<int>() != year) {
    malformed(path, fmt::format("year应为{}，与文件名一致", year));
  }
  if (!root.contains("days") || !root["days"].is_array()) malformed(path, "缺少days数组");
  YearFile file;
  file.year = year;
  file.notice.year = year;
  if (root.contains("notices")) {
    if (!root["notices"].is_array()) malformed(path, "notices应为字符串数组");
    for (const auto& source : root["notices"]) {
      if (!source.is_string()) malformed(path, "notices应为字符串数组");
      file.notice.sources.push_back(source.get<std::string>());
    }
  }
  for (const auto& day : root["days"]) {
    CivilDate date;
    SpecialDay special = parse_day(path, day, date);
    file.days.emplace_back(date, std::move(special));
  }
  return file;
}

// "2017.json" -> 2017; nullopt for any other name.
std::optional<int> year_of_file_name(const fs::path& path) {
  static const std::regex kYearFile(R"((\d{4})\.json)");
  std::smatch match;
  std::string name = path.filename().string();
  if (!std::regex_match(name, match, kYearFile)) return std::nullopt;
  return std::stoi(match[1].str());
}

// ---- counting ----------------------------------------------------------------

std::string weekday_name(CivilDate date) { return kWeekdayNames[iso_weekday_index(date)]; }

// Notes for one run of days off: "2017-01-27至2017-02-02 春节放假，不计入工作日".
std::string holiday_run_note(CivilDate first, CivilDate last, const std::string& name) {
  std::string label = name.empty() ? "节假日" : name;
  if (first == last) return fmt::format("{} {}放假，不计入工作日", format_date(first), label);
  return fmt::format("{}至{} {}放假，不计入工作日", format_date(first), format_date(last), label);
}

std::string make_up_note(CivilDate date) {
  return fmt::format("{}（{}）调休上班，计入工作日", format_date(date), weekday_name(date));
}

std::string unannounced_note(int year) {
  return fmt::format("{}年节假日安排尚未公布，该年只扣除星期六、星期日，结果为暂定", year);
}

// Collects the steps while walking day by day; a run of days off is noted
// once it ends.
class StepRecorder {
 public:
  explicit StepRecorder(WorkingDayCount& count) : count_(count) {}

  void holiday(CivilDate date, const std::string& name) {
    if (run_ && run_name_ == name) {
      run_last_ = date;
      return;
    }
    close_run();
    run_ = true;
    run_first_ = run_last_ = date;
    run_name_ = name;
  }

  void other_day() { close_run(); }

  void make_up(CivilDate date) {
    close_run();
    count_.steps.push_back(make_up_note(date));
  }

  void unannounced(int year) {
    if (std::find(count_.unannounced_years.begin(), count_.unannounced_years.end(), year) !=
        count_.unannounced_years.end()) {
      return;
    }
    close_run();
    count_.provisional = true;
    count_.unannounced_years.push_back(year);
    count_.steps.push_back(unannounced_note(year));
  }

  void close_run() {
    if (!run_) return;
    count_.steps.push_back(holiday_run_note(run_first_, run_last_, run_name_));
    run_ = false;
  }

 private:
  WorkingDayCount& count_;
  bool run_ = false;
  CivilDate run_first_;
  CivilDate run_last_;
  std::string run_name_;
};

}  // namespace

WorkingDayCalendar WorkingDayCalendar::load(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    throw InvalidInput(fmt::format("节假日数据目录不存在：{}", dir.string()));
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file() && year_of_file_name(entry.path())) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());

  std::map<CivilDate, SpecialDay> special_days;
  std::map<CivilDate, int> set_by;  // which year's file set a date
  std::set<int> years;
  std::vector<HolidayNotice> notices;
  for (const auto& path : files) {
    YearFile file = parse_year_file(path, *year_of_file_name(path));
    for (auto& [date, special] : file.days) {
      auto [it, inserted] = set_by.emplace(date, file.year);
      if (!inserted) {
        malformed(path, fmt::format("{}已由{}.json设定，不能重复", format_date(date), it->second));
      }
      special_days.emplace(date, std::move(special));
    }
    years.insert(file.year);
    notices.push_back(std::move(file.notice));
  }
  return WorkingDayCalendar(std::move(special_days), std::move(years), std::move(notices));
}

WorkingDayCalendar::WorkingDayCalendar(std::map<CivilDate, SpecialDay> special_days, std::set<int> announced_years,
                                       std::vector<HolidayNotice> notices)
    : special_days_(std::move(special_days)),
      announced_years_(std::move(announced_years)),
      notices_(std::move(notices)) {}

DayKind WorkingDayCalendar::kind_of(CivilDate date) const {
  auto it = special_days_.find(date);
  if (it != special_days_.end()) {
    if (it->second.kind == DayKind::kHoliday) return DayKind::kHoliday;
    // A "working" entry on a weekday is just an ordinary working day.
    return is_weekend(date) ? DayKind::kMakeUpWorkingDay : DayKind::kWorkingDay;
  }
  return is_weekend(date) ? DayKind::kWeekend : DayKind::kWorkingDay;
}

bool WorkingDayCalendar::is_working_day(CivilDate date) const {
  DayKind kind = kind_of(date);
  return kind == DayKind::kWorkingDay || kind == DayKind::kMakeUpWorkingDay;
}

bool WorkingDayCalendar::is_announced(int year) const { return announced_years_.contains(year); }

int WorkingDayCalendar::first_year() const { return announced_years_.empty() ? 0 : *announced_years_.begin(); }

int WorkingDayCalendar::last_year() const { return announced_years_.empty() ? 0 : *announced_years_.rbegin(); }

WorkingDayCount WorkingDayCalendar::add_working_days(CivilDate from, int days) const {
  if (days < 0) throw InvalidInput(fmt::format("工作日数不能为负数：{}", days));
  if (days > kMaxWorkingDays) {
    throw InvalidInput(fmt::format("工作日数过大：{}（最多{}个）", days, kMaxWorkingDays));
  }
  if (!from.ok()) throw InvalidInput("起始日期无效");

  WorkingDayCount count;
  count.from = from;
  count.days = days;
  count.due = from;
  StepRecorder steps(count);
  int counted = 0;
  for (CivilDate day = first_counted_day(from); counted < days; day = next_day(day)) {
    if (!is_announced(year_of(day)) && !special_days_.contains(day)) steps.unannounced(year_of(day));
    switch (kind_of(day)) {
      case DayKind::kHoliday:
        steps.holiday(day, special_days_.at(day).name);
        continue;
      case DayKind::kWeekend:
        steps.other_day();
        continue;
      case DayKind::kMakeUpWorkingDay:
        steps.make_up(day);
        break;
      case DayKind::kWorkingDay:
        steps.other_day();
        break;
    }
    ++counted;
    count.due = day;
  }
  steps.close_run();
  count.steps.push_back(counting_rule_note(from, days, count.due));
  return count;
}

int WorkingDayCalendar::working_days_between(CivilDate from, CivilDate to) const {
  int counted = 0;
  for (CivilDate day = first_counted_day(from); day <= to; day = next_day(day)) {
    if (is_working_day(day)) ++counted;
  }
  return counted;
}

std::string format_working_day_count(const WorkingDayCount& count) {
  std::string out = format_date(count.due) + "\n";
  for (const auto& step : count.steps) out += step + "\n";
  if (count.provisional) {
    std::vector<std::string> years;
    for (int year : count.unannounced_years) years.push_back(fmt::format("{}年", year));
    out += fmt::format("（暂定：{}节假日安排尚未公布，公布后请重新计算）\n", fmt::join(years, "、"));
  }
  return out;
}

}  // namespace gongkai
