#include "keyareas/assistance_commands.h"

#include <charconv>
#include <set>
#include <utility>

#include <nlohmann/json.hpp>

#include "audit/audit_log.h"
#include "core/errors.h"
#include "core/field_text.h"
#include "core/text.h"
#include "keyareas/assistance_repository.h"

namespace gongkai::keyareas {
namespace {

// A count the programme reports (`counted`) or must leave empty.
std::optional<int64_t> count_field(const std::string& raw, bool counted, bool required, const std::string& what,
                                   const AssistanceProgramme& programme) {
  const std::string text = trimmed(raw);
  if (!counted) {
    if (!text.empty()) throw InvalidInput(std::string(programme.short_name) + "不统计" + what + "，该栏应留空");
    return std::nullopt;
  }
  if (text.empty()) {
    if (required) throw InvalidInput(what + "不能为空");
    return std::nullopt;
  }
  int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    if (!text.empty() && text[0] == '-') throw InvalidInput(what + "不能为负数：" + text);
    throw InvalidInput(what + "应为整数：" + text);
  }
  if (value < 0) throw InvalidInput(what + "不能为负数：" + text);
  return value;
}

Fen amount_field(const std::string& raw) {
  const std::string text = trimmed(raw);
  if (text.empty()) throw InvalidInput("金额不能为空");
  const Fen amount = parse_yuan(text);
  if (amount.value < 0) throw InvalidInput("金额不能为负数：" + text);
  return amount;
}

// Checks one row; the figures it would store (id 0).
AssistanceFigures checked(const org::StaffActor& staff, CivilDate today, const FiguresInput& input,
                          const std::string& published_on) {
  const std::string programme_text = trimmed(input.programme);
  if (programme_text.empty()) throw InvalidInput("救助项目不能为空");
  const AssistanceProgramme& programme = require_programme(programme_text);
  AssistanceFigures f;
  f.agency_id = staff.agency_id;
  f.programme = &programme;
  f.period = parse_period(programme.frequency, trimmed(input.period));
  if (f.period.end > today) {
    throw InvalidInput("统计期" + period_label(programme.frequency, f.period) + "尚未结束，不能填报");
  }
  f.households = count_field(input.households, programme.counts_households, false,
                             std::string(programme.households_label) + "数", programme);
  f.persons = count_field(input.persons, programme.counts_persons, true, "人数", programme);
  f.person_times = count_field(input.person_times, programme.counts_person_times, true, "人次", programme);
  f.amount = amount_field(input.amount_yuan);
  f.source = trimmed(input.source);
  if (f.source.empty()) f.source = default_source(programme, f.period.start);
  check_length(f.source, "数据来源", 200);
  f.published_on = published_on.empty() ? today : require_date(published_on, "公开日期");
  if (f.published_on > today) throw InvalidInput("公开日期不能晚于今天");
  if (f.published_on < f.period.end) throw InvalidInput("公开日期不能早于统计期结束");
  f.entered_by = staff.username;
  return f;
}

nlohmann::json figures_json(const AssistanceFigures& f) {
  auto optional = [](const std::optional<int64_t>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
  return {{"programme", f.programme->key},
          {"period_start", format_date(f.period.start)},
          {"period_end", format_date(f.period.end)},
          {"households", optional(f.households)},
          {"persons", optional(f.persons)},
          {"person_times", optional(f.person_times)},
          {"amount_fen", f.amount.value},
          {"source", f.source},
          {"published_on", format_date(f.published_on)}};
}

std::string duplicate_message(const AssistanceFigures& f) {
  return std::string(f.programme->short_name) + period_label(f.programme->frequency, f.period) + "的数据已填报，不能重复填报";
}

int64_t store_checked(store::Connection& connection, const org::StaffActor& staff, const AssistanceFigures& f) {
  const int64_t id = detail::insert_figures(connection, f);
  audit::record(connection, staff.audit_actor(),
                {"assistance_figures.create", "assistance_figures", std::to_string(id), "", figures_json(f).dump()});
  return id;
}

}  // namespace

int64_t record_figures(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                       const FiguresInput& input) {
  staff.require(org::Permission::kManageKeyAreas);
  const AssistanceFigures f = checked(staff, today, input, "");
  store::Transaction transaction(connection);
  if (detail::figures_exist(connection, f.agency_id, f.programme->key, f.period.start)) {
    throw Conflict(duplicate_message(f));
  }
  const int64_t id = store_checked(connection, staff, f);
  transaction.commit();
  return id;
}

ImportReport import_figures(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                            const std::vector<ImportRow>& rows) {
  staff.require(org::Permission::kManageKeyAreas);
  ImportReport report;
  if (rows.empty()) {
    report.problems.push_back({0, "文件中没有数据行"});
    return report;
  }
  std::vector<AssistanceFigures> accepted;
  std::set<std::pair<std::string, int>> seen;  // programme key, period start (days)
  store::Transaction transaction(connection);
  for (const auto& row : rows) {
    try {
      AssistanceFigures f = checked(staff, today, row.input, row.published_on);
      const auto key = std::make_pair(std::string(f.programme->key), days_since_epoch(f.period.start));
      if (!seen.insert(key).second) throw InvalidInput("与文件中前面的行重复：" + duplicate_message(f));
      if (detail::figures_exist(connection, f.agency_id, f.programme->key, f.period.start)) {
        throw InvalidInput(duplicate_message(f));
      }
      accepted.push_back(std::move(f));
    } catch (const InvalidInput& error) {
      report.problems.push_back({row.row, error.what()});
    }
  }
  if (!report.problems.empty()) return report;  // the transaction rolls back: nothing was written
  for (const auto& f : accepted) store_checked(connection, staff, f);
  transaction.commit();
  report.imported = static_cast<int>(accepted.size());
  return report;
}

std::string describe_problems(const std::vector<RowProblem>& problems) {
  std::string text;
  for (const auto& p : problems) {
    if (!text.empty()) text += "\n";
    text += p.row > 0 ? "第" + std::to_string(p.row) + "行：" + p.reason : p.reason;
  }
  return text;
}

}  // namespace gongkai::keyareas
