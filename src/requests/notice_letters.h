// gongkai/requests/notice_letters.h
//
// The written notices an office sends an applicant while the application is
// pending, in the form of the reply letter (reply_letter.h), so that they
// print and render as PDF alike. Each is composed when its event is recorded
// and kept with the event (data "letter"), so it reads the same later:
//   - 补正告知书 (kCorrectionRequested): what to correct and by when, under
//     the rule of the day of receipt (2019 Art. 30; 2008 Art. 21);
//   - 延期答复告知书 (kExtended): the extension and the new deadline
//     (2019 Art. 33 para 2; 2008 Art. 24 para 2);
//   - 收费通知书 (kFeeNoticed): the fee, how it was computed, the day to pay
//     by and what follows non-payment (国办函〔2020〕109号).
#pragma once

#include <optional>
#include <string>

#include "requests/application.h"
#include "requests/reply_letter.h"
#include "requests/request_clock.h"
#include "requests/request_event.h"

namespace gongkai::requests {

// True for the kinds of event that come with a notice.
bool has_notice(RequestEventKind kind);

// The notice of `event` (already checked and filled in: the comment stating
// what to correct or why the period is extended, reply_by, days, amount_fen,
// explanation, pay_by), given the clock with the event applied;
// nullopt for kinds without a notice.
std::optional<ReplyLetter> compose_notice(const DisclosureRequest& request, const RequestClock& after,
                                          const RequestEvent& event, const std::string& agency_name);

// The notice kept with a recorded event; nullopt when it has none.
std::optional<ReplyLetter> kept_notice(const RequestEvent& event);

}  // namespace gongkai::requests
