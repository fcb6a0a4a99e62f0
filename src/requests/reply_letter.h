// gongkai/requests/reply_letter.h
//
// The reply letter (政府信息公开申请答复书) that answers an application: the
// agency's letterhead, the number (e.g. 吴民政依复〔2017〕1号), the addressee,
// what was asked and when it was received, the answer of the outcome with
// its standard reason and the staff's particulars, the legal citation and
// the remedies of the rules in force (reply_citations.h), the agency and
// the date, and the list of disclosed files. It is composed once, when the
// reply is recorded, and kept with the reply event, so that it reads the
// same however the data changes later. HTML (a template over `paragraphs`)
// and PDF (reply_letter_pdf.h) are both drawn from it.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "requests/application.h"
#include "requests/reply_outcomes.h"
#include "requests/request_clock.h"

namespace gongkai::requests {

struct ReplyLetter {
  std::string agency_name;       // the letterhead and the signature
  std::string title;             // 政府信息公开申请答复书 (or 告知书 for 其他处理)
  std::string number;            // 吴民政依复〔2017〕1号
  std::string addressee;         // "张三："
  std::vector<std::string> paragraphs;
  std::vector<std::string> attachments;  // disclosed file names
  std::string date;              // 2017年3月26日
  std::string outcome;           // reply_outcomes.h key
};

// What the letter says beyond the case itself.
struct ReplyParticulars {
  std::string agency_name;
  std::string number;                // assigned by the command
  CivilDate on;                      // the reply's date
  std::string particulars;           // the staff's text on this case ("" = the standard reason alone)
  std::string referral;              // the office that holds the information (无法提供)
  std::vector<std::string> attachments;
  std::string reconsideration_body;  // "吴忠市人民政府" (agency setting requests.reconsideration_body)
};

// "本机关于2017年3月1日收到您提出的政府信息公开申请（查询码…），您申请获取：“…”。"
// — how every letter on an application begins (the description cut at 600 bytes).
std::string application_recital(const DisclosureRequest& request);

// Composes the letter for `request`, whose clock (before the reply) tells
// whether the period was extended or the application corrected.
ReplyLetter compose_reply_letter(const DisclosureRequest& request, const RequestClock& clock,
                                 const ReplyOutcome& outcome, const ReplyParticulars& particulars);

nlohmann::json to_json(const ReplyLetter& letter);
ReplyLetter reply_letter_from_json(const nlohmann::json& j);

}  // namespace gongkai::requests
