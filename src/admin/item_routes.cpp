#include "admin/item_routes.h"

#include <functional>

#include "admin/item_pages.h"
#include "core/errors.h"
#include "workflow/markdown_body.h"
#include "workflow/workflow_commands.h"
#include "workflow/workflow_queries.h"

namespace gongkai::admin {
namespace {

using org::Permission;

std::string item_url(int64_t id) { return "/admin/items/" + std::to_string(id); }

web::Response item_page(AdminContext& context, int64_t id, bool review_page, const std::string& error = "",
                        const nlohmann::json& kept = nlohmann::json::object(), int status = 200) {
  const auto detail = [&] {
    auto connection = context.app.database().lease();
    return workflow::item_detail(*connection, context.app.calendar(), context.staff, id, context.app.today());
  }();
  AdminPageMeta meta{detail.item.title, "items", status};
  return render_admin_page(context, "item", item_detail_view(context, detail, review_page, error, kept), meta);
}

web::Response list_page(AdminContext& context) {
  std::optional<workflow::WorkflowState> state;
  const std::string state_text = context.request.query_param("state").value_or("");
  if (!state_text.empty()) {
    state = workflow::state_from_key(state_text);
    if (!state) throw InvalidInput("状态筛选无效：" + state_text);
  }
  int page = 1;
  if (const auto p = context.request.query_param("page")) {
    try {
      page = std::stoi(*p);
    } catch (const std::exception&) {
      throw InvalidInput("页码无效");
    }
  }
  auto connection = context.app.database().lease();
  const auto list = workflow::list_workflow_items(*connection, context.app.calendar(), context.staff, state, page,
                                                  context.app.today());
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& item : list.items) rows.push_back(item_row_view(item));
  nlohmann::json filters = nlohmann::json::array({{{"url", "/admin/items"}, {"name", "全部"}, {"current", !state}}});
  for (const auto& s : workflow::all_states()) {
    filters.push_back({{"url", "/admin/items?state=" + std::string(s.key)},
                       {"name", std::string(s.name)},
                       {"current", state && *state == s.state}});
  }
  const int64_t pages = (list.total + list.per_page - 1) / list.per_page;
  const std::string base = "/admin/items?" + (state ? "state=" + state_text + "&" : std::string());
  nlohmann::json content{{"items", rows},
                         {"has_items", !rows.empty()},
                         {"total", list.total},
                         {"filters", filters},
                         {"page", page},
                         {"pages", pages},
                         {"has_prev", page > 1},
                         {"prev_url", base + "page=" + std::to_string(page - 1)},
                         {"has_next", page < pages},
                         {"next_url", base + "page=" + std::to_string(page + 1)}};
  return render_admin_page(context, "items", std::move(content), {"信息发布", "items"});
}

// The body's HTML as the public page would show it.
std::string preview_of(const web::Form& form) {
  return workflow::render_body_html(form.value("body"), form.value("body_format"));
}

bool wants_preview(const web::Form& form) { return form.value("action") == "preview"; }

web::Response form_page(AdminContext& context, const workflow::ItemDraft& draft, std::optional<int64_t> id,
                        const std::string& error, const std::string& preview, int status) {
  const std::string title = id ? "修改信息" : "起草信息";
  return render_admin_page(context, "item_form", item_form_view(context, draft, id, error, preview),
                           {title, "items", status});
}

web::Response new_item(AdminContext& context) {
  const auto draft = draft_from_form(context.form);
  if (wants_preview(context.form)) return form_page(context, draft, std::nullopt, "", preview_of(context.form), 200);
  try {
    auto connection = context.app.database().lease();
    const int64_t id = workflow::draft_item(*connection, context.staff, draft);
    return redirect_with_flash(context, item_url(id), "草稿已保存。");
  } catch (const InvalidInput& error) {
    return form_page(context, draft, std::nullopt, error.what(), "", 422);
  }
}

web::Response edit_form(AdminContext& context) {
  const int64_t id = context.id_param();
  const auto item = [&] {
    auto connection = context.app.database().lease();
    return workflow::find_workflow_item(*connection, context.app.calendar(), context.staff, id, context.app.today());
  }();
  return form_page(context, draft_of(item), id, "", "", 200);
}

web::Response edit_item(AdminContext& context) {
  const int64_t id = context.id_param();
  const auto draft = draft_from_form(context.form);
  if (wants_preview(context.form)) return form_page(context, draft, id, "", preview_of(context.form), 200);
  try {
    auto connection = context.app.database().lease();
    workflow::edit_draft(*connection, context.staff, id, draft, context.app.today());
    return redirect_with_flash(context, item_url(id), "修改已保存。");
  } catch (const InvalidInput& error) {
    return form_page(context, draft, id, error.what(), "", 422);
  } catch (const Conflict& error) {
    return form_page(context, draft, id, error.what(), "", 409);
  }
}

// Runs one action on item {id}; on success redirects to the item with
// `done`, on bad input or an illegal transition re-renders the item page
// with the message and the submitted fields.
using Action = std::function<void(store::Connection&, AdminContext&, int64_t)>;

web::Response act(AdminContext& context, const Action& action, const std::string& done) {
  const int64_t id = context.id_param();
  nlohmann::json kept = nlohmann::json::object();
  for (const char* field : {"comment", "date", "channel", "outlet", "reference", "reason", "validity", "policy_id"}) {
    kept[field] = context.form.value(field);
  }
  try {
    auto connection = context.app.database().lease();
    action(*connection, context, id);
  } catch (const InvalidInput& error) {
    return item_page(context, id, false, error.what(), kept, 422);
  } catch (const Conflict& error) {
    return item_page(context, id, false, error.what(), kept, 409);
  }
  return redirect_with_flash(context, item_url(id), done);
}

int64_t policy_id(const web::Form& form) {
  const std::string text = form.value("policy_id");
  try {
    size_t used = 0;
    const long long id = std::stoll(text, &used);
    if (used == text.size() && id > 0) return id;
  } catch (const std::exception&) {
  }
  throw InvalidInput("请填写被解读政策的信息编号（数字）");
}

web::Response upload(AdminContext& context) {
  const auto files = context.form.files("file");
  if (files.empty()) {
    return item_page(context, context.id_param(), false, "请选择要上传的附件", nlohmann::json::object(), 422);
  }
  return act(
      context,
      [&files](store::Connection& c, AdminContext& ctx, int64_t id) {
        workflow::add_draft_attachment(c, ctx.staff, id, files.front().file_name, files.front().bytes,
                                       ctx.app.today());
      },
      "附件已上传。");
}

}  // namespace

void register_item_routes(AdminRoutes& routes) {
  routes.get("/admin/items", Permission::kUseBackOffice, list_page);
  routes.get("/admin/items/new", Permission::kDraftItems, [](AdminContext& context) {
    return form_page(context, workflow::ItemDraft{}, std::nullopt, "", "", 200);
  });
  routes.post("/admin/items/new", Permission::kDraftItems, new_item);
  routes.get("/admin/items/{id}", Permission::kUseBackOffice,
             [](AdminContext& context) { return item_page(context, context.id_param(), false); });
  routes.get("/admin/items/{id}/review", Permission::kSecrecyReview,
             [](AdminContext& context) { return item_page(context, context.id_param(), true); });
  routes.get("/admin/items/{id}/edit", Permission::kDraftItems, edit_form);
  routes.post("/admin/items/{id}/edit", Permission::kDraftItems, edit_item);
  routes.post("/admin/items/{id}/attachments", Permission::kDraftItems, upload);
  routes.post("/admin/preview", Permission::kDraftItems, [](AdminContext& context) {
    web::Response response = web::Response::html(preview_of(context.form));
    response.set_header("Cache-Control", "no-store");
    return response;
  });

  routes.post("/admin/items/{id}/submit", Permission::kDraftItems, [](AdminContext& context) {
    return act(context, [](auto& c, auto& ctx, int64_t id) { workflow::submit_item(c, ctx.staff, id, ctx.app.today()); },
               "已提交保密审查。");
  });
  routes.post("/admin/items/{id}/review/pass", Permission::kSecrecyReview, [](AdminContext& context) {
    return act(context,
               [](auto& c, auto& ctx, int64_t id) {
                 workflow::pass_review(c, ctx.staff, id, ctx.form.value("comment"), ctx.app.today());
               },
               "保密审查已通过，已送审批。");
  });
  routes.post("/admin/items/{id}/review/return", Permission::kSecrecyReview, [](AdminContext& context) {
    return act(context,
               [](auto& c, auto& ctx, int64_t id) {
                 workflow::return_from_review(c, ctx.staff, id, ctx.form.value("comment"), ctx.app.today());
               },
               "已退回修改。");
  });
  // Approval: 一般事项 by the 分管领导 (approve_ordinary), 重大事项 by the
  // 主要领导 (approve_major), each on its own route so that the shell's check
  // matches the matrix; the domain checks the item's importance again.
  for (const auto& [suffix, permission] : {std::pair{std::string(""), Permission::kApproveOrdinary},
                                           std::pair{std::string("-major"), Permission::kApproveMajor}}) {
    routes.post("/admin/items/{id}/approve" + suffix, permission, [](AdminContext& context) {
      return act(context,
                 [](auto& c, auto& ctx, int64_t id) {
                   workflow::approve_item(c, ctx.staff, id, ctx.form.value("comment"), ctx.app.today());
                 },
                 "已审批通过。");
    });
    routes.post("/admin/items/{id}/approval" + suffix + "/return", permission, [](AdminContext& context) {
      return act(context,
                 [](auto& c, auto& ctx, int64_t id) {
                   workflow::return_from_approval(c, ctx.staff, id, ctx.form.value("comment"), ctx.app.today());
                 },
                 "已退回修改。");
    });
  }
  routes.post("/admin/items/{id}/publish", Permission::kPublishItems, [](AdminContext& context) {
    return act(context,
               [](auto& c, auto& ctx, int64_t id) {
                 workflow::publish_item(c, ctx.staff, id, ctx.form.value("date"), ctx.app.today());
               },
               context.form.value("date").empty() ? "已发布。" : "已设置发布日期。");
  });
  routes.post("/admin/items/{id}/channels", Permission::kPublishItems, [](AdminContext& context) {
    return act(context,
               [](auto& c, auto& ctx, int64_t id) {
                 workflow::record_channel(c, ctx.staff, id,
                                          {ctx.form.value("channel"), ctx.form.value("outlet"),
                                           ctx.form.value("date"), ctx.form.value("reference")},
                                          ctx.app.today());
               },
               "发布渠道已登记。");
  });
  routes.post("/admin/items/{id}/revoke", Permission::kPublishItems, [](AdminContext& context) {
    return act(context,
               [](auto& c, auto& ctx, int64_t id) {
                 workflow::revoke_item(c, ctx.staff, id, ctx.form.value("reason"), ctx.app.today());
               },
               "已撤回。");
  });
  routes.post("/admin/items/{id}/validity", Permission::kPublishItems, [](AdminContext& context) {
    return act(context,
               [](auto& c, auto& ctx, int64_t id) {
                 workflow::mark_validity(c, ctx.staff, id, ctx.form.value("validity"), ctx.app.today());
               },
               "有效性已更新。");
  });
  routes.post("/admin/items/{id}/link", Permission::kDraftItems, [](AdminContext& context) {
    return act(context,
               [](auto& c, auto& ctx, int64_t id) {
                 workflow::link_interpretation(c, ctx.staff, id, policy_id(ctx.form), ctx.app.today());
               },
               "已关联政策解读。");
  });
}

}  // namespace gongkai::admin
