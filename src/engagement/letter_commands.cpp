#include "engagement/letter_commands.h"

#include <regex>

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "engagement/engagement_settings.h"
#include "engagement/letter_queries.h"
#include "engagement/personal_text.h"
#include "engagement/tracking_code.h"
#include "engagement/within_transaction.h"
#include "org/role.h"

namespace gongkai::engagement {
namespace {

constexpr size_t kReplyChars = 10000;
// A sent-again letter (same address, subject and body) within this window is the same letter.
constexpr std::chrono::hours kDuplicateWindow{24};
constexpr int kTrackingCodeAttempts = 5;

NewLetter checked(const NewLetter& in) {
  NewLetter out;
  out.writer_name = checked_text(in.writer_name, "姓名", kLetterLimits.name_chars, true);
  out.phone = checked_text(in.phone, "联系电话", kLetterLimits.contact_chars, false);
  out.email = checked_text(in.email, "电子邮箱", kLetterLimits.contact_chars, false);
  out.address = checked_text(in.address, "通讯地址", kLetterLimits.address_chars, false);
  out.subject = checked_text(in.subject, "信件标题", kLetterLimits.subject_chars, true);
  out.body = checked_text(in.body, "信件内容", kLetterLimits.body_chars, true, true);
  if (out.phone.empty() && out.email.empty()) throw InvalidInput("请填写联系电话或电子邮箱，以便答复");
  static const std::regex phone_pattern("[0-9+][0-9 ()-]{5,19}");
  if (!out.phone.empty() && !std::regex_match(out.phone, phone_pattern)) {
    throw InvalidInput("联系电话格式不正确：" + out.phone);
  }
  static const std::regex email_pattern("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  if (!out.email.empty() && !std::regex_match(out.email, email_pattern)) {
    throw InvalidInput("电子邮箱格式不正确：" + out.email);
  }
  return out;
}

Letter staff_letter(store::Connection& connection, const org::StaffActor& staff, int64_t id) {
  auto found = find_letter(connection, id);
  if (!found || found->agency_id != staff.agency_id) throw NotFound("信件不存在");
  return *found;
}

nlohmann::json handling_snapshot(const Letter& l) {
  return {{"assigned_user_id", l.assigned_user_id ? nlohmann::json(*l.assigned_user_id) : nlohmann::json()},
          {"reply", l.reply},
          {"replied_on", l.replied_on ? nlohmann::json(format_date(*l.replied_on)) : nlohmann::json()},
          {"published", l.published},
          {"public_subject", l.public_subject},
          {"public_body", l.public_body},
          {"public_reply", l.public_reply}};
}

std::optional<ReceivedLetter> same_letter_sent_before(store::Connection& connection, const PublicSender& sender,
                                                      int64_t agency_id, const NewLetter& letter) {
  const auto row = connection.query_one(
      "SELECT id, tracking_code, received_on, due_on FROM letters WHERE agency_id = ? AND remote_address = ? "
      "AND subject = ? AND body = ? AND submitted_at > ? ORDER BY id LIMIT 1",
      {agency_id, sender.remote_address, letter.subject, letter.body, sender.at.iso_minus(kDuplicateWindow)});
  if (!row) return std::nullopt;
  return ReceivedLetter{row->integer(0), row->text(1), parse_date(row->text(2)).value_or(CivilDate{}),
                        parse_date(row->text(3)).value_or(CivilDate{})};
}

std::string unused_tracking_code(store::Connection& connection) {
  for (int attempt = 0; attempt < kTrackingCodeAttempts; ++attempt) {
    std::string code = generate_tracking_code();
    if (!connection.query_one("SELECT id FROM letters WHERE tracking_code = ?", {code})) return code;
  }
  throw StoreError("could not draw an unused tracking code");
}

KnownPersonalData known_data(const Letter& letter) {
  return {letter.writer_name, letter.phone, letter.email, letter.address};
}

}  // namespace

ReceivedLetter submit_letter(store::Connection& connection, const PublicSender& sender, int64_t agency_id,
                             const NewLetter& in, const WorkingDayCalendar& calendar) {
  const NewLetter letter = checked(in);
  return within_transaction(connection, [&] {
    if (!connection.query_one("SELECT id FROM agencies WHERE id = ?", {agency_id})) throw NotFound("机关不存在");
    serialize_submissions(connection, SubmissionKind::kLetter);
    if (auto before = same_letter_sent_before(connection, sender, agency_id, letter)) return *before;
    check_submission_rate(connection, SubmissionKind::kLetter, sender, kLetterLimits);
    const CivilDate received_on = sender.at.china_date();
    const int period = letter_reply_working_days(connection, agency_id);
    const CivilDate due_on = calendar.add_working_days(received_on, period).due;
    const std::string code = unused_tracking_code(connection);
    const int64_t id =
        connection
            .query_one(
                "INSERT INTO letters (agency_id, tracking_code, writer_name, phone, email, address, subject, body, "
                "remote_address, submitted_at, received_on, due_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "RETURNING id",
                {agency_id, code, letter.writer_name, letter.phone, letter.email, letter.address, letter.subject,
                 letter.body, sender.remote_address, sender.at.iso(), format_date(received_on), format_date(due_on)})
            ->integer(0);
    audit::record(connection, sender.audit_actor(),
                  {"letter.submit", "letter", std::to_string(id), "",
                   nlohmann::json{{"subject", letter.subject},
                                  {"received_on", format_date(received_on)},
                                  {"due_on", format_date(due_on)},
                                  {"reply_working_days", period}}
                       .dump()});
    return ReceivedLetter{id, code, received_on, due_on};
  });
}

void assign_letter(store::Connection& connection, const org::StaffActor& staff, int64_t letter_id,
                   int64_t user_id) {
  staff.require(org::Permission::kHandleLetters);
  within_transaction(connection, [&] {
    const Letter before = staff_letter(connection, staff, letter_id);
    if (before.replied_on) throw Conflict("该信件已答复，不能再分办");
    const auto user = connection.query_one("SELECT role, active FROM users WHERE id = ? AND agency_id = ?",
                                           {user_id, staff.agency_id});
    if (!user || user->integer(1) == 0) throw InvalidInput("承办人不存在或已停用");
    const auto role = org::role_from_key(user->text(0));
    if (!role || !org::may(*role, org::Permission::kHandleLetters)) {
      throw InvalidInput("承办人的角色（" + std::string(role ? org::role_name(*role) : "未知") + "）不能办理信件");
    }
    connection.execute("UPDATE letters SET assigned_user_id = ? WHERE id = ?", {user_id, letter_id});
    Letter after = before;
    after.assigned_user_id = user_id;
    audit::record(connection, staff.audit_actor(),
                  {"letter.assign", "letter", std::to_string(letter_id), handling_snapshot(before).dump(),
                   handling_snapshot(after).dump()});
  });
}

void reply_letter(store::Connection& connection, const org::StaffActor& staff, int64_t letter_id,
                  const std::string& reply, const Moment& at) {
  staff.require(org::Permission::kHandleLetters);
  const std::string text = checked_text(reply, "答复内容", kReplyChars, true, true);
  within_transaction(connection, [&] {
    const Letter before = staff_letter(connection, staff, letter_id);
    if (before.published) throw Conflict("答复已公开，请先撤回公开再修改答复");
    const CivilDate replied_on = at.china_date();
    connection.execute("UPDATE letters SET reply = ?, replied_on = ?, replied_by = ? WHERE id = ?",
                       {text, format_date(replied_on), staff.username, letter_id});
    Letter after = before;
    after.reply = text;
    after.replied_on = replied_on;
    audit::record(connection, staff.audit_actor(),
                  {"letter.reply", "letter", std::to_string(letter_id), handling_snapshot(before).dump(),
                   handling_snapshot(after).dump()});
  });
}

PublicExchange masked_exchange(const Letter& letter) {
  const KnownPersonalData known = known_data(letter);
  return {mask_known_personal_data(letter.subject, known), mask_known_personal_data(letter.body, known),
          mask_known_personal_data(letter.reply, known)};
}

void publish_letter(store::Connection& connection, const org::StaffActor& staff, int64_t letter_id,
                    const PublicExchange& exchange) {
  staff.require(org::Permission::kHandleLetters);
  within_transaction(connection, [&] {
    const Letter before = staff_letter(connection, staff, letter_id);
    if (!before.replied_on) throw Conflict("信件答复后才能公开");
    if (before.published) throw Conflict("该信件已公开；如需修改公开内容，请先撤回公开");
    const PublicExchange proposed = masked_exchange(before);
    PublicExchange out;
    out.subject = checked_text(exchange.subject.empty() ? proposed.subject : exchange.subject, "公开标题",
                               kLetterLimits.subject_chars, true);
    out.body = checked_text(exchange.body.empty() ? proposed.body : exchange.body, "公开来信内容",
                            kLetterLimits.body_chars, true, true);
    out.reply = checked_text(exchange.reply.empty() ? proposed.reply : exchange.reply, "公开答复内容", kReplyChars,
                             true, true);
    const KnownPersonalData known = known_data(before);
    for (const std::string* text : {&out.subject, &out.body, &out.reply}) {
      if (holds_personal_data(*text, known)) {
        throw InvalidInput("公开内容中仍有未脱敏的个人信息（姓名、电话、邮箱、地址或证件号码），请脱敏后再公开");
      }
    }
    connection.execute(
        "UPDATE letters SET published = 1, public_subject = ?, public_body = ?, public_reply = ? WHERE id = ?",
        {out.subject, out.body, out.reply, letter_id});
    Letter after = before;
    after.published = true;
    after.public_subject = out.subject;
    after.public_body = out.body;
    after.public_reply = out.reply;
    audit::record(connection, staff.audit_actor(),
                  {"letter.publish", "letter", std::to_string(letter_id), handling_snapshot(before).dump(),
                   handling_snapshot(after).dump()});
  });
}

void unpublish_letter(store::Connection& connection, const org::StaffActor& staff, int64_t letter_id) {
  staff.require(org::Permission::kHandleLetters);
  within_transaction(connection, [&] {
    const Letter before = staff_letter(connection, staff, letter_id);
    if (!before.published) throw Conflict("该信件尚未公开");
    connection.execute("UPDATE letters SET published = 0 WHERE id = ?", {letter_id});
    Letter after = before;
    after.published = false;
    audit::record(connection, staff.audit_actor(),
                  {"letter.unpublish", "letter", std::to_string(letter_id), handling_snapshot(before).dump(),
                   handling_snapshot(after).dump()});
  });
}

}  // namespace gongkai::engagement
