// Signing in to the back office over HTTP.
#include <gtest/gtest.h>

#include "admin/admin_fixture.h"

namespace gongkai::testing {
namespace {

TEST(SignInTest, LoginWithoutJavaScriptReachesTheDashboard) {
  auto& server = AdminServer::instance();
  auto officer = server.login_as(org::Role::kOfficer);
  auto page = officer.get("/admin/");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.decoded_body().find("待办事项"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::testing
