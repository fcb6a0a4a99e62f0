#include "keyareas/assistance_programme.h"

#include "core/errors.h"

namespace gongkai::keyareas {

std::string_view frequency_label(Frequency frequency) {
  switch (frequency) {
    case Frequency::kMonthly: return "按月";
    case Frequency::kQuarterly: return "按季度";
    case Frequency::kYearly: return "按年";
    case Frequency::kDisbursement: return "按发放批次";
  }
  return "";
}

namespace {

constexpr std::string_view kCivilAffairs = "民政部门";

}  // namespace

// The source (吴忠市民政局 2017 report): 城乡低保 and 五保 (特困) figures
// monthly, 临时救助 and 医疗救助 quarterly, the two disability allowances
// "跟进公开" (here: yearly), festival and heating payments per disbursement.
// 医疗救助 is administered by the medical-insurance department since 2019
// (spec/regulation.md): its figures carry that source.
const std::vector<AssistanceProgramme>& assistance_programmes() {
  using enum Frequency;
  static const std::vector<AssistanceProgramme> table{
      // key, name, short, group, frequency, 户, 人, 人次, 户 label, level decimals, year-end headcount, sources
      {"urban_dibao", "城市最低生活保障", "城市低保", "最低生活保障", kMonthly, true, true, true, "户", 2, false,
       kCivilAffairs, "", ""},
      {"rural_dibao", "农村最低生活保障", "农村低保", "最低生活保障", kMonthly, true, true, true, "户", 2, false,
       kCivilAffairs, "", ""},
      {"tekun_centralised", "特困人员集中供养", "集中供养", "特困人员救助供养", kMonthly, false, true, true, "户", 0,
       true, kCivilAffairs, "", ""},
      {"tekun_dispersed", "特困人员分散供养", "分散供养", "特困人员救助供养", kMonthly, false, true, true, "户", 0,
       true, kCivilAffairs, "", ""},
      {"temporary_assistance", "临时救助", "临时救助", "临时救助", kQuarterly, true, false, true, "户次", -1, false,
       kCivilAffairs, "", ""},
      {"medical_assistance", "医疗救助", "医疗救助", "医疗救助", kQuarterly, false, false, true, "户", -1, false,
       kCivilAffairs, "医疗保障部门", "2019-01-01"},
      {"disability_living", "困难残疾人生活补贴", "困难残疾人生活补贴", "残疾人两项补贴", kYearly, false, true, false,
       "户", -1, false, kCivilAffairs, "", ""},
      {"disability_care", "重度残疾人护理补贴", "重度残疾人护理补贴", "残疾人两项补贴", kYearly, false, true, false,
       "户", -1, false, kCivilAffairs, "", ""},
      {"festival_eid", "开斋节、古尔邦节困难补助津贴", "开斋节古尔邦节补助", "一次性生活补贴", kDisbursement, true,
       false, false, "户", -1, false, kCivilAffairs, "", ""},
      {"heating", "低保户取暖费", "取暖费", "一次性生活补贴", kDisbursement, true, false, false, "户", -1, false,
       kCivilAffairs, "", ""},
      {"spring_festival", "春节过节补贴", "春节过节补贴", "一次性生活补贴", kDisbursement, true, false, false, "户",
       -1, false, kCivilAffairs, "", ""},
  };
  return table;
}

const AssistanceProgramme* find_programme(std::string_view key_or_name) {
  for (const auto& programme : assistance_programmes()) {
    if (programme.key == key_or_name || programme.name == key_or_name || programme.short_name == key_or_name) {
      return &programme;
    }
  }
  return nullptr;
}

const AssistanceProgramme& require_programme(std::string_view key_or_name) {
  const auto* programme = find_programme(key_or_name);
  if (!programme) throw InvalidInput("未知的救助项目：" + std::string(key_or_name));
  return *programme;
}

std::string default_source(const AssistanceProgramme& programme, CivilDate period_start) {
  if (programme.source_change_date.empty()) return std::string(programme.source_before);
  const auto change = parse_date(programme.source_change_date);
  if (change && period_start >= *change) return std::string(programme.source_after);
  return std::string(programme.source_before);
}

}  // namespace gongkai::keyareas
