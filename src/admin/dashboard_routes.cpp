#include "admin/dashboard_routes.h"

#include "admin/annual_report_routes.h"
#include "admin/assistance_routes.h"
#include "admin/credit_routes.h"
#include "admin/engagement_routes.h"
#include "admin/item_pages.h"
#include "admin/proposal_routes.h"
#include "admin/request_routes.h"
#include "admin/window_routes.h"
#include "workflow/timeliness.h"
#include "workflow/workflow_queries.h"

namespace gongkai::admin {
namespace {

struct Section {
  const char* key;
  const char* title;
  const std::vector<workflow::WorkflowItem>* items;
};

web::Response dashboard(AdminContext& context) {
  const auto board = [&] {
    auto connection = context.app.database().lease();
    return workflow::dashboard_for(*connection, context.app.calendar(), context.staff, context.app.today());
  }();
  nlohmann::json sections = nlohmann::json::array();
  const Section all[] = {
      {"returned", "退回修改的稿件", &board.returned},    {"drafts", "我的草稿（未提交）", &board.drafts},
      {"to_review", "待保密审查", &board.to_review},       {"to_approve", "待我审批", &board.to_approve},
      {"to_publish", "待发布", &board.to_publish},         {"scheduled", "已定时发布", &board.scheduled},
      {"overdue", "已逾期未公开", &board.overdue},         {"at_risk", "临近公开期限", &board.at_risk},
  };
  bool anything = false;
  for (const auto& section : all) {
    if (section.items->empty()) continue;
    anything = true;
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& item : *section.items) rows.push_back(item_row_view(item));
    sections.push_back({{"key", section.key},
                        {"title", section.title},
                        {"count", section.items->size()},
                        {"items", rows},
                        {"urgent", std::string(section.key) == "overdue" || std::string(section.key) == "at_risk"}});
  }
  const auto& period = workflow::proactive_publication_period();
  const nlohmann::json engagement_tasks = engagement_task_rows(context);
  const nlohmann::json requests = request_attention_view(context);
  const nlohmann::json assistance = assistance_overdue_view(context);
  const nlohmann::json proposals = proposal_due_view(context);
  const nlohmann::json annual_report = annual_report_deadline_view(context);
  const nlohmann::json credit = credit_attention_view(context);
  nlohmann::json content{{"sections", sections},
                         {"engagement_tasks", engagement_tasks},
                         {"has_engagement_tasks", !engagement_tasks.empty()},
                         {"requests", requests},
                         {"has_requests", !requests.is_null()},
                         {"assistance", assistance},
                         {"has_assistance", !assistance.is_null()},
                         {"proposals", proposals},
                         {"has_proposals", !proposals.is_null()},
                         {"annual_report", annual_report},
                         {"has_annual_report", !annual_report.is_null()},
                         {"credit", credit},
                         {"has_credit", !credit.is_null()},
                         {"nothing", !anything && engagement_tasks.empty() && requests.is_null() && assistance.is_null() &&
                                      credit.is_null()},
                         {"rule", std::string(period.article) + "：" + std::string(period.rule) + "。临近期限指剩余" +
                                      std::to_string(workflow::kAtRiskWorkingDays) + "个工作日以内。"}};
  const nlohmann::json window = window_alerts_view(context);
  content["window"] = window;
  content["has_window"] = !window.is_null();
  if (!window.is_null()) content["nothing"] = false;
  if (!annual_report.is_null()) content["nothing"] = false;
  if (!proposals.is_null()) content["nothing"] = false;
  return render_admin_page(context, "dashboard", std::move(content), {"待办事项", "dashboard"});
}

}  // namespace

void register_dashboard_routes(AdminRoutes& routes) {
  routes.get("/admin/", org::Permission::kUseBackOffice, dashboard);
  routes.get("/admin", org::Permission::kUseBackOffice,
             [](AdminContext&) { return web::Response::redirect("/admin/", 301); });
}

}  // namespace gongkai::admin
