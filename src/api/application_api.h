// gongkai/api/application_api.h
//
// 依申请公开 through the JSON API, for other platforms that forward
// applications (channel "api"):
//   POST /api/v1/applications         body: the application form as JSON
//        {agency, applicant_kind, name, id_type, id_number, phone, address,
//         postcode, email, description, form, delivery} (strings; agency is
//         a short code or a 统一社会信用代码) → 201 {tracking_code,
//         query_password, received_date, due_date}
//   GET  /api/v1/applications/{code}  header X-Query-Password → 200 {tracking_code,
//        status, status_name, received_date, due_date, outcome, outcome_name,
//        steps: [{date, name, detail}]}
// The body must be Content-Type application/json (so that no cross-site HTML
// form can post one). Malformed JSON, a field of the wrong type or an unknown
// field is 400; a form the domain refuses is 422; a wrong code or password
// 404; a rate limit 409. Errors have the API's usual body
// {"error":{"code":…,"message":…}}. Every answer carries Cache-Control: no-store.
#pragma once

#include "app/app.h"
#include "web/router.h"

namespace gongkai::api {

void register_application_routes(web::Router& router, app::App& app);

}  // namespace gongkai::api
