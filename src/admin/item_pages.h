// gongkai/admin/item_pages.h
//
// The view models of the back office's item pages (列表, 起草/修改 form,
// detail with history, timeliness and the actions open to the reader): plain
// JSON for the templates under templates/admin/. No domain decisions here:
// what may be done comes from workflow::item_detail().
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "admin/admin_context.h"
#include "web/form.h"
#include "workflow/workflow_commands.h"
#include "workflow/workflow_queries.h"

namespace gongkai::admin {

// The draft a submitted item form holds.
workflow::ItemDraft draft_from_form(const web::Form& form);
// The form fields of an existing item.
workflow::ItemDraft draft_of(const workflow::WorkflowItem& item);

// The item form (new when `item_id` is nullopt), with the options for its
// selects, an error and a preview when given.
nlohmann::json item_form_view(AdminContext& context, const workflow::ItemDraft& draft,
                              std::optional<int64_t> item_id, const std::string& error,
                              const std::string& preview_html);

// The detail page; `error` and `kept` (the refused action form's fields) when
// an action was refused.
nlohmann::json item_detail_view(AdminContext& context, const workflow::ItemDetail& detail, bool review_page,
                                const std::string& error, const nlohmann::json& kept);

// One row of a list (title, state, timeliness …).
nlohmann::json item_row_view(const workflow::WorkflowItem& item);

}  // namespace gongkai::admin
