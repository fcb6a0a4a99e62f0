// gongkai/annualreport/report_publication.cpp
#include "annualreport/report_publication.h"

#include <nlohmann/json.hpp>

#include "annualreport/report_repository.h"
#include "annualreport/report_review.h"
#include "audit/audit_log.h"
#include "core/errors.h"
#include "core/field_text.h"
#include "core/text.h"

namespace gongkai::annualreport {
namespace {

constexpr size_t kMaxSectionChars = 20000;

detail::ReportRow require_report(store::Connection& connection, const org::StaffActor& staff, int64_t report_id) {
  const auto report = detail::find_report_by_id(connection, staff.agency_id, report_id);
  if (!report) throw NotFound("年度报告不存在");
  return *report;
}

ReportVersion require_latest(store::Connection& connection, int64_t report_id) {
  auto latest = detail::latest_version(connection, report_id);
  if (!latest) throw NotFound("年度报告没有任何版本");
  return *latest;
}

// The latest version, which must be a draft one may change.
ReportVersion require_open_draft(store::Connection& connection, int64_t report_id) {
  ReportVersion latest = require_latest(connection, report_id);
  if (latest.status != VersionStatus::draft) {
    throw Conflict("第" + std::to_string(latest.number) + "版已发布，发布的版本不能修改；如需修改，请先发起更正");
  }
  return latest;
}

// The next version: a copy of `base` as a draft by `staff`, now.
ReportVersion next_version(const ReportVersion& base, const org::StaffActor& staff, const std::string& note) {
  ReportVersion next = base;
  next.id = 0;
  next.number = base.number + 1;
  next.status = VersionStatus::draft;
  next.change_note = note;
  next.author = staff.username;
  next.created_at = now_iso8601_china();
  next.published_on.clear();
  next.superseded_on.clear();
  return next;
}

void record(store::Connection& connection, const org::StaffActor& staff, const std::string& action,
            const ReportVersion& version, nlohmann::json before, nlohmann::json after) {
  after["year"] = version.year;
  after["version"] = version.number;
  after["status"] = std::string(status_key(version.status));
  audit::record(connection, staff.audit_actor(),
                {action, "annual_report", std::to_string(version.report_id), before.is_null() ? "" : before.dump(),
                 after.dump()});
}

// One paragraph per non-blank line, each trimmed.
std::vector<std::string> paragraphs_of(const std::string& raw) {
  const std::string text = normalize_text(raw, true);
  std::vector<std::string> paragraphs;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = trimmed(text.substr(start, end - start));
    if (!line.empty()) paragraphs.push_back(std::move(line));
    start = end + 1;
  }
  return paragraphs;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "、") + p;
  return out;
}

}  // namespace

Drafter records_drafter() { return draft_annual_report; }

int64_t start_report(store::Connection& connection, const org::StaffActor& staff, int year, const Drafter& drafter) {
  staff.require(org::Permission::kPrepareAnnualReport);
  store::Transaction transaction(connection);
  if (detail::find_report(connection, staff.agency_id, year)) {
    throw Conflict(std::to_string(year) + "年度报告已经开始起草，请在报告页面修改");
  }
  const ReportDraft draft = drafter(connection, staff.agency_id, year);
  ReportVersion version;
  version.agency_id = staff.agency_id;
  version.year = year;
  version.number = 1;
  version.format = draft.format;
  version.agency_name = draft.agency_name;
  version.sections = draft.sections;
  version.figures = draft.figures;
  version.tables = draft.tables;
  version.change_note = "根据业务数据起草";
  version.author = staff.username;
  version.created_at = now_iso8601_china();
  version.report_id = detail::insert_report(connection, staff.agency_id, year, version.created_at);
  version.id = detail::insert_version(connection, version);
  record(connection, staff, "annual_report.start", version, nullptr, {{"sections", version.sections.size()}});
  transaction.commit();
  return version.report_id;
}

int64_t edit_section(store::Connection& connection, const org::StaffActor& staff, const SectionEdit& edit) {
  staff.require(org::Permission::kPrepareAnnualReport);
  if (!is_valid_utf8(edit.text)) throw InvalidInput("正文不是有效的UTF-8文本");
  if (utf8_length(edit.text) > kMaxSectionChars) {
    throw InvalidInput("一节正文不能超过" + std::to_string(kMaxSectionChars) + "字");
  }
  std::vector<std::string> paragraphs = paragraphs_of(edit.text);
  if (paragraphs.empty()) throw InvalidInput("正文不能为空");
  store::Transaction transaction(connection);
  require_report(connection, staff, edit.report_id);
  const ReportVersion latest = require_open_draft(connection, edit.report_id);
  if (latest.number != edit.based_on) {
    throw Conflict("您修改的是第" + std::to_string(edit.based_on) + "版，其后已保存了第" +
                   std::to_string(latest.number) + "版，请在最新版本上修改");
  }
  if (edit.section >= latest.sections.size()) throw InvalidInput("没有这一节");
  ReportVersion next = next_version(latest, staff, "修改“" + latest.sections[edit.section].heading + "”");
  const auto before = latest.sections[edit.section].paragraphs;
  next.sections[edit.section].paragraphs = std::move(paragraphs);
  next.id = detail::insert_version(connection, next);
  record(connection, staff, "annual_report.edit", next, {{"heading", latest.sections[edit.section].heading}, {"paragraphs", before}},
         {{"heading", next.sections[edit.section].heading}, {"paragraphs", next.sections[edit.section].paragraphs}});
  transaction.commit();
  return next.id;
}

FiguresUpdated update_figures(store::Connection& connection, const org::StaffActor& staff, int64_t report_id,
                              const Drafter& drafter) {
  staff.require(org::Permission::kPrepareAnnualReport);
  store::Transaction transaction(connection);
  const auto report = require_report(connection, staff, report_id);
  const ReportVersion latest = require_open_draft(connection, report_id);
  const ReportDraft fresh = drafter(connection, report.agency_id, report.year);
  const auto drifts = figures_out_of_step(latest.figures, fresh.figures);
  if (drifts.empty() && !tables_out_of_step(latest.tables, fresh.tables)) {
    throw Conflict("正文引用的数字和统计表与最新数据一致，无需更新");
  }
  const FiguresUpdate update = bring_in_step(latest.sections, latest.figures, fresh.figures);
  std::string note = "更新数字";
  if (!update.replaced.empty()) note += "：" + joined(update.replaced);
  if (!update.by_hand.empty()) note += "；请人工核对：" + joined(update.by_hand);
  ReportVersion next = next_version(latest, staff, note);
  next.sections = update.sections;
  next.figures = update.figures;
  next.tables = fresh.tables;
  next.id = detail::insert_version(connection, next);
  nlohmann::json changes = nlohmann::json::array();
  for (const auto& d : drifts) changes.push_back({{"key", d.key}, {"written", d.written}, {"current", d.current}});
  record(connection, staff, "annual_report.update_figures", next, nullptr,
         {{"figures", changes}, {"by_hand", update.by_hand}});
  transaction.commit();
  return {next.id, update.replaced, update.by_hand};
}

int64_t start_correction(store::Connection& connection, const org::StaffActor& staff, int64_t report_id,
                         const std::string& reason) {
  staff.require(org::Permission::kPrepareAnnualReport);
  const std::string why = required_field(reason, "更正原因", 2000);
  store::Transaction transaction(connection);
  require_report(connection, staff, report_id);
  const ReportVersion latest = require_latest(connection, report_id);
  if (latest.status == VersionStatus::draft) {
    throw Conflict("已有未发布的草稿（第" + std::to_string(latest.number) + "版），请直接修改后发布");
  }
  const auto published = detail::published_version(connection, report_id);
  if (!published) throw Conflict("报告尚未发布，无需更正");
  ReportVersion next = next_version(latest, staff, "更正：" + why);
  next.number = latest.number + 1;
  next.id = detail::insert_version(connection, next);
  record(connection, staff, "annual_report.correct", next, nullptr, {{"reason", why}, {"corrects", published->number}});
  transaction.commit();
  return next.id;
}

int64_t publish_report(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                       int64_t report_id, const Drafter& drafter) {
  staff.require(org::Permission::kPrepareAnnualReport);
  store::Transaction transaction(connection);
  require_report(connection, staff, report_id);
  ReportVersion draft = require_latest(connection, report_id);
  if (draft.status != VersionStatus::draft) throw Conflict("没有待发布的草稿：第" + std::to_string(draft.number) + "版已发布");
  const std::string refusal = publication_refusal(review_version(connection, draft, drafter));
  if (!refusal.empty()) throw Conflict(refusal);
  const std::string day = format_date(today);
  const auto previous = detail::published_version(connection, report_id);
  if (previous) detail::update_status(connection, previous->id, VersionStatus::superseded, previous->published_on, day);
  detail::update_status(connection, draft.id, VersionStatus::published, day, "");
  draft.status = VersionStatus::published;
  draft.published_on = day;
  nlohmann::json before = previous ? nlohmann::json{{"published_version", previous->number}} : nlohmann::json();
  record(connection, staff, "annual_report.publish", draft, before,
         {{"published_on", day}, {"corrects", previous ? previous->number : 0}});
  transaction.commit();
  return draft.id;
}

}  // namespace gongkai::annualreport
