// gongkai/annualreport/quoted_figures.cpp
#include "annualreport/quoted_figures.h"

#include <fmt/format.h>

#include <stdexcept>

#include "reports/report_checks.h"
#include "workflow/publication_channel.h"

namespace gongkai::annualreport {
namespace {

// "1250.00" → "1250", "3853.50" → "3853.5".
std::string without_trailing_zeros(std::string text) {
  if (text.find('.') == std::string::npos) return text;
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

class FigureList {
 public:
  void add(std::string key, std::string label, std::string value) {
    figures_.push_back({std::move(key), std::move(label), std::move(value)});
  }
  void add(std::string key, std::string label, int64_t value) {
    add(std::move(key), std::move(label), std::to_string(value));
  }
  std::vector<QuotedFigure> take() { return std::move(figures_); }

 private:
  std::vector<QuotedFigure> figures_;
};

void add_publications(FigureList& list, const YearFacts& facts) {
  list.add("proactive.portal", "通过政府门户网站公开的信息（条）", facts.publications.portal);
  list.add("proactive.media", "通过新闻媒体公开的信息（条）", facts.publications.media);
  for (const auto& [key, count] : facts.publications.by_channel) {
    const auto channel = workflow::find_channel(key);
    const std::string name = channel ? std::string(channel->name) : key;
    list.add("proactive.channel." + key, fmt::format("通过{}公开的信息（条）", name), count);
  }
}

void add_engagement(FigureList& list, const YearFacts& facts) {
  int64_t comments = 0;
  int64_t adopted = 0;
  for (const auto& consultation : facts.consultations) {
    comments += consultation.comments;
    adopted += consultation.adopted;
  }
  list.add("engagement.consultations", "公开征求意见的决策草案（项）", static_cast<int64_t>(facts.consultations.size()));
  list.add("engagement.consultation_comments", "征求意见收到的意见（条）", comments);
  list.add("engagement.consultation_adopted", "采纳或部分采纳的意见（条）", adopted);
  list.add("engagement.interpretations", "发布的政策解读（篇）", static_cast<int64_t>(facts.interpreted_policies.size()));
  list.add("engagement.letters", "行政首长信箱收到的来信（件）", facts.letters.received);
  list.add("engagement.letters_replied", "行政首长信箱已答复的来信（件）", facts.letters.replied);
  list.add("engagement.opinions", "登记的舆情（条）", facts.opinions.found);
  list.add("engagement.opinions_responded", "已回应的舆情（条）", facts.opinions.responded);
  list.add("engagement.opinions_reported", "向上级报送的舆情（条）", facts.opinions.reported_upward);
  list.add("engagement.opinions_mailbox", "经“行政首长信箱”收到的舆情信息（条）", facts.opinions.via_mailbox);
}

void add_assistance(FigureList& list, const YearFacts& facts) {
  for (const auto& figures : facts.assistance) {
    const auto& programme = *figures.programme;
    const auto prefix = "assistance." + std::string(programme.key) + ".";
    const std::string name(programme.short_name);
    if (figures.year_end_headcount) {
      list.add(prefix + "headcount", name + "年末人数（人）", *figures.year_end_headcount);
    } else if (figures.person_times) {
      list.add(prefix + "person_times", name + "累计人次", *figures.person_times);
    }
    list.add(prefix + "amount", name + "累计金额", wan_yuan_text(figures.amount) + "万元");
    if (figures.level) {
      list.add(prefix + "level", name + "人均补助水平（元/人·月）",
               keyareas::format_level(*figures.level, programme.level_decimals));
    }
  }
}

void add_organisations(FigureList& list, const YearFacts& facts) {
  for (const auto& kind : facts.organisations.kinds) {
    const auto prefix = "organisations." + std::string(kind.kind->key) + ".";
    const std::string name(kind.kind->name);
    if (kind.registered > 0) {
      list.add(prefix + "registered", fmt::format("{}{}（家）", kind.kind->registration_label, name), kind.registered);
    }
    if (kind.cancelled > 0) list.add(prefix + "cancelled", fmt::format("注销{}（家）", name), kind.cancelled);
  }
}

void add_proposals(FigureList& list, const YearFacts& facts) {
  for (const auto& group : facts.proposals.groups) {
    const auto prefix = fmt::format("proposals.{}.{}.", group.body, group.level);
    const auto what = fmt::format("{}{}", group.level == "region" ? "自治区" : "市级",
                                  group.body == "npc" ? "人大代表建议" : "政协委员提案");
    list.add(prefix + "items", what + "（件）", group.items);
    std::vector<std::string> topics;
    for (const auto& topic : group.topics) topics.push_back(topic.topic);
    list.add(prefix + "topics", what + "涉及的内容", join_chinese(topics));
  }
}

void add_decisions(FigureList& list, const YearFacts& facts) {
  list.add("decisions.licensing", "行政许可决定（件）", facts.decisions.licensing);
  list.add("decisions.penalty", "行政处罚决定（件）", facts.decisions.penalty);
  list.add("decisions.coercion", "行政强制决定（件）", facts.decisions.coercion);
}

void add_service_items(FigureList& list, const YearFacts& facts) {
  list.add("services.items", "公开的政务服务事项（项）", facts.service_items.published);
  list.add("services.licensing", "其中行政许可事项（项）", facts.service_items.licensing);
}

void add_requests(FigureList& list, const YearFacts& facts, const std::optional<reports::ReportTables>& tables) {
  list.add("requests.received", "收到政府信息公开申请（件）", facts.requests.received);
  list.add("requests.reconsiderations", "因政府信息公开申请行政复议（件）", facts.requests.reconsiderations);
  list.add("requests.lawsuits", "因政府信息公开提起行政诉讼（件）", facts.requests.lawsuits);
  list.add("requests.complaints", "收到政府信息公开投诉举报（件）", facts.requests.complaints);
  if (!tables) {
    list.add("fees.applications", "收取信息处理费的申请（件）", facts.requests.fee_applications);
    list.add("fees.amount_yuan", "收取的信息处理费（元）", without_trailing_zeros(format_yuan(Fen{facts.requests.fee_fen}, false)));
    return;
  }
  const auto cell = [](const reports::Cell& value) { return value ? reports::format_number(*value) : std::string("0"); };
  const auto total_of = [&](const std::string& row) {
    const auto found = tables->applications.find(row);
    return found == tables->applications.end() ? std::string("0") : cell(found->second.back());
  };
  list.add("requests.carried_in", "上年结转的申请（件）", total_of("carried_in"));
  list.add("requests.handled", "本年度办理完结的申请（件）", total_of("total"));
  list.add("requests.carried_over", "结转下年度继续办理的申请（件）", total_of("carried_over"));
  if (tables->fees_collected) {
    const auto& fees = *tables->fees_collected;
    const auto fee = [&](const std::string& column) {
      const auto found = fees.find(column);
      return found == fees.end() ? std::string("0") : cell(found->second);
    };
    list.add("fees.applications", "收取信息处理费的申请（件）", fee("applications"));
    list.add("fees.amount_yuan", "收取的信息处理费（元）", fee("amount_yuan"));
  }
  for (const auto& row : reports::proactive_rows(tables->format)) {
    for (const auto& column : row.columns) {
      const auto value = reports::cell_at(tables->proactive, std::string(row.key), std::string(column.key));
      if (!value) continue;
      list.add(fmt::format("proactive.{}.{}", row.key, column.key), fmt::format("{}：{}", row.label, column.label),
               cell(value));
    }
  }
}

}  // namespace

std::vector<QuotedFigure> quote_figures(const YearFacts& facts, const std::optional<reports::ReportTables>& tables) {
  FigureList list;
  add_publications(list, facts);
  add_engagement(list, facts);
  add_assistance(list, facts);
  add_organisations(list, facts);
  add_proposals(list, facts);
  add_decisions(list, facts);
  add_service_items(list, facts);
  add_requests(list, facts, tables);
  return list.take();
}

const std::string& figure_value(const std::vector<QuotedFigure>& figures, const std::string& key) {
  for (const auto& figure : figures) {
    if (figure.key == key) return figure.value;
  }
  throw std::out_of_range("no figure " + key);
}

bool has_figure(const std::vector<QuotedFigure>& figures, const std::string& key) {
  for (const auto& figure : figures) {
    if (figure.key == key) return true;
  }
  return false;
}

std::string wan_yuan_text(Fen amount) { return without_trailing_zeros(format_wan_yuan(amount, 2)); }

std::string join_chinese(const std::vector<std::string>& parts) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += (i + 1 == parts.size()) ? "和" : "、";
    out += parts[i];
  }
  return out;
}

}  // namespace gongkai::annualreport
