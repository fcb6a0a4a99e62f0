#include "engagement/demo_engagement.h"

#include <fstream>

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "engagement/consultation_commands.h"
#include "engagement/letter_commands.h"
#include "engagement/opinion_record.h"

namespace gongkai::engagement {
namespace {

using nlohmann::json;

std::string text(const json& object, const char* name) {
  if (!object.contains(name) || object[name].is_null()) return "";
  if (!object[name].is_string()) throw InvalidInput(std::string("engagement.json字段须为字符串：") + name);
  return object[name].get<std::string>();
}

Moment moment(const json& object, const char* name, int hour = 10) {
  return Moment::china(require_date(text(object, name), name), hour);
}

// The demo acts as the disclosure office, under the loader's audit name.
org::StaffActor demo_office(const audit::Actor& actor, int64_t agency_id) {
  org::StaffActor staff;
  staff.agency_id = agency_id;
  staff.username = actor.name;
  staff.display_name = "演示数据";
  staff.role = org::Role::kOffice;
  staff.remote_address = actor.remote_address;
  return staff;
}

int64_t policy_by_title(store::Connection& connection, int64_t agency_id, const std::string& title) {
  const auto row = connection.query_one("SELECT id FROM items WHERE agency_id = ? AND title = ?", {agency_id, title});
  if (!row) throw InvalidInput("engagement.json引用的政策不存在：" + title);
  return row->integer(0);
}

// A documentation address (RFC 5737) per public submission, so that the demo's
// own records never meet the per-address rate limit.
std::string demo_address(int n) { return "192.0.2." + std::to_string(1 + n % 250); }

int load_comments(store::Connection& connection, const org::StaffActor& office, int64_t consultation_id,
                  const json& comments, int& address_counter) {
  int count = 0;
  for (const auto& c : comments) {
    const PublicSender sender{demo_address(address_counter++), moment(c, "submitted_on", 15)};
    const int64_t id = submit_comment(connection, sender, consultation_id,
                                      {text(c, "name"), text(c, "contact"), text(c, "body")});
    const auto adoption = adoption_from_key(text(c, "adoption"));
    if (!adoption) throw InvalidInput("engagement.json的采纳结果无效：" + text(c, "adoption"));
    const Moderation moderation = text(c, "moderation") == "rejected" ? Moderation::kRejected : Moderation::kApproved;
    moderate_comment(connection, office, id, {moderation, *adoption, text(c, "response")},
                     moment(c, "moderated_on", 16));
    ++count;
  }
  return count;
}

}  // namespace

DemoEngagementSummary load_demo_engagement(store::Connection& connection, const audit::Actor& actor,
                                           int64_t agency_id, const std::filesystem::path& file,
                                           const WorkingDayCalendar& calendar) {
  std::ifstream in(file);
  if (!in) throw InvalidInput("无法读取演示数据文件：" + file.string());
  json data;
  try {
    data = json::parse(in);
  } catch (const json::exception& e) {
    throw InvalidInput("演示数据文件格式错误：" + file.string() + "（" + e.what() + "）");
  }
  const org::StaffActor office = demo_office(actor, agency_id);
  DemoEngagementSummary summary;
  int address_counter = 0;
  for (const auto& c : data.value("consultations", json::array())) {
    const int64_t id = open_consultation(connection, office,
                                         {text(c, "title"), text(c, "draft_text"), text(c, "background"),
                                          text(c, "basis"), text(c, "opens_on"), text(c, "closes_on")},
                                         moment(c, "prepared_on"));
    summary.comments += load_comments(connection, office, id, c.value("comments", json::array()), address_counter);
    publish_adoption(connection, office, id, text(c, "adoption_summary"), moment(c, "adoption_published_on"));
    link_consultation_policy(connection, office, id, policy_by_title(connection, agency_id, text(c, "policy_title")));
    ++summary.consultations;
  }
  for (const auto& l : data.value("letters", json::array())) {
    const PublicSender sender{demo_address(address_counter++), moment(l, "received_on", 11)};
    const auto received = submit_letter(connection, sender, agency_id,
                                        {text(l, "name"), text(l, "phone"), text(l, "email"), text(l, "address"),
                                         text(l, "subject"), text(l, "body")},
                                        calendar);
    if (const std::string reply = text(l, "reply"); !reply.empty()) {
      reply_letter(connection, office, received.id, reply, moment(l, "replied_on", 17));
      if (l.value("publish", false)) publish_letter(connection, office, received.id, {});
    }
    ++summary.letters;
  }
  for (const auto& o : data.value("opinion", json::array())) {
    const Moment found = moment(o, "found_on");
    const int64_t id = record_opinion(connection, office,
                                      {text(o, "source"), text(o, "topic"), text(o, "summary"), text(o, "found_on")},
                                      found);
    if (!text(o, "response").empty()) {
      record_opinion_response(connection, office, id, text(o, "response"), text(o, "responded_on"),
                              moment(o, "responded_on", 18));
    }
    if (!text(o, "reported_to").empty()) {
      record_opinion_report(connection, office, id, text(o, "reported_to"), text(o, "reported_on"),
                            moment(o, "reported_on", 18));
    }
    ++summary.opinion_records;
  }
  return summary;
}

}  // namespace gongkai::engagement
