#include "admin/item_pages.h"

#include <algorithm>

#include "catalog/catalog_queries.h"
#include "catalog/disclosure_attribute.h"
#include "catalog/withholding_grounds.h"
#include "org/agency_repository.h"
#include "workflow/importance.h"
#include "workflow/markdown_body.h"
#include "workflow/publication_channel.h"

namespace gongkai::admin {
namespace {

nlohmann::json option(const std::string& value, const std::string& label, const std::string& current) {
  return {{"value", value}, {"label", label}, {"selected", value == current}};
}

std::string attribute_label(const std::string& code) {
  const auto attribute = catalog::parse_disclosure_attribute(code);
  return attribute ? std::string(catalog::to_label(*attribute)) : code;
}

std::string validity_label(const std::string& code) {
  const auto validity = catalog::parse_validity(code);
  return validity ? std::string(catalog::to_label(*validity)) : code;
}

std::string importance_name(const std::string& key) {
  const auto importance = workflow::parse_importance(key);
  return importance ? std::string(workflow::info(*importance).name) : key;
}

nlohmann::json timeliness_view(const std::optional<workflow::Timeliness>& t) {
  if (!t) return nullptr;
  return {{"due", format_date(t->due)},         {"status", t->status},     {"overdue", t->overdue},
          {"at_risk", t->at_risk},              {"explanation", t->explanation},
          {"days_left", t->working_days_left}, {"provisional", t->provisional}};
}

bool allowed(const workflow::ItemDetail& detail, workflow::EventKind kind) {
  return std::find(detail.allowed.begin(), detail.allowed.end(), kind) != detail.allowed.end();
}

std::string event_detail(const workflow::ItemEvent& event) {
  if (event.data_json.empty()) return "";
  const auto data = nlohmann::json::parse(event.data_json, nullptr, false);
  if (!data.is_object()) return "";
  using workflow::EventKind;
  switch (event.kind) {
    case EventKind::kScheduled:
    case EventKind::kPublished: return "发布日期：" + data.value("date", "");
    case EventKind::kChannelRecorded: {
      const auto channel = workflow::find_channel(data.value("channel", ""));
      std::string text = channel ? std::string(channel->name) : data.value("channel", "");
      if (!data.value("outlet", "").empty()) text += "：" + data.value("outlet", "");
      return text + "（" + data.value("date", "") + "）";
    }
    case EventKind::kValidityChanged:
      return validity_label(data.value("from", "")) + " → " + validity_label(data.value("to", ""));
    case EventKind::kAttachmentAdded: return data.value("file_name", "");
    case EventKind::kEdited: return data.contains("version") ? "第" + data["version"].dump() + "版" : "";
    case EventKind::kInterpretationLinked:
      return data.contains("policy") ? "关联政策：信息" + data["policy"].dump() : "";
    default: return "";
  }
}

}  // namespace

workflow::ItemDraft draft_from_form(const web::Form& form) {
  workflow::ItemDraft d;
  d.category_code = form.value("category");
  d.title = form.value("title");
  d.doc_number = form.value("doc_number");
  d.department_code = form.value("department");
  d.written_date = form.value("written_date");
  d.formed_date = form.value("formed_date");
  d.topic = form.value("topic");
  d.genre = form.value("genre");
  d.attribute = form.find("attribute").value_or("主动公开");
  d.withholding_ground = form.value("withholding_ground");
  d.importance = form.find("importance").value_or("ordinary");
  d.body_format = form.find("body_format").value_or("text");
  d.summary = form.value("summary");
  d.body = form.value("body");
  d.public_body = form.value("public_body");
  return d;
}

workflow::ItemDraft draft_of(const workflow::WorkflowItem& item) {
  workflow::ItemDraft d;
  d.category_code = item.category_code;
  d.title = item.title;
  d.doc_number = item.doc_number;
  d.department_code = item.department_code;
  d.written_date = item.written_date;
  d.formed_date = item.formed_date;
  d.topic = item.topic;
  d.genre = item.genre;
  d.attribute = item.attribute;
  d.withholding_ground = item.withholding_ground;
  d.importance = item.importance;
  d.body_format = item.body_format;
  d.summary = item.summary;
  d.body = item.body;
  d.public_body = item.public_body;
  return d;
}

nlohmann::json item_form_view(AdminContext& context, const workflow::ItemDraft& d, std::optional<int64_t> item_id,
                              const std::string& error, const std::string& preview_html) {
  auto connection = context.app.database().lease();
  nlohmann::json categories = nlohmann::json::array();
  const auto tree = catalog::load_category_tree(*connection, context.staff.agency_id);
  for (const auto& category : tree.all()) {
    const std::string indent(category.parent_id ? "　" : "");
    categories.push_back(option(category.code, indent + category.name, d.category_code));
  }
  nlohmann::json departments = nlohmann::json::array({option("", "（不指定）", d.department_code)});
  for (const auto& department : org::list_departments(*connection, context.staff.agency_id)) {
    departments.push_back(option(department.code, department.name, d.department_code));
  }
  const auto current_attribute = catalog::parse_disclosure_attribute(d.attribute);
  const std::string attribute_code = current_attribute ? std::string(catalog::to_code(*current_attribute)) : d.attribute;
  nlohmann::json attributes = nlohmann::json::array();
  for (auto a : {catalog::DisclosureAttribute::kProactive, catalog::DisclosureAttribute::kPartial,
                 catalog::DisclosureAttribute::kOnRequest, catalog::DisclosureAttribute::kWithheld}) {
    attributes.push_back(option(std::string(catalog::to_code(a)), std::string(catalog::to_label(a)), attribute_code));
  }
  nlohmann::json grounds = nlohmann::json::array({option("", "（主动公开、部分公开不填）", d.withholding_ground)});
  for (const auto& ground : catalog::articles_14_to_16_withholding_grounds()) {
    grounds.push_back(option(std::string(ground.code), std::string(ground.article) + "：" + std::string(ground.label),
                             d.withholding_ground));
  }
  const auto importance = workflow::parse_importance(d.importance);
  const std::string importance_key = importance ? std::string(workflow::info(*importance).key) : d.importance;
  nlohmann::json importances = nlohmann::json::array();
  for (const auto& row : workflow::all_importances()) {
    importances.push_back(option(std::string(row.key),
                                 std::string(row.name) + "（" + std::string(row.approver) + "审批）", importance_key));
  }
  nlohmann::json formats = nlohmann::json::array(
      {option("text", "纯文本", d.body_format), option("markdown", "Markdown", d.body_format)});
  nlohmann::json fields = nlohmann::json::object();
  fields["category"] = d.category_code;
  fields["title"] = d.title;
  fields["doc_number"] = d.doc_number;
  fields["written_date"] = d.written_date;
  fields["formed_date"] = d.formed_date;
  fields["topic"] = d.topic;
  fields["genre"] = d.genre;
  fields["summary"] = d.summary;
  fields["body"] = d.body;
  fields["public_body"] = d.public_body;
  return {{"is_new", !item_id},
          {"action", item_id ? "/admin/items/" + std::to_string(*item_id) + "/edit" : "/admin/items/new"},
          {"back", item_id ? "/admin/items/" + std::to_string(*item_id) : "/admin/items"},
          {"form", fields},
          {"categories", categories},
          {"departments", departments},
          {"attributes", attributes},
          {"grounds", grounds},
          {"importances", importances},
          {"formats", formats},
          {"error", error},
          {"has_error", !error.empty()},
          {"preview_html", preview_html},
          {"has_preview", !preview_html.empty()}};
}

nlohmann::json item_row_view(const workflow::WorkflowItem& item) {
  return {{"id", item.id},
          {"url", "/admin/items/" + std::to_string(item.id)},
          {"title", item.title},
          {"index_number", item.index_number},
          {"state", std::string(workflow::state_name(item.state))},
          {"state_key", std::string(workflow::state_key(item.state))},
          {"importance", importance_name(item.importance)},
          {"attribute", attribute_label(item.attribute)},
          {"formed_date", item.formed_date},
          {"published_date", item.published_date},
          {"timeliness", timeliness_view(item.timeliness)}};
}

nlohmann::json item_detail_view(AdminContext& context, const workflow::ItemDetail& detail, bool review_page,
                                const std::string& error, const nlohmann::json& kept) {
  using workflow::EventKind;
  const auto& item = detail.item;
  const std::string base = "/admin/items/" + std::to_string(item.id);
  nlohmann::json metadata = nlohmann::json::array();
  auto add = [&](const char* label, const std::string& value) {
    if (!value.empty()) metadata.push_back({{"label", label}, {"value", value}});
  };
  add("索引号", item.index_number);
  {
    auto connection = context.app.database().lease();
    const auto tree = catalog::load_category_tree(*connection, context.staff.agency_id);
    const auto* category = tree.find(item.category_code);
    add("栏目", category ? category->name : item.category_code);
  }
  add("文号", item.doc_number);
  add("成文日期", item.written_date);
  add("形成或变更日期", item.formed_date);
  add("发布日期", item.published_date);
  add("公开属性", attribute_label(item.attribute));
  if (const auto ground = catalog::find_withholding_ground(item.withholding_ground)) {
    add("不予主动公开依据", std::string(ground->article) + "：" + std::string(ground->label));
  }
  add("事项类别", importance_name(item.importance));
  add("有效性", validity_label(item.validity));
  add("正文格式", item.body_format == "markdown" ? "Markdown" : "纯文本");
  add("内容概述", item.summary);

  nlohmann::json history = nlohmann::json::array();
  for (const auto& event : detail.history) {
    // null, not "", when absent: the templates' sections treat every string as true.
    const std::string extra = event_detail(event);
    history.push_back({{"date", event.on_date},
                       {"at", event.at},
                       {"name", std::string(workflow::event_name(event.kind))},
                       {"actor", event.actor},
                       {"comment", event.comment.empty() ? nlohmann::json() : nlohmann::json(event.comment)},
                       {"detail", extra.empty() ? nlohmann::json() : nlohmann::json(extra)}});
  }
  nlohmann::json channels = nlohmann::json::array();
  for (const auto& c : detail.channels) {
    channels.push_back({{"name", c.channel_name}, {"outlet", c.outlet}, {"date", c.published_on},
                        {"reference", c.reference}, {"recorded_by", c.recorded_by}});
  }
  nlohmann::json channel_options = nlohmann::json::array();
  for (const auto& channel : workflow::publication_channels()) {
    if (channel.is_portal) continue;
    channel_options.push_back(option(std::string(channel.key), std::string(channel.name), kept.value("channel", "")));
  }
  nlohmann::json validity_options = nlohmann::json::array();
  for (auto v : {catalog::Validity::kValid, catalog::Validity::kExpired, catalog::Validity::kRepealed}) {
    validity_options.push_back(option(std::string(catalog::to_code(v)), std::string(catalog::to_label(v)),
                                      kept.value("validity", item.validity)));
  }
  nlohmann::json attachments = nlohmann::json::array();
  {
    auto connection = context.app.database().lease();
    for (const auto& a : catalog::list_attachments(*connection, item.id)) {
      attachments.push_back({{"name", a.file_name}, {"size", a.size_bytes}});
    }
  }
  nlohmann::json policies = nlohmann::json::array();
  nlohmann::json interpretations = nlohmann::json::array();
  for (const auto& link : detail.links) {
    (link.relation == "interprets" ? policies : interpretations)
        .push_back({{"title", link.title}, {"url", "/admin/items/" + std::to_string(link.item_id)}});
  }
  const bool partial = item.attribute == "partial";
  const bool may_publish = allowed(detail, EventKind::kPublished) || allowed(detail, EventKind::kScheduled);
  return {
      {"id", item.id},
      {"base", base},
      {"title", item.title},
      {"state", std::string(workflow::state_name(item.state))},
      {"state_key", std::string(workflow::state_key(item.state))},
      {"metadata", metadata},
      {"timeliness", timeliness_view(item.timeliness)},
      {"is_partial", partial},
      {"review_page", review_page},
      {"body_html", workflow::render_body_html(item.body, item.body_format)},
      {"public_body_html", partial ? workflow::render_body_html(item.public_body, item.body_format) : ""},
      {"history", history},
      {"channels", channels},
      {"has_channels", !channels.empty()},
      {"policies", policies},
      {"has_policies", !policies.empty()},
      {"interpretations", interpretations},
      {"has_interpretations", !interpretations.empty()},
      {"attachments", attachments},
      {"has_attachments", !attachments.empty()},
      {"error", error},
      {"has_error", !error.empty()},
      {"kept", kept},
      {"channel_options", channel_options},
      {"validity_options", validity_options},
      {"may_edit", allowed(detail, EventKind::kEdited)},
      {"may_attach", allowed(detail, EventKind::kAttachmentAdded)},
      {"may_submit", allowed(detail, EventKind::kSubmitted)},
      {"may_review", allowed(detail, EventKind::kReviewPassed)},
      {"may_approve", allowed(detail, EventKind::kApproved)},
      {"approve_url", base + (item.importance == "major" ? "/approve-major" : "/approve")},
      {"approval_return_url", base + (item.importance == "major" ? "/approval-major/return" : "/approval/return")},
      {"may_publish", may_publish},
      {"may_channel", allowed(detail, EventKind::kChannelRecorded)},
      {"may_revoke", allowed(detail, EventKind::kRevoked)},
      {"may_validity", allowed(detail, EventKind::kValidityChanged)},
      {"may_link", allowed(detail, EventKind::kInterpretationLinked)},
  };
}

}  // namespace gongkai::admin
