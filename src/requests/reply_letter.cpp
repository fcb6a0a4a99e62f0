#include "requests/reply_letter.h"

#include <fmt/format.h>

#include "engagement/tracking_code.h"
#include "requests/reply_citations.h"

namespace gongkai::requests {
namespace {

std::string quoted_description(const std::string& description) {
  constexpr size_t kQuoteBytes = 600;
  if (description.size() <= kQuoteBytes) return description;
  size_t cut = kQuoteBytes;
  while (cut > 0 && (static_cast<unsigned char>(description[cut]) & 0xC0) == 0x80) --cut;
  return description.substr(0, cut) + "……";
}

std::string opening(const DisclosureRequest& r, const RequestClock& clock) {
  std::string text = application_recital(r);
  if (clock.period_start != clock.received_on) {
    text += fmt::format("本机关已告知您补正申请，并于{}收到补正后的申请。", format_date_chinese(clock.period_start));
  }
  return text;
}

std::string delivery_sentence(const DisclosureRequest& r) {
  return fmt::format("现将相关政府信息以{}形式、通过{}方式提供给您（见附件）。", term_name(forms_wanted(), r.form_wanted),
                     term_name(deliveries(), r.delivery));
}

std::string remedies(const std::string& body, CivilDate replied_on) {
  const std::string organ = body.empty() ? "有管辖权的行政复议机关" : body;
  return fmt::format("如对本答复不服，可以自收到本答复之日起60日内向{}申请行政复议，"
                     "或者自收到本答复之日起{}内依法向人民法院提起行政诉讼。",
                     organ, litigation_period(replied_on));
}

}  // namespace

std::string application_recital(const DisclosureRequest& r) {
  return fmt::format("本机关于{}收到您提出的政府信息公开申请（查询码{}），您申请获取：“{}”。",
                     format_date_chinese(r.received_on), engagement::format_tracking_code(r.tracking_code),
                     quoted_description(r.description));
}

ReplyLetter compose_reply_letter(const DisclosureRequest& r, const RequestClock& clock, const ReplyOutcome& outcome,
                                 const ReplyParticulars& p) {
  ReplyLetter letter;
  letter.agency_name = p.agency_name;
  letter.title = outcome.closes_without_reply ? "政府信息公开申请处理告知书" : "政府信息公开申请答复书";
  letter.number = p.number;
  letter.addressee = r.applicant_name + "：";
  letter.outcome = std::string(outcome.key);
  letter.paragraphs.push_back(opening(r, clock));
  if (clock.extended) {
    letter.paragraphs.push_back(fmt::format(
        "因情况复杂，经本机关政府信息公开工作机构负责人同意，答复期限延长{}个工作日，本机关已告知您。",
        clock.extension_days));
  }
  std::string answer = "经审查，" + std::string(reply_reason(outcome, r.received_on));
  if (!p.particulars.empty()) answer += p.particulars;
  letter.paragraphs.push_back(answer);
  if (outcome.key == "disclosed" || outcome.key == "partial") letter.paragraphs.push_back(delivery_sentence(r));
  if (!p.referral.empty()) {
    letter.paragraphs.push_back(fmt::format("该政府信息可能由{}制作或者保存，您可以向其咨询。", p.referral));
  }
  letter.paragraphs.push_back(
      fmt::format("根据{}的规定，特此{}。", reply_citation(outcome.key, r.received_on),
                  outcome.closes_without_reply ? "告知" : "答复"));
  letter.paragraphs.push_back(remedies(p.reconsideration_body, p.on));
  letter.attachments = p.attachments;
  letter.date = format_date_chinese(p.on);
  return letter;
}

nlohmann::json to_json(const ReplyLetter& l) {
  return {{"agency_name", l.agency_name}, {"title", l.title},           {"number", l.number},
          {"addressee", l.addressee},     {"paragraphs", l.paragraphs}, {"attachments", l.attachments},
          {"date", l.date},               {"outcome", l.outcome}};
}

ReplyLetter reply_letter_from_json(const nlohmann::json& j) {
  ReplyLetter l;
  l.agency_name = j.value("agency_name", "");
  l.title = j.value("title", "");
  l.number = j.value("number", "");
  l.addressee = j.value("addressee", "");
  l.paragraphs = j.value("paragraphs", std::vector<std::string>{});
  l.attachments = j.value("attachments", std::vector<std::string>{});
  l.date = j.value("date", "");
  l.outcome = j.value("outcome", "");
  return l;
}

}  // namespace gongkai::requests
