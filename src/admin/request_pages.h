// gongkai/admin/request_pages.h
//
// The view models of the 依申请公开 back office (request_routes.h): a list
// row, the case page (application with the ID number masked, the clock and
// how its deadline was reached, the timeline, files, appeals and the action
// forms that fit the phase), the reply letter, and the form vocabularies.
// Pure functions from domain values to JSON for the templates; no store
// access, no permission checks (the routes and the domain do those).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "catalog/category.h"
#include "core/civil_date.h"
#include "requests/application.h"
#include "requests/appeal.h"
#include "requests/reply_letter.h"
#include "requests/request_queries.h"

namespace gongkai::admin {

// "/admin/requests/42".
std::string request_url(int64_t id);

// "/admin/requests/<id>/notices/<event id>": the notice kept with an event.
std::string notice_url(int64_t id, int64_t event_id);

// How many working days are left, as a list cell: {text, overdue, at_risk}
// (at_risk: open, ≤ 5 working days left; overdue: past the due date).
nlohmann::json days_left_view(const requests::RequestListEntry& entry);

// One row of the list or the dashboard: tracking code, masked applicant,
// kind, received, due, status, days left.
nlohmann::json request_row_view(const requests::RequestListEntry& entry);

// The options of a vocabulary for a <select>, `selected` marked.
nlohmann::json term_options(const std::vector<requests::Term>& terms, const std::string& selected);

// The outcomes grouped by category for an <optgroup> select, each with the
// basis a reply would cite for an application received on `received_on`:
// [{category, outcomes: [{key, name, citation}]}].
nlohmann::json outcome_groups(CivilDate received_on);

// The application form's fields (as typed, for re-display after a refusal).
nlohmann::json application_form_view(const requests::ApplicationForm& form, const std::string& channel,
                                     const std::string& received_on);

// The whole case page's content. `revealed_id` is the ID number in clear
// after "查看完整证件号码" (shown once, on that response only).
nlohmann::json request_case_view(const requests::RequestCase& c, const catalog::CategoryTree& categories,
                                 CivilDate today, const std::optional<std::string>& revealed_id);

// The reply letter for the printable page.
nlohmann::json reply_letter_view(const requests::ReplyLetter& letter);

// One complaint row.
nlohmann::json complaint_view(const requests::Complaint& complaint);

}  // namespace gongkai::admin
