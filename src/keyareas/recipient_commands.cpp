#include "keyareas/recipient_commands.h"

#include <algorithm>
#include <charconv>
#include <map>

#include <nlohmann/json.hpp>

#include "audit/audit_log.h"
#include "core/errors.h"
#include "core/field_text.h"
#include "core/masking.h"
#include "keyareas/recipient_queries.h"
#include "keyareas/recipient_repository.h"

namespace gongkai::keyareas {
namespace {

constexpr int kMaxHouseholdSize = 30;

bool has_digit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string head_name_field(const std::string& raw) {
  const std::string name = required_field(raw, "户主姓名", 20);
  if (has_digit(name)) throw InvalidInput("户主姓名不能含数字");
  return name;
}

// The ID number, upper-cased, checked against GB 11643. Messages show it masked.
std::string id_number_field(const std::string& raw) {
  std::string id = trimmed(raw);
  if (id.empty()) throw InvalidInput("身份证号码不能为空");
  std::transform(id.begin(), id.end(), id.begin(), [](char c) { return c == 'x' ? 'X' : c; });
  if (id.size() != 18) throw InvalidInput("身份证号码应为18位：" + mask_id_number(id));
  if (!is_valid_resident_id(id)) {
    throw InvalidInput("身份证号码无效（校验位或出生日期不符合GB 11643）：" + mask_id_number(id));
  }
  return id;
}

std::string township_field(const std::string& raw, const std::string& area) {
  const std::string township = trimmed(raw);
  if (township.empty()) return area;
  if (township != area) throw InvalidInput("乡镇（街道）“" + township + "”不是本名单的公示范围“" + area + "”");
  return township;
}

std::string village_field(const std::string& raw) {
  const std::string village = required_field(raw, "村（社区）", 40);
  if (has_digit(village) || mask_address_to_village(village) != village) {
    throw InvalidInput("村（社区）只填村或社区名称，不填组、门牌号等详细地址");
  }
  return village;
}

int household_size_field(const std::string& raw) {
  const std::string text = trimmed(raw);
  if (text.empty()) throw InvalidInput("家庭人口不能为空");
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) throw InvalidInput("家庭人口应为整数：" + text);
  if (value < 1 || value > kMaxHouseholdSize) {
    throw InvalidInput("家庭人口应在1至" + std::to_string(kMaxHouseholdSize) + "人之间：" + text);
  }
  return value;
}

Fen amount_field(const std::string& raw, const ChangeKind& change) {
  const std::string text = trimmed(raw);
  if (text.empty()) throw InvalidInput("保障金额不能为空");
  const Fen amount = parse_yuan(text);
  if (amount.value < 0) throw InvalidInput("保障金额不能为负数：" + text);
  if (amount.value == 0 && change.key != "stopped") throw InvalidInput("保障金额为0的应填“停发”");
  return amount;
}

struct CheckedRow {
  Recipient recipient;
  std::string digest;
};

CheckedRow checked_row(const RecipientRowInput& in, const std::string& area, const requests::IdentitySeal& seal) {
  CheckedRow out;
  Recipient& r = out.recipient;
  r.head_name = head_name_field(in.head_name);
  out.digest = seal.digest(id_number_field(in.id_number));
  r.township = township_field(in.township, area);
  r.village = village_field(in.village);
  r.household_size = household_size_field(in.household_size);
  const std::string change_text = trimmed(in.change);
  const ChangeKind& change = require_change_kind(change_text.empty() ? "continued" : change_text);
  r.change_kind = std::string(change.key);
  r.amount = amount_field(in.amount_yuan, change);
  return out;
}

// The list header, checked. Programmes without a monthly or quarterly
// schedule publish no lists.
RecipientList checked_list(const org::StaffActor& staff, CivilDate today, const RecipientListInput& in) {
  const std::string programme_text = trimmed(in.programme);
  if (programme_text.empty()) throw InvalidInput("救助项目不能为空");
  RecipientList l;
  l.agency_id = staff.agency_id;
  l.programme = &require_programme(programme_text);
  const Frequency frequency = l.programme->frequency;
  if (frequency != Frequency::kMonthly && frequency != Frequency::kQuarterly) {
    throw InvalidInput(std::string(l.programme->short_name) + "不公示名单：只有按月或按季度公开的救助项目有公示名单");
  }
  l.period = parse_period(frequency, trimmed(in.period));
  if (l.period.start > today) throw InvalidInput("统计期" + period_label(frequency, l.period) + "尚未开始");
  l.area = required_field(in.area, "公示范围（乡镇/街道）", 40);
  if (has_digit(l.area)) throw InvalidInput("公示范围只填乡镇或街道名称");
  const std::string kind = trimmed(in.kind);
  l.kind = &require_publicity_kind(kind.empty() ? "roster" : kind);
  l.created_by = staff.username;
  l.created_on = today;
  return l;
}

nlohmann::json list_json(const RecipientList& l, int rows) {
  auto date = [](const std::optional<CivilDate>& d) { return d ? format_date(*d) : std::string(); };
  return {{"programme", l.programme->key},
          {"period_start", format_date(l.period.start)},
          {"area", l.area},
          {"kind", l.kind->key},
          {"status", list_status_key(l.status)},
          {"rows", rows},
          {"published_on", date(l.published_on)},
          {"window_ends_on", date(l.window_ends_on)},
          {"withdrawn_on", date(l.withdrawn_on)},
          {"withdrawal_reason", l.withdrawal_reason}};
}

RecipientList require_list(store::Connection& connection, const org::StaffActor& staff, int64_t list_id) {
  const auto list = detail::select_list(connection, list_id);
  if (!list || list->agency_id != staff.agency_id) throw NotFound("没有这份公示名单");
  return *list;
}

// Every bad row, and the checked rows when there is none.
std::vector<CheckedRow> check_rows(store::Connection& connection, const RecipientList& list, int64_t replacing,
                                   const requests::IdentitySeal& seal, const std::vector<RecipientRowInput>& rows,
                                   std::vector<RowProblem>& problems) {
  std::vector<CheckedRow> accepted;
  std::map<std::string, int> first_row_of;  // digest → row number
  for (const auto& row : rows) {
    try {
      CheckedRow c = checked_row(row, list.area, seal);
      const auto [at, fresh] = first_row_of.emplace(c.digest, row.row);
      if (!fresh) throw InvalidInput("身份证号码与第" + std::to_string(at->second) + "行重复");
      if (const auto other = detail::area_holding_digest(connection, list.agency_id, list.programme->key,
                                                         list.period.start, replacing, c.digest)) {
        throw InvalidInput("该户已在同期“" + *other + "”的名单中");
      }
      c.recipient.position = static_cast<int>(accepted.size()) + 1;
      accepted.push_back(std::move(c));
    } catch (const InvalidInput& error) {
      problems.push_back({row.row, error.what()});
    }
  }
  return accepted;
}

}  // namespace

RecipientImportReport import_recipient_list(store::Connection& connection, const org::StaffActor& staff,
                                            const requests::IdentitySeal& seal, CivilDate today,
                                            const RecipientListInput& input,
                                            const std::vector<RecipientRowInput>& rows) {
  staff.require(org::Permission::kManageKeyAreas);
  RecipientList list = checked_list(staff, today, input);
  RecipientImportReport report;
  if (rows.empty()) {
    report.problems.push_back({0, "文件中没有数据行"});
    return report;
  }
  store::Transaction transaction(connection);
  const auto current = detail::select_current_list(connection, list.agency_id, list.programme->key,
                                                   list.period.start, list.area);
  if (current && current->status == ListStatus::kPublished) {
    throw Conflict(list_title(*current) + "已公示；如需更正，请先撤回再导入");
  }
  const auto accepted = check_rows(connection, list, current ? current->id : 0, seal, rows, report.problems);
  if (!report.problems.empty()) return report;  // rolls back: nothing was written
  std::string before;
  if (current) {
    before = list_json(*current, current->rows).dump();
    list.id = current->id;
    detail::delete_recipients(connection, list.id);
    detail::update_list_status(connection, list);
  } else {
    list.id = detail::insert_list(connection, list);
  }
  for (const auto& c : accepted) detail::insert_recipient(connection, list.id, c.recipient, c.digest);
  audit::record(connection, staff.audit_actor(),
                {current ? "recipient_list.replace" : "recipient_list.import", "assistance_recipient_lists",
                 std::to_string(list.id), before, list_json(list, static_cast<int>(accepted.size())).dump()});
  transaction.commit();
  report.list_id = list.id;
  report.imported = static_cast<int>(accepted.size());
  return report;
}

void publish_recipient_list(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                            int64_t list_id) {
  staff.require(org::Permission::kManageKeyAreas);
  store::Transaction transaction(connection);
  RecipientList list = require_list(connection, staff, list_id);
  if (list.status != ListStatus::kDraft) throw Conflict(list_title(list) + std::string(list_status_label(list.status)) + "，不能再次公示");
  std::string text;
  for (const auto& r : detail::select_recipients(connection, list_id)) {
    const auto p = public_recipient(r);
    text += p.head_name + " " + p.township + " " + p.village + " " + std::to_string(p.household_size) + " " +
            p.amount + " " + p.change + "\n";
  }
  if (!find_personal_data(text).empty()) {
    throw InvalidInput("名单中含有未遮蔽的身份证号码、手机号码或银行卡号，不能公示");
  }
  const std::string before = list_json(list, list.rows).dump();
  list.status = ListStatus::kPublished;
  list.published_on = today;
  list.window_ends_on = window_end(*list.kind, today);
  detail::update_list_status(connection, list);
  audit::record(connection, staff.audit_actor(),
                {"recipient_list.publish", "assistance_recipient_lists", std::to_string(list.id), before,
                 list_json(list, list.rows).dump()});
  transaction.commit();
}

void withdraw_recipient_list(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                             int64_t list_id, const std::string& reason) {
  staff.require(org::Permission::kManageKeyAreas);
  const std::string why = required_field(reason, "撤回理由", 500);
  store::Transaction transaction(connection);
  RecipientList list = require_list(connection, staff, list_id);
  if (list.status != ListStatus::kPublished) throw Conflict(list_title(list) + "未处于公示状态，不能撤回");
  const std::string before = list_json(list, list.rows).dump();
  list.status = ListStatus::kWithdrawn;
  list.withdrawn_on = today;
  list.withdrawal_reason = why;
  detail::update_list_status(connection, list);
  audit::record(connection, staff.audit_actor(),
                {"recipient_list.withdraw", "assistance_recipient_lists", std::to_string(list.id), before,
                 list_json(list, list.rows).dump()});
  transaction.commit();
}

}  // namespace gongkai::keyareas
