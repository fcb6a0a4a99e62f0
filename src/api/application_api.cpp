#include "api/application_api.h"

#include <array>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "engagement/tracking_code.h"
#include "org/agency_repository.h"
#include "requests/application.h"
#include "requests/reply_outcomes.h"
#include "requests/request_commands.h"
#include "requests/request_queries.h"
#include "web/error_pages.h"

namespace gongkai::api {
namespace {

namespace rq = gongkai::requests;
namespace eg = gongkai::engagement;

// The fields an application may carry, all strings.
constexpr std::array<std::string_view, 12> kApplicationFields = {
    "agency", "applicant_kind", "name",        "id_type", "id_number", "phone",
    "address", "postcode",      "email",       "description", "form",  "delivery"};

web::Response no_store(web::Response response) {
  response.set_header("Cache-Control", "no-store");
  return response;
}

web::Response json_answer(const nlohmann::json& value, int status) {
  return no_store(web::Response::json(value.dump(), status));
}

web::Response json_error(int status, const std::string& message) {
  return no_store(web::Response::json(web::json_error_body(status, message), status));
}

bool is_json(const std::string& content_type) {
  std::string type = content_type.substr(0, content_type.find(';'));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return type == "application/json";
}

// The request body as an object of string fields; InvalidInput (400) otherwise.
nlohmann::json application_body(const web::Request& request) {
  if (!is_json(request.header("content-type"))) throw InvalidInput("请求体须为 JSON（Content-Type: application/json）");
  nlohmann::json body = nlohmann::json::parse(request.body, nullptr, false);
  if (body.is_discarded()) throw InvalidInput("请求体不是有效的 JSON");
  if (!body.is_object()) throw InvalidInput("请求体须为 JSON 对象");
  for (const auto& [key, value] : body.items()) {
    bool known = false;
    for (auto field : kApplicationFields) known = known || key == field;
    if (!known) throw InvalidInput("未知字段：" + key);
    if (!value.is_string() && !value.is_null()) throw InvalidInput("字段 " + key + " 须为字符串");
  }
  return body;
}

std::string field(const nlohmann::json& body, const char* name) {
  auto found = body.find(name);
  if (found == body.end() || found->is_null()) return "";
  return found->get<std::string>();
}

rq::ApplicationForm application_form(const nlohmann::json& body) {
  rq::ApplicationForm form;
  form.applicant_kind = field(body, "applicant_kind");
  form.name = field(body, "name");
  form.id_type = field(body, "id_type");
  form.id_number = field(body, "id_number");
  form.phone = field(body, "phone");
  form.address = field(body, "address");
  form.postcode = field(body, "postcode");
  form.email = field(body, "email");
  form.description = field(body, "description");
  form.form_wanted = field(body, "form");
  form.delivery = field(body, "delivery");
  return form;
}

org::Agency receiving_agency(store::Connection& connection, const std::string& code) {
  if (code.empty()) throw InvalidInput("缺少受理机关（agency）");
  auto agency = org::find_agency(connection, code);
  if (!agency) throw InvalidInput("受理机关不存在：" + code);
  return *agency;
}

web::Response file_application(app::App& app, const web::Request& request) {
  const nlohmann::json body = application_body(request);
  try {
    auto connection = app.database().lease();
    const org::Agency agency = receiving_agency(*connection, field(body, "agency"));
    const rq::FiledRequest filed =
        rq::file_request(*connection, app.request_services(), {request.remote_address, eg::Moment::now()}, agency.id,
                         application_form(body), "api");
    return json_answer({{"tracking_code", eg::format_tracking_code(filed.tracking_code)},
                        {"query_password", filed.query_password},
                        {"received_date", format_date(filed.received_on)},
                        {"due_date", format_date(filed.due_on)}},
                       201);
  } catch (const InvalidInput& error) {
    return json_error(422, error.what());
  }
}

nlohmann::json optional_date(const std::optional<CivilDate>& date) {
  return date ? nlohmann::json(format_date(*date)) : nlohmann::json(nullptr);
}

nlohmann::json case_json(const rq::PublicCaseView& view) {
  nlohmann::json steps = nlohmann::json::array();
  for (const auto& step : view.steps) {
    steps.push_back({{"date", format_date(step.on)}, {"name", step.name}, {"detail", step.detail}});
  }
  nlohmann::json outcome = nullptr;
  nlohmann::json outcome_label = nullptr;
  if (!view.outcome.empty()) {
    outcome = view.outcome;
    outcome_label = rq::outcome_label(view.outcome);
  }
  const std::string code = eg::normalize_tracking_code(view.tracking_code).value_or(view.tracking_code);
  return {{"tracking_code", eg::format_tracking_code(code)},
          {"status", std::string(rq::phase_key(view.phase))},
          {"status_name", std::string(rq::phase_name(view.phase))},
          {"received_date", format_date(view.received_on)},
          {"due_date", optional_date(view.due_on)},
          {"outcome", outcome},
          {"outcome_name", outcome_label},
          {"steps", steps}};
}

web::Response look_up_application(app::App& app, const web::Request& request, const std::string& code) {
  const std::string password = request.header("x-query-password");
  if (password.empty()) return json_error(400, "缺少查询密码（请求头 X-Query-Password）");
  try {
    auto connection = app.database().lease();
    const rq::PublicCaseView view = rq::look_up_request(*connection, app.request_services(),
                                                        {request.remote_address, eg::Moment::now()}, code, password,
                                                        app.today());
    return json_answer(case_json(view), 200);
  } catch (const Refused& refusal) {
    return json_error(web::refusal_status(refusal), refusal.what());
  }
}

}  // namespace

void register_application_routes(web::Router& router, app::App& app) {
  router.post("/api/v1/applications", [&app](const web::Request& r, const web::PathParams&) {
    try {
      return file_application(app, r);
    } catch (const Refused& refusal) {
      return json_error(web::refusal_status(refusal), refusal.what());
    }
  });
  router.get("/api/v1/applications/{code}", [&app](const web::Request& r, const web::PathParams& p) {
    return look_up_application(app, r, p.at("code"));
  });
}

}  // namespace gongkai::api
