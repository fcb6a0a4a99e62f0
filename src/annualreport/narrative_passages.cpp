// gongkai/annualreport/narrative_passages.cpp
#include "annualreport/narrative_passages.h"

#include <fmt/format.h>

#include <algorithm>

#include "annualreport/quoted_figures.h"
#include "annualreport/year_comparison.h"
#include "catalog/disclosure_attribute.h"
#include "proposals/proposal_terms.h"
#include "workflow/importance.h"
#include "workflow/publication_channel.h"

namespace gongkai::annualreport {
namespace {

constexpr size_t kOutletsNamed = 4;  // "通过A、B、C、D等新闻媒体"
constexpr std::string_view kLeadingGroup = "领导小组";

std::string year_text(const PassageInput& in) { return std::to_string(in.facts.year) + "年"; }

const std::string& value(const PassageInput& in, const std::string& key) { return figure_value(in.figures, key); }

int64_t number(const PassageInput& in, const std::string& key) { return std::stoll(value(in, key)); }

bool is_leading_group(const DocumentTitle& document) {
  return document.title.find(kLeadingGroup) != std::string::npos;
}

std::string quoted_titles(const std::vector<std::string>& titles) {
  std::string out;
  for (const auto& title : titles) out += "《" + title + "》";
  return out;
}

std::string office_name(const PassageInput& in) {
  const auto& office = in.facts.agency.office.name;
  return office.empty() ? in.facts.agency.name : office;
}

// "（地址：…，联系电话：…）" with the contacts on record.
std::string contacts(const org::DisclosureOffice& office) {
  std::vector<std::string> parts;
  const auto add = [&](const char* label, const std::string& text) {
    if (!text.empty()) parts.push_back(std::string(label) + text);
  };
  add("地址：", office.address);
  add("联系电话：", office.phone);
  add("邮政编码：", office.postcode);
  add("电子邮箱：", office.email);
  if (parts.empty()) return "";
  std::string out = "（";
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? "，" : "") + parts[i];
  return out + "）";
}

// The non-portal, non-media channels with their counts: "微信公众号公开5条、公示栏公开16条".
std::string other_channels(const PassageInput& in) {
  std::string out;
  for (const auto& [key, count] : in.facts.publications.by_channel) {
    const auto channel = workflow::find_channel(key);
    if (!channel || channel->is_portal || channel->news_media) continue;
    out += fmt::format("{}{}公开{}条", out.empty() ? "" : "、", channel->name, value(in, "proactive.channel." + key));
  }
  return out;
}

std::string assistance_clause(const PassageInput& in, const keyareas::YearlyFigures& figures) {
  const auto& programme = *figures.programme;
  const auto prefix = "assistance." + std::string(programme.key) + ".";
  const std::string name(programme.short_name);
  const auto& amount = value(in, prefix + "amount");
  const bool has_level = has_figure(in.figures, prefix + "level");
  if (has_figure(in.figures, prefix + "headcount")) {
    auto clause = fmt::format("{}{}人，累计支出供养经费{}", name, value(in, prefix + "headcount"), amount);
    if (has_level) clause += fmt::format("，人均供养水平为每人每月{}元", value(in, prefix + "level"));
    return clause;
  }
  if (has_figure(in.figures, prefix + "person_times") && has_level) {
    return fmt::format("{}累计保障对象{}人次，支出资金{}，人均补助水平每人每月{}元", name,
                       value(in, prefix + "person_times"), amount, value(in, prefix + "level"));
  }
  if (has_figure(in.figures, prefix + "person_times")) {
    return fmt::format("{}累计救助{}人次，发放救助金额{}", name, value(in, prefix + "person_times"), amount);
  }
  return fmt::format("发放{}{}", programme.name, amount);
}

// "登记注册社会团体17家，民办非企业单位8家，批复设立养老机构1家".
std::string registrations(const PassageInput& in) {
  std::string out;
  std::string_view last_label;
  for (const auto& kind : in.facts.organisations.kinds) {
    if (kind.registered == 0) continue;
    const auto& label = kind.kind->registration_label;
    const std::string verb = label == last_label ? "" : (label == "登记" ? "登记注册" : std::string(label));
    out += fmt::format("{}{}{}{}家", out.empty() ? "" : "，", verb, kind.kind->name,
                       value(in, "organisations." + std::string(kind.kind->key) + ".registered"));
    last_label = label;
  }
  return out;
}

std::string cancellations(const PassageInput& in) {
  std::string out;
  for (const auto& kind : in.facts.organisations.kinds) {
    if (kind.cancelled == 0) continue;
    out += fmt::format("{}{}{}家", out.empty() ? "依法注销" : "，", kind.kind->name,
                       value(in, "organisations." + std::string(kind.kind->key) + ".cancelled"));
  }
  return out;
}

std::string proposal_group_clause(const PassageInput& in, const proposals::ProposalGroup& group) {
  std::string sessions;
  for (const auto& session : group.sessions) sessions += (sessions.empty() ? "" : "、") + session;
  const auto prefix = fmt::format("proposals.{}.{}.", group.body, group.level);
  auto clause = fmt::format("办理{}{}{}件", sessions, group.body == "npc" ? "代表建议" : "委员提案",
                            value(in, prefix + "items"));
  const auto& topics = value(in, prefix + "topics");
  if (!topics.empty()) clause += "，内容涉及" + topics;
  return clause;
}

std::string satisfaction_clause(const proposals::ProposalTally& tally) {
  std::string out;
  for (const auto& term : proposals::satisfactions()) {
    const auto found = tally.satisfaction.find(std::string(term.key));
    if (found == tally.satisfaction.end() || found->second == 0) continue;
    out += fmt::format("{}{}{}件", out.empty() ? "" : "、", term.label, found->second);
  }
  return out.empty() ? "" : "；经征询，代表、委员" + out;
}

}  // namespace

std::vector<std::string> preamble(const PassageInput& in) {
  const auto& agency = in.facts.agency;
  const auto year = in.facts.year;
  std::vector<std::string> out;
  out.push_back(fmt::format("根据《中华人民共和国政府信息公开条例》规定，《{}{}年政府信息公开工作年度报告》现予发布。",
                            agency.name, year));
  auto where = in.voice.portal;
  if (!agency.website.empty()) where += "（" + agency.website + "）";
  out.push_back(fmt::format(
      "本报告由{}根据本单位政府信息公开工作情况编制而成，所列数据统计期限为{}年1月1日至{}年12月31日。"
      "本报告可在{}上查阅并下载。如对本报告有任何疑问，请与{}联系{}。",
      office_name(in), year, year, where, office_name(in), contacts(agency.office)));
  return out;
}

std::string organisation_passage(const PassageInput& in) {
  std::string out;
  for (const auto& document : in.facts.disclosure_rules) {
    if (!is_leading_group(document)) continue;
    const auto number = document.doc_number.empty() ? "" : "（" + document.doc_number + "）";
    out += fmt::format("{}，{}印发《{}》{}，进一步强化了政府信息公开工作的组织领导。", year_text(in), in.voice.self,
                       document.title, number);
  }
  out += fmt::format("政府信息公开日常工作由{}负责。", office_name(in));
  return out;
}

std::string rules_passage(const PassageInput& in) {
  std::vector<std::string> titles;
  for (const auto& document : in.facts.disclosure_rules) {
    if (!is_leading_group(document)) titles.push_back(document.title);
  }
  std::string out;
  if (!titles.empty()) out += fmt::format("{}，先后制定了{}。", year_text(in), quoted_titles(titles));
  std::string approvals;
  for (const auto& importance : workflow::all_importances()) {
    approvals += fmt::format("{}{}报{}审批", approvals.empty() ? "" : "，", importance.name, importance.approver);
  }
  out += fmt::format("凡需公开的政府信息，发布前均经保密审查，{}。", approvals);
  out += fmt::format("对公文标识作出严格要求，明确了{}、{}、{}、{}等公开属性。",
                     catalog::to_label(catalog::DisclosureAttribute::kProactive),
                     catalog::to_label(catalog::DisclosureAttribute::kPartial),
                     catalog::to_label(catalog::DisclosureAttribute::kOnRequest),
                     catalog::to_label(catalog::DisclosureAttribute::kWithheld));
  if (!in.facts.consultations.empty()) {
    out += fmt::format("在重要政策出台前，通过{}公布决策草案、起草背景和决策依据等内容，公开征求社会意见。", in.voice.portal);
  }
  return out;
}

std::string interpretation_passage(const PassageInput& in) {
  const auto& facts = in.facts;
  if (facts.consultations.empty() && facts.interpreted_policies.empty()) {
    return fmt::format("{}，{}未开展决策草案公开征求意见，未发布政策解读。", year_text(in), in.voice.self);
  }
  std::string out = year_text(in) + "，" + in.voice.self;
  if (!facts.consultations.empty()) {
    std::vector<std::string> titles;
    for (const auto& c : facts.consultations) titles.push_back(c.policy_title.empty() ? c.title : c.policy_title);
    out += fmt::format("就{}{}项决策草案公开征求意见，共收到意见{}条，采纳或部分采纳{}条", quoted_titles(titles),
                       value(in, "engagement.consultations"), value(in, "engagement.consultation_comments"),
                       value(in, "engagement.consultation_adopted"));
    out += facts.interpreted_policies.empty() ? "。" : "；文件出台后，";
  }
  if (!facts.interpreted_policies.empty()) {
    out += fmt::format("第一时间通过{}对{}进行解读，发布政策解读{}篇，及时回应社会各界关切。", in.voice.portal,
                       quoted_titles(facts.interpreted_policies), value(in, "engagement.interpretations"));
  }
  return out;
}

std::string opinion_passage(const PassageInput& in) {
  std::string out;
  if (number(in, "engagement.opinions") > 0) {
    out += fmt::format("{}，{}登记涉及本单位工作的舆情{}条，已回应{}条，向上级部门报送{}条。", year_text(in),
                       in.voice.self, value(in, "engagement.opinions"), value(in, "engagement.opinions_responded"),
                       value(in, "engagement.opinions_reported"));
  } else {
    out += fmt::format("{}，{}未登记涉及本单位工作的舆情。", year_text(in), in.voice.self);
  }
  if (number(in, "engagement.letters") > 0) {
    out += fmt::format("“行政首长信箱”全年收到群众来信{}件，已答复{}件。", value(in, "engagement.letters"),
                       value(in, "engagement.letters_replied"));
  }
  if (number(in, "engagement.opinions_mailbox") == 0) {
    out += fmt::format("{}，{}没有收到“行政首长信箱”舆情信息。", year_text(in), in.voice.self);
  } else {
    out += fmt::format("{}，{}收到“行政首长信箱”舆情信息{}条。", year_text(in), in.voice.self,
                       value(in, "engagement.opinions_mailbox"));
  }
  return out;
}

std::string publication_passage(const PassageInput& in) {
  const auto& facts = in.facts;
  auto out = fmt::format("{}，全年通过{}公开公示{}{}条", year_text(in), in.voice.portal, in.voice.information,
                         value(in, "proactive.portal"));
  if (facts.previous_publications) {
    out += comparison_clause(facts.publications.portal, facts.previous_publications->portal, "条");
  }
  if (facts.publications.media > 0) {
    std::string outlets;
    for (size_t i = 0; i < facts.media_outlets.size() && i < kOutletsNamed; ++i) {
      outlets += (i ? "、" : "") + facts.media_outlets[i];
    }
    out += fmt::format("，通过{}等新闻媒体公开公示各类政务信息{}条", outlets.empty() ? "报刊、电视" : outlets,
                       value(in, "proactive.media"));
    if (facts.previous_publications) {
      out += comparison_clause(facts.publications.media, facts.previous_publications->media, "条");
    }
  }
  const auto others = other_channels(in);
  out += others.empty() ? "。" : "；此外，通过" + others + "。";
  return out;
}

std::string assistance_schedule_passage(const PassageInput& in) {
  if (in.facts.assistance.empty()) return "";
  std::vector<std::pair<keyareas::Frequency, std::string>> groups;
  for (const auto& figures : in.facts.assistance) {
    const auto frequency = figures.programme->frequency;
    auto found = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == frequency; });
    if (found == groups.end()) {
      groups.emplace_back(frequency, std::string(figures.programme->short_name));
    } else {
      found->second += "、" + std::string(figures.programme->short_name);
    }
  }
  std::string schedule;
  for (const auto& [frequency, names] : groups) {
    schedule += fmt::format("{}{}公开{}信息", schedule.empty() ? "" : "，", keyareas::frequency_label(frequency), names);
  }
  return fmt::format("通过{}对困难群众社会救助信息及时进行公开公示，{}。对各项社会救助的受助人数、资金支出以及人均救助水平等情况，"
                     "均在{}向社会公开。",
                     in.voice.portal, schedule, in.voice.portal);
}

std::string assistance_figures_passage(const PassageInput& in) {
  if (in.facts.assistance.empty()) return "";
  std::string clauses;
  for (const auto& figures : in.facts.assistance) {
    clauses += (clauses.empty() ? "" : "；") + assistance_clause(in, figures);
  }
  return fmt::format("{}全年，{}{}。", year_text(in), in.voice.locality, clauses);
}

std::string organisations_passage(const PassageInput& in) {
  const auto registered = registrations(in);
  const auto cancelled = cancellations(in);
  if (registered.empty() && cancelled.empty()) return "";
  std::string both = registered;
  if (!cancelled.empty()) both += (both.empty() ? "" : "；") + cancelled;
  return fmt::format("{}，{}共依法{}，登记或注销的社会组织信息均及时在{}公开。", year_text(in), in.voice.self, both,
                     in.voice.portal);
}

std::string decisions_passage(const PassageInput& in) {
  std::string out;
  for (const auto& [key, name] : std::vector<std::pair<std::string, std::string>>{
           {"licensing", "行政许可"}, {"penalty", "行政处罚"}, {"coercion", "行政强制"}}) {
    const auto& count = value(in, "decisions." + key);
    if (count == "0") continue;
    out += fmt::format("{}{}决定{}件", out.empty() ? "" : "、", name, count);
  }
  if (out.empty()) return "";
  return fmt::format("{}，{}作出并依法公示{}，做到及时准确公开公示。", year_text(in), in.voice.self, out);
}

std::string service_window_passage(const PassageInput& in) {
  if (in.facts.service_items.published == 0) return "";
  return fmt::format("政务服务中心窗口将{}项政务服务信息和服务流程（包含{}项行政许可事项）在{}公开，"
                     "公开事项名称、依据、条件、程序、期限和需要提交的材料目录。",
                     value(in, "services.items"), value(in, "services.licensing"), in.voice.portal);
}

std::string proposals_passage(const PassageInput& in) {
  const auto& tally = in.facts.proposals;
  if (tally.groups.empty()) {
    return fmt::format("{}，{}未承办人大代表建议和政协委员提案。", year_text(in), in.voice.self);
  }
  std::string clauses;
  int items = 0;
  int replied = 0;
  for (const auto& group : tally.groups) {
    clauses += (clauses.empty() ? "" : "；") + proposal_group_clause(in, group);
    items += group.items;
    replied += group.replied;
  }
  const auto done = replied == items ? std::string("建议提案均在规定时限内办理答复完毕")
                                     : fmt::format("已答复{}件，其余正在办理", replied);
  return fmt::format("{}，{}共{}。{}{}，办理结果按规定公开。", year_text(in), in.voice.self, clauses, done,
                     satisfaction_clause(tally));
}

std::string requests_passage(const PassageInput& in) {
  const auto& facts = in.facts;
  const bool none_received = facts.requests.received == 0;
  auto out = year_text(in) + "，";
  if (none_received) {
    out += "全年未接到公民、法人或其他组织有关公开政府信息的申请";
  } else {
    out += fmt::format("全年共收到公民、法人或其他组织有关公开政府信息的申请{}件", value(in, "requests.received"));
    if (facts.previous_requests) {
      out += comparison_clause(facts.requests.received, facts.previous_requests->received, "件");
    }
  }
  const bool no_disputes =
      facts.requests.reconsiderations == 0 && facts.requests.lawsuits == 0 && facts.requests.complaints == 0;
  if (no_disputes) {
    out += std::string(none_received ? "，也" : "；") + "未发生因政府信息公开引起的行政复议、行政诉讼和投诉举报情况。";
  } else {
    out += fmt::format("；因政府信息公开申请行政复议{}件、提起行政诉讼{}件，收到投诉举报{}件。",
                       value(in, "requests.reconsiderations"), value(in, "requests.lawsuits"),
                       value(in, "requests.complaints"));
  }
  if (value(in, "fees.applications") == "0") return out + "全年未收取信息处理费。";
  return out + fmt::format("全年对{}件申请收取信息处理费共计{}元。", value(in, "fees.applications"),
                           value(in, "fees.amount_yuan"));
}

std::string platforms_passage(const PassageInput& in) {
  std::string channels;
  for (const auto& [key, count] : in.facts.publications.by_channel) {
    const auto channel = workflow::find_channel(key);
    if (channel && !channel->is_portal) channels += "、" + std::string(channel->name);
  }
  if (channels.empty()) return fmt::format("{}以{}为第一公开平台公开政府信息。", in.voice.self, in.voice.portal);
  return fmt::format("{}以{}为第一公开平台，同时通过{}等渠道公开政府信息。", in.voice.self, in.voice.portal,
                     channels.substr(std::string("、").size()));
}

std::string office_placeholder(const std::string& what) { return "【待办公室填写：" + what + "】"; }

}  // namespace gongkai::annualreport
