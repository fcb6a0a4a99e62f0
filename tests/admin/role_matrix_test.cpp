// The role matrix, end to end: docs/roles.md is the specification. This
// suite reads its permission table, checks that the domain's table
// (org::may) says the same, then signs in once as every role and requests
// every route the back office declares, expecting 403 exactly where the
// document has "—" for the route's permission.
//
// Path parameters are filled with an id that exists nowhere, so a request
// that passes the permission check ends in the handler as 404 (or a form
// error for an empty POST) and changes nothing. Rules finer than the matrix
// (an ordinary item's approval by 分管领导 only …) are the workflow tests'.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "admin/admin.h"
#include "admin/admin_fixture.h"
#include "org/permission.h"
#include "org/role.h"
#include "web/router.h"

namespace gongkai::testing {
namespace {

// "| a | b |" → {"a", "b"} (trimmed, backticks removed).
std::vector<std::string> table_cells(const std::string& line) {
  std::vector<std::string> cells;
  std::string cell;
  for (size_t i = 1; i < line.size(); ++i) {
    if (line[i] != '|') {
      if (line[i] != '`') cell += line[i];
      continue;
    }
    const auto first = cell.find_first_not_of(' ');
    const auto last = cell.find_last_not_of(' ');
    cells.push_back(first == std::string::npos ? "" : cell.substr(first, last - first + 1));
    cell.clear();
  }
  return cells;
}

// The permission table of docs/roles.md: permission key → role keys with ✓.
struct DocumentedMatrix {
  std::vector<std::string> role_keys;  // the column order of the table
  std::map<std::string, std::set<std::string>> granted;
};

DocumentedMatrix read_documented_matrix() {
  std::ifstream file(std::string(GONGKAI_SOURCE_DIR) + "/docs/roles.md");
  if (!file) throw std::runtime_error("docs/roles.md is missing");
  DocumentedMatrix matrix;
  std::string line;
  bool in_table = false;
  while (std::getline(file, line)) {
    if (line.rfind("| permission |", 0) == 0) {
      const auto header = table_cells(line);
      matrix.role_keys.assign(header.begin() + 2, header.end());
      in_table = true;
      continue;
    }
    if (!in_table) continue;
    if (line.rfind("|", 0) != 0) break;
    const auto cells = table_cells(line);
    if (cells.empty() || cells[0].rfind("---", 0) == 0) continue;
    auto& roles = matrix.granted[cells[0]];
    for (size_t i = 2; i < cells.size() && i - 2 < matrix.role_keys.size(); ++i) {
      if (cells[i] == "✓") roles.insert(matrix.role_keys[i - 2]);
    }
  }
  return matrix;
}

std::string permission_key(org::Permission permission) {
  for (const auto& info : org::all_permissions()) {
    if (info.permission == permission) return std::string(info.key);
  }
  return "";
}

// "/admin/items/{id}/review" → "/admin/items/987654321/review".
std::string concrete_path(const std::string& pattern) {
  std::string path;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '{') {
      path += pattern[i];
      continue;
    }
    i = pattern.find('}', i);
    path += "987654321";
  }
  return path;
}

TEST(RoleMatrixTest, TheDocumentAndTheDomainAgreeOnEveryPermissionAndRole) {
  const auto matrix = read_documented_matrix();
  ASSERT_EQ(matrix.role_keys.size(), org::all_roles().size());
  for (org::Role role : org::all_roles()) {
    EXPECT_NE(std::find(matrix.role_keys.begin(), matrix.role_keys.end(), std::string(org::role_key(role))),
              matrix.role_keys.end())
        << org::role_key(role) << " has no column in docs/roles.md";
  }
  ASSERT_EQ(matrix.granted.size(), org::all_permissions().size());
  for (const auto& info : org::all_permissions()) {
    const auto row = matrix.granted.find(std::string(info.key));
    ASSERT_NE(row, matrix.granted.end()) << info.key << " has no row in docs/roles.md";
    for (org::Role role : org::all_roles()) {
      EXPECT_EQ(org::may(role, info.permission), row->second.count(std::string(org::role_key(role))) == 1)
          << info.key << " for " << org::role_key(role);
    }
  }
}

TEST(RoleMatrixTest, EveryAdminRouteAllowsExactlyTheRolesTheDocumentGrants) {
  const auto matrix = read_documented_matrix();
  auto& server = AdminServer::instance();
  web::Router scratch;  // only to list the declared routes
  const auto routes = admin::register_admin_routes(scratch, server.app());
  ASSERT_GT(routes.size(), 30u);

  std::map<org::Role, AdminSession> sessions;
  for (org::Role role : org::all_roles()) sessions.emplace(role, server.login_as(role));

  int checked = 0;
  for (const auto& route : routes) {
    if (route.pattern == "/admin/logout") continue;  // would end the session; tested in sign_in_test
    const auto& granted = matrix.granted.at(permission_key(route.permission));
    const std::string path = concrete_path(route.pattern);
    for (org::Role role : org::all_roles()) {
      const auto& session = sessions.at(role);
      const auto reply = route.method == "GET" ? session.get(path) : session.post(path, {});
      const bool allowed = granted.count(std::string(org::role_key(role))) == 1;
      const std::string what = route.method + " " + route.pattern + " as " + std::string(org::role_key(role));
      if (allowed) {
        EXPECT_NE(reply.status, 403) << what << ": refused, but docs/roles.md grants it";
      } else {
        EXPECT_EQ(reply.status, 403) << what << ": answered " << reply.status << ", but docs/roles.md refuses it";
        EXPECT_NE(reply.decoded_body().find("无权"), std::string::npos) << what << ": no reason given";
      }
      EXPECT_LT(reply.status, 500) << what;
      ++checked;
    }
  }
  EXPECT_EQ(checked, static_cast<int>((routes.size() - 1) * org::all_roles().size()));
}

TEST(RoleMatrixTest, EveryAdminRouteSendsAVisitorWithoutASessionToTheLoginPage) {
  auto& server = AdminServer::instance();
  web::Router scratch;
  for (const auto& route : admin::register_admin_routes(scratch, server.app())) {
    const std::string path = concrete_path(route.pattern);
    const auto reply = route.method == "GET" ? server.get(path) : server.post(path, {});
    const std::string what = route.method + " " + route.pattern;
    if (route.method == "GET") {
      EXPECT_EQ(reply.status, 303) << what;
      EXPECT_EQ(reply.header("location").rfind("/admin/login", 0), 0u) << what << " → " << reply.header("location");
    } else {
      // A POST without a session cannot carry a valid CSRF token either.
      EXPECT_TRUE(reply.status == 303 || reply.status == 403) << what << ": " << reply.status;
    }
  }
}

}  // namespace
}  // namespace gongkai::testing
