// 依申请公开 through the JSON API: filing and looking up with exact fields,
// and the refusals (malformed JSON, wrong types, unknown fields, a form the
// domain refuses, a missing or wrong password).
#include <gtest/gtest.h>

#include <regex>

#include <nlohmann/json.hpp>

#include "requests_http/requests_server_fixture.h"

namespace gongkai::testing {
namespace {

const RequestsServer& server() { return RequestsServer::instance(); }

nlohmann::json valid_body() {
  return {{"agency", "wzsmzj"},
          {"applicant_kind", "business"},
          {"name", "宁夏某某商贸有限公司"},
          {"id_type", "credit_code"},
          {"id_number", "91640000710600138Y"},
          {"phone", "13600002222"},
          {"address", ""},
          {"postcode", ""},
          {"email", "office@example.com"},
          {"description", "2017年养老机构年检结果。"},
          {"form", "electronic"},
          {"delivery", "email"}};
}

HttpReply post_json(const std::string& body) {
  return server().post("/api/v1/applications", "application/json", body);
}

nlohmann::json body_of(const HttpReply& reply) { return nlohmann::json::parse(reply.decoded_body()); }

std::string iso(CivilDate date) {
  char text[11];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()));
  return text;
}

int64_t applications() { return server().count("SELECT COUNT(*) FROM applications"); }

TEST(ApiRequests, FileAndLookUpRoundTrip) {
  const auto created = post_json(valid_body().dump());
  ASSERT_EQ(created.status, 201) << created.decoded_body();
  EXPECT_EQ(created.header("cache-control"), "no-store");
  const auto filed = body_of(created);
  const CivilDate today = china_today();
  EXPECT_EQ(filed.size(), 4u);
  EXPECT_TRUE(std::regex_match(filed.at("tracking_code").get<std::string>(),
                               std::regex("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}")));
  EXPECT_FALSE(filed.at("query_password").get<std::string>().empty());
  EXPECT_EQ(filed.at("received_date"), iso(today));
  EXPECT_EQ(filed.at("due_date"), iso(nth_working_day_after(today, 20)));
  EXPECT_EQ(server().count("SELECT COUNT(*) FROM applications WHERE channel = 'api' AND applicant_kind = 'business'"), 1);

  const std::string code = filed.at("tracking_code");
  const auto found = server().get("/api/v1/applications/" + code,
                                  {{"X-Query-Password", filed.at("query_password").get<std::string>()}});
  ASSERT_EQ(found.status, 200) << found.decoded_body();
  EXPECT_EQ(found.header("cache-control"), "no-store");
  const auto view = body_of(found);
  EXPECT_EQ(view.size(), 8u);
  EXPECT_EQ(view.at("tracking_code"), code);
  EXPECT_EQ(view.at("status"), "processing");
  EXPECT_EQ(view.at("status_name"), "办理中");
  EXPECT_EQ(view.at("received_date"), iso(today));
  EXPECT_EQ(view.at("due_date"), iso(nth_working_day_after(today, 20)));
  EXPECT_TRUE(view.at("outcome").is_null());
  EXPECT_TRUE(view.at("outcome_name").is_null());
  ASSERT_EQ(view.at("steps").size(), 1u);
  EXPECT_EQ(view.at("steps")[0].at("date"), iso(today));
  EXPECT_EQ(view.at("steps")[0].at("name"), "收到申请");
  EXPECT_TRUE(view.at("steps")[0].contains("detail"));
}

TEST(ApiRequests, RepliedCaseShowsItsOutcome) {
  const RepliedCase& replied = server().replied();
  const auto found = server().get("/api/v1/applications/" + replied.code, {{"X-Query-Password", replied.password}});
  ASSERT_EQ(found.status, 200);
  const auto view = body_of(found);
  EXPECT_EQ(view.at("status"), "closed");
  EXPECT_EQ(view.at("status_name"), "已办结");
  EXPECT_EQ(view.at("outcome"), "disclosed");
  EXPECT_EQ(view.at("outcome_name"), "予以公开");
}

TEST(ApiRequests, MalformedJsonWrongTypesAndUnknownFieldsAre400) {
  const int64_t before = applications();
  auto expect_400 = [](const HttpReply& reply) {
    EXPECT_EQ(reply.status, 400) << reply.decoded_body();
    EXPECT_EQ(reply.header("cache-control"), "no-store");
    const auto body = body_of(reply);
    EXPECT_EQ(body.at("error").at("code"), "bad_request");
    EXPECT_FALSE(body.at("error").at("message").get<std::string>().empty());
  };
  expect_400(post_json("{\"agency\": \"wzsmzj\","));
  expect_400(post_json("[1, 2]"));
  nlohmann::json wrong_type = valid_body();
  wrong_type["name"] = 42;
  expect_400(post_json(wrong_type.dump()));
  nlohmann::json unknown = valid_body();
  unknown["nickname"] = "x";
  expect_400(post_json(unknown.dump()));
  expect_400(server().post("/api/v1/applications", "text/plain", valid_body().dump()));
  EXPECT_EQ(applications(), before);
}

TEST(ApiRequests, RefusedFormIs422WithAChineseMessage) {
  const int64_t before = applications();
  nlohmann::json bad_id = valid_body();
  bad_id["applicant_kind"] = "natural";
  bad_id["id_type"] = "resident_id";
  bad_id["id_number"] = "110101199003071235";
  auto reply = post_json(bad_id.dump());
  EXPECT_EQ(reply.status, 422);
  EXPECT_EQ(body_of(reply).at("error").at("code"), "unprocessable");
  nlohmann::json unknown_value = valid_body();
  unknown_value["delivery"] = "pigeon";
  EXPECT_EQ(post_json(unknown_value.dump()).status, 422);
  nlohmann::json no_agency = valid_body();
  no_agency["agency"] = "nosuch";
  reply = post_json(no_agency.dump());
  EXPECT_EQ(reply.status, 422);
  EXPECT_EQ(body_of(reply).at("error").at("message"), "受理机关不存在：nosuch");
  EXPECT_EQ(applications(), before);
}

TEST(ApiRequests, MissingOrWrongPasswordIsRefused) {
  const RepliedCase& replied = server().replied();
  const auto missing = server().get("/api/v1/applications/" + replied.code);
  EXPECT_EQ(missing.status, 400);
  EXPECT_EQ(missing.header("cache-control"), "no-store");
  const auto wrong = server().get("/api/v1/applications/" + replied.code, {{"X-Query-Password", "nope"}});
  EXPECT_EQ(wrong.status, 404);
  EXPECT_EQ(wrong.header("cache-control"), "no-store");
  EXPECT_EQ(body_of(wrong).at("error").at("message"), "查询码或查询密码不正确");
}

}  // namespace
}  // namespace gongkai::testing
