#include "web/router.h"

#include <gtest/gtest.h>

#include "core/errors.h"

namespace gongkai::web {
namespace {

Request make(std::string method, std::string path) {
  Request request;
  request.method = std::move(method);
  request.path = std::move(path);
  request.target = request.path;
  return request;
}

Handler reply_with(std::string text) {
  return [text](const Request&, const PathParams&) { return Response::text(text); };
}

TEST(Router, MatchesLiteralPath) {
  Router router;
  router.get("/xxgk/zn", reply_with("guide"));
  EXPECT_EQ(router.dispatch(make("GET", "/xxgk/zn")).body, "guide");
}

TEST(Router, CapturesNamedParameters) {
  Router router;
  router.get("/xxgk/item/{id}", [](const Request&, const PathParams& params) {
    return Response::text(params.at("id"));
  });
  EXPECT_EQ(router.dispatch(make("GET", "/xxgk/item/42")).body, "42");
  EXPECT_EQ(router.dispatch(make("GET", "/xxgk/item/低保")).body, "低保");
}

TEST(Router, ParameterNeedsANonEmptySegment) {
  Router router;
  router.get("/xxgk/item/{id}", reply_with("item"));
  EXPECT_THROW(router.dispatch(make("GET", "/xxgk/item/")), NotFound);
}

TEST(Router, TrailingSlashIsSignificant) {
  Router router;
  router.get("/xxgk/ml/", reply_with("catalogue"));
  router.get("/xxgk/ml/{code}", reply_with("category"));
  EXPECT_EQ(router.dispatch(make("GET", "/xxgk/ml/")).body, "catalogue");
  EXPECT_EQ(router.dispatch(make("GET", "/xxgk/ml/zcwj")).body, "category");
  EXPECT_THROW(router.dispatch(make("GET", "/xxgk/ml")), NotFound);
}

TEST(Router, LiteralRouteBeatsParameterWhateverTheOrder) {
  Router router;
  router.get("/xxgk/nb/{year}", reply_with("year"));
  router.get("/xxgk/nb/latest", reply_with("latest"));
  EXPECT_EQ(router.dispatch(make("GET", "/xxgk/nb/latest")).body, "latest");
  EXPECT_EQ(router.dispatch(make("GET", "/xxgk/nb/2017")).body, "year");
}

TEST(Router, UnknownPathThrowsNotFound) {
  Router router;
  router.get("/", reply_with("home"));
  EXPECT_THROW(router.dispatch(make("GET", "/nope")), NotFound);
  EXPECT_THROW(router.dispatch(make("GET", "/a/b")), NotFound);
}

TEST(Router, RootPath) {
  Router router;
  router.get("/", reply_with("home"));
  EXPECT_EQ(router.dispatch(make("GET", "/")).body, "home");
}

TEST(Router, WrongMethodAnswers405WithAllow) {
  Router router;
  router.get("/xxgk/ysq/", reply_with("form"));
  router.post("/xxgk/ysq/", reply_with("submitted"));
  router.get("/search", reply_with("search"));
  Response response = router.dispatch(make("DELETE", "/xxgk/ysq/"));
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.header("Allow").value_or(""), "GET, HEAD, POST");
  EXPECT_EQ(router.dispatch(make("POST", "/search")).header("Allow").value_or(""), "GET, HEAD");
}

TEST(Router, HeadIsServedByGet) {
  Router router;
  router.get("/healthz", reply_with("ok"));
  Response response = router.dispatch(make("HEAD", "/healthz"));
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, "ok");
}

TEST(Router, MethodsAreDistinct) {
  Router router;
  router.get("/xxgk/ysq/", reply_with("form"));
  router.post("/xxgk/ysq/", reply_with("submitted"));
  EXPECT_EQ(router.dispatch(make("GET", "/xxgk/ysq/")).body, "form");
  EXPECT_EQ(router.dispatch(make("POST", "/xxgk/ysq/")).body, "submitted");
}

}  // namespace
}  // namespace gongkai::web
