#include "requests/notice_letters.h"

#include <fmt/format.h>

#include "requests/reply_citations.h"

namespace gongkai::requests {
namespace {

constexpr std::string_view kFeeRules = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）";

ReplyLetter notice(const DisclosureRequest& r, const RequestEvent& e, const std::string& agency_name,
                   std::string title) {
  ReplyLetter letter;
  letter.agency_name = agency_name;
  letter.title = std::move(title);
  letter.addressee = r.applicant_name + "：";
  letter.paragraphs.push_back(application_recital(r));
  letter.date = format_date_chinese(e.on);
  return letter;
}

std::string date_text(const std::optional<CivilDate>& date) {
  return date ? format_date_chinese(*date) : std::string("（未定）");
}

ReplyLetter correction_notice(const DisclosureRequest& r, const RequestClock& after, const RequestEvent& e,
                              const std::string& agency_name) {
  ReplyLetter letter = notice(r, e, agency_name, "政府信息公开申请补正告知书");
  letter.paragraphs.push_back(
      fmt::format("经审查，您的申请内容不明确（{}），本机关无法确定您所需的政府信息。", e.comment));
  const std::string reply_by = date_text(e.date("reply_by"));
  if (!after.rule.abandoned_without_correction) {
    letter.paragraphs.push_back(fmt::format("根据{}{}的规定，请您于{}前对申请内容作出更改、补充。", kRegulationTitle,
                                            after.rule.correction_article, reply_by));
    return letter;
  }
  letter.paragraphs.push_back(fmt::format(
      "根据{}{}的规定，请您于{}前对申请作出补正。答复期限自本机关收到补正后的申请之日起计算。"
      "您无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。",
      kRegulationTitle, after.rule.correction_article, reply_by));
  return letter;
}

ReplyLetter extension_notice(const DisclosureRequest& r, const RequestClock& after, const RequestEvent& e,
                             const std::string& agency_name) {
  ReplyLetter letter = notice(r, e, agency_name, "政府信息公开申请延期答复告知书");
  letter.paragraphs.push_back(fmt::format(
      "因{}，本机关不能在{}个工作日内作出答复。经本机关政府信息公开工作机构负责人同意，根据{}{}的规定，"
      "答复期限延长{}个工作日，本机关将于{}前作出答复。",
      e.comment, after.reply_days, kRegulationTitle, after.rule.extension_article, e.integer("days"),
      date_text(after.due_on)));
  return letter;
}

ReplyLetter fee_notice(const DisclosureRequest& r, const RequestEvent& e, const std::string& agency_name) {
  ReplyLetter letter = notice(r, e, agency_name, "政府信息公开信息处理费缴费通知书");
  letter.paragraphs.push_back(
      fmt::format("根据{}的规定，您的申请需缴纳信息处理费。{}", kFeeRules, e.text("explanation")));
  letter.paragraphs.push_back(fmt::format(
      "请您于{}前缴纳。您逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。",
      date_text(e.date("pay_by"))));
  return letter;
}

}  // namespace

bool has_notice(RequestEventKind kind) {
  return kind == RequestEventKind::kCorrectionRequested || kind == RequestEventKind::kExtended ||
         kind == RequestEventKind::kFeeNoticed;
}

std::optional<ReplyLetter> compose_notice(const DisclosureRequest& r, const RequestClock& after,
                                          const RequestEvent& e, const std::string& agency_name) {
  switch (e.kind) {
    case RequestEventKind::kCorrectionRequested:
      return correction_notice(r, after, e, agency_name);
    case RequestEventKind::kExtended:
      return extension_notice(r, after, e, agency_name);
    case RequestEventKind::kFeeNoticed:
      return fee_notice(r, e, agency_name);
    default:
      return std::nullopt;
  }
}

std::optional<ReplyLetter> kept_notice(const RequestEvent& e) {
  if (!has_notice(e.kind) || !e.data.contains("letter")) return std::nullopt;
  return reply_letter_from_json(e.data["letter"]);
}

}  // namespace gongkai::requests
