#include "requests/request_event.h"

#include <algorithm>

#include "core/errors.h"

namespace gongkai::requests {

const std::vector<RequestEventKindInfo>& request_event_kinds() {
  using K = RequestEventKind;
  static const std::vector<RequestEventKindInfo> kinds = {
      {K::kReceived, "received", "收到申请"},
      {K::kCorrectionRequested, "correction_requested", "告知补正"},
      {K::kCorrected, "corrected", "收到补正后的申请"},
      {K::kThirdPartyConsulted, "third_party_consulted", "征求第三方意见"},
      {K::kThirdPartyAnswered, "third_party_answered", "第三方回复意见"},
      {K::kExtended, "extended", "延长答复期限"},
      {K::kFeeNoticed, "fee_notice", "发出收费通知"},
      {K::kFeePaid, "fee_paid", "缴纳信息处理费"},
      {K::kReplied, "replied", "作出答复"},
      {K::kDeadlineRecomputed, "deadline_recomputed", "工作日历变更，重新计算期限"},
      {K::kConvertedToItem, "converted_to_item", "转为主动公开"},
      {K::kNote, "note", "备注"},
  };
  return kinds;
}

namespace {
const RequestEventKindInfo& info(RequestEventKind kind) {
  const auto& all = request_event_kinds();
  const auto found =
      std::find_if(all.begin(), all.end(), [&](const RequestEventKindInfo& i) { return i.kind == kind; });
  if (found == all.end()) throw StoreError("unknown request event kind");
  return *found;
}
}  // namespace

std::string_view request_event_key(RequestEventKind kind) { return info(kind).key; }
std::string_view request_event_name(RequestEventKind kind) { return info(kind).name; }

std::optional<RequestEventKind> request_event_from_key(std::string_view key) {
  const auto& all = request_event_kinds();
  const auto found = std::find_if(all.begin(), all.end(), [&](const RequestEventKindInfo& i) { return i.key == key; });
  if (found == all.end()) return std::nullopt;
  return found->kind;
}

std::optional<CivilDate> RequestEvent::date(const char* name) const {
  if (!data.contains(name) || !data[name].is_string()) return std::nullopt;
  return parse_date(data[name].get<std::string>());
}

std::string RequestEvent::text(const char* name) const {
  if (!data.contains(name) || !data[name].is_string()) return "";
  return data[name].get<std::string>();
}

int64_t RequestEvent::integer(const char* name, int64_t fallback) const {
  if (!data.contains(name) || !data[name].is_number_integer()) return fallback;
  return data[name].get<int64_t>();
}

}  // namespace gongkai::requests
