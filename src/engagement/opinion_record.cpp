#include "engagement/opinion_record.h"

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "engagement/public_submission.h"
#include "engagement/within_transaction.h"

namespace gongkai::engagement {
namespace {

constexpr size_t kShortChars = 100;
constexpr size_t kLongChars = 5000;

constexpr const char* kColumns =
    "SELECT id, agency_id, source, topic, summary, found_on, response, responded_on, reported_upward_on, "
    "reported_to, created_by FROM opinion_records ";

std::optional<CivilDate> optional_date(const store::Row& row, const char* column) {
  if (auto text = row.optional_text(column)) return parse_date(*text);
  return std::nullopt;
}

OpinionRecord record_from(const store::Row& row) {
  OpinionRecord r;
  r.id = row.integer("id");
  r.agency_id = row.integer("agency_id");
  r.source = row.text("source");
  r.topic = row.text("topic");
  r.summary = row.text("summary");
  r.found_on = parse_date(row.text("found_on")).value_or(CivilDate{});
  r.response = row.text("response");
  r.responded_on = optional_date(row, "responded_on");
  r.reported_upward_on = optional_date(row, "reported_upward_on");
  r.reported_to = row.text("reported_to");
  r.created_by = row.text("created_by");
  return r;
}

nlohmann::json snapshot(const OpinionRecord& r) {
  auto date = [](const std::optional<CivilDate>& d) { return d ? nlohmann::json(format_date(*d)) : nlohmann::json(); };
  return {{"source", r.source},     {"topic", r.topic},
          {"summary", r.summary},   {"found_on", format_date(r.found_on)},
          {"response", r.response}, {"responded_on", date(r.responded_on)},
          {"reported_upward_on", date(r.reported_upward_on)}, {"reported_to", r.reported_to}};
}

// A date of the record: well-formed, not after today, not before `earliest`.
CivilDate checked_day(const std::string& text, const char* what, const Moment& at,
                      std::optional<CivilDate> earliest) {
  const CivilDate day = require_date(text, what);
  if (day > at.china_date()) throw InvalidInput(std::string(what) + "不能晚于今天");
  if (earliest && day < *earliest) throw InvalidInput(std::string(what) + "不能早于发现日期");
  return day;
}

OpinionRecord staff_record(store::Connection& connection, const org::StaffActor& staff, int64_t id) {
  auto found = find_opinion(connection, id);
  if (!found || found->agency_id != staff.agency_id) throw NotFound("舆情记录不存在");
  return *found;
}

}  // namespace

int64_t record_opinion(store::Connection& connection, const org::StaffActor& staff, const NewOpinionRecord& in,
                       const Moment& at) {
  staff.require(org::Permission::kRecordOpinion);
  OpinionRecord r;
  r.agency_id = staff.agency_id;
  r.source = checked_text(in.source, "舆情来源", kShortChars, true);
  r.topic = checked_text(in.topic, "舆情主题", kShortChars * 2, true);
  r.summary = checked_text(in.summary, "内容摘要", kLongChars, false, true);
  r.found_on = checked_day(in.found_on, "发现日期", at, std::nullopt);
  return within_transaction(connection, [&] {
    if (connection.query_one(
            "SELECT id FROM opinion_records WHERE agency_id = ? AND source = ? AND topic = ? AND found_on = ?",
            {r.agency_id, r.source, r.topic, format_date(r.found_on)})) {
      throw Conflict("该舆情（同一来源、主题和发现日期）已经登记，请勿重复提交");
    }
    const int64_t id =
        connection
            .query_one(
                "INSERT INTO opinion_records (agency_id, source, topic, summary, found_on, created_by, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                {r.agency_id, r.source, r.topic, r.summary, format_date(r.found_on), staff.username, at.iso()})
            ->integer(0);
    audit::record(connection, staff.audit_actor(),
                  {"opinion.record", "opinion_record", std::to_string(id), "", snapshot(r).dump()});
    return id;
  });
}

void record_opinion_response(store::Connection& connection, const org::StaffActor& staff, int64_t id,
                             const std::string& response, const std::string& responded_on, const Moment& at) {
  staff.require(org::Permission::kRecordOpinion);
  const std::string text = checked_text(response, "回应情况", kLongChars, true, true);
  within_transaction(connection, [&] {
    const OpinionRecord before = staff_record(connection, staff, id);
    OpinionRecord after = before;
    after.response = text;
    after.responded_on = checked_day(responded_on, "回应日期", at, before.found_on);
    connection.execute("UPDATE opinion_records SET response = ?, responded_on = ? WHERE id = ?",
                       {text, format_date(*after.responded_on), id});
    audit::record(connection, staff.audit_actor(),
                  {"opinion.respond", "opinion_record", std::to_string(id), snapshot(before).dump(),
                   snapshot(after).dump()});
  });
}

void record_opinion_report(store::Connection& connection, const org::StaffActor& staff, int64_t id,
                           const std::string& reported_to, const std::string& reported_on, const Moment& at) {
  staff.require(org::Permission::kRecordOpinion);
  const std::string to = checked_text(reported_to, "上报单位", kShortChars, true);
  within_transaction(connection, [&] {
    const OpinionRecord before = staff_record(connection, staff, id);
    OpinionRecord after = before;
    after.reported_to = to;
    after.reported_upward_on = checked_day(reported_on, "上报日期", at, before.found_on);
    connection.execute("UPDATE opinion_records SET reported_to = ?, reported_upward_on = ? WHERE id = ?",
                       {to, format_date(*after.reported_upward_on), id});
    audit::record(connection, staff.audit_actor(),
                  {"opinion.report", "opinion_record", std::to_string(id), snapshot(before).dump(),
                   snapshot(after).dump()});
  });
}

std::optional<OpinionRecord> find_opinion(store::Connection& connection, int64_t id) {
  const auto row = connection.query_one(std::string(kColumns) + "WHERE id = ?", {id});
  if (!row) return std::nullopt;
  return record_from(*row);
}

std::vector<OpinionRecord> list_opinions(store::Connection& connection, int64_t agency_id) {
  std::vector<OpinionRecord> out;
  for (const auto& row :
       connection.query(std::string(kColumns) + "WHERE agency_id = ? ORDER BY found_on DESC, id DESC", {agency_id})) {
    out.push_back(record_from(row));
  }
  return out;
}

}  // namespace gongkai::engagement
