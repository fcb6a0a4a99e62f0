// gongkai/engagement/letter_commands.h
//
// The write side of 行政首长信箱. Staff functions need kHandleLetters and a
// letter of their own agency (another agency's is NotFound); each change is
// one transaction with its audit record. Rules that hold whatever the route:
//   - a letter needs a name, a phone or an e-mail, a subject and a body; at
//     most 3 letters an hour from one address (Conflict); sending the same
//     letter again from the same address gives back the first one's code;
//   - the reply is due the agency's reply period (engagement_settings.h,
//     default 15) in working days after the day received;
//   - a letter is assigned only to an active user of the agency whose role
//     handles letters; a reply can be amended until the exchange is published;
//   - only a replied letter is published, once (Conflict otherwise), and the
//     published texts hold no personal data of the writer (InvalidInput).
#pragma once

#include <cstdint>
#include <string>

#include "core/working_day_calendar.h"
#include "engagement/letter.h"
#include "engagement/moment.h"
#include "engagement/public_submission.h"
#include "org/staff.h"
#include "store/database.h"

namespace gongkai::engagement {

struct NewLetter {
  std::string writer_name;
  std::string phone;
  std::string email;
  std::string address;  // optional
  std::string subject;
  std::string body;
};

struct ReceivedLetter {
  int64_t id = 0;
  std::string tracking_code;
  CivilDate received_on;
  CivilDate due_on;
};

ReceivedLetter submit_letter(store::Connection& connection, const PublicSender& sender, int64_t agency_id,
                             const NewLetter& letter, const WorkingDayCalendar& calendar);

void assign_letter(store::Connection& connection, const org::StaffActor& staff, int64_t letter_id,
                   int64_t user_id);

void reply_letter(store::Connection& connection, const org::StaffActor& staff, int64_t letter_id,
                  const std::string& reply, const Moment& at);

// The exchange as the public would read it.
struct PublicExchange {
  std::string subject;
  std::string body;
  std::string reply;
};

// The letter's texts with the writer's personal data masked: what the
// publish form proposes.
PublicExchange masked_exchange(const Letter& letter);

// Publishes the exchange as given (staff may shorten or mask more than the
// proposal); an empty field takes the masked original.
void publish_letter(store::Connection& connection, const org::StaffActor& staff, int64_t letter_id,
                    const PublicExchange& exchange);

void unpublish_letter(store::Connection& connection, const org::StaffActor& staff, int64_t letter_id);

}  // namespace gongkai::engagement
