#include "web/router.h"

#include <algorithm>
#include <set>
#include <string_view>

#include "core/errors.h"

namespace gongkai::web {

namespace {

// "/a/b/" → {"a", "b", ""}; "/" → {""}. The leading slash is dropped.
template <typename Out>
void split_path(std::string_view path, Out& out) {
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  while (true) {
    size_t slash = path.find('/');
    out.emplace_back(path.substr(0, slash));
    if (slash == std::string_view::npos) return;
    path.remove_prefix(slash + 1);
  }
}

bool is_parameter(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// Number of parameters when `segments` matches `path`, or -1.
int match(const std::vector<std::string>& segments, const std::vector<std::string_view>& path) {
  if (segments.size() != path.size()) return -1;
  int parameters = 0;
  for (size_t i = 0; i < segments.size(); ++i) {
    if (is_parameter(segments[i])) {
      if (path[i].empty()) return -1;
      ++parameters;
    } else if (segments[i] != path[i]) {
      return -1;
    }
  }
  return parameters;
}

}  // namespace

void Router::add(std::string method, std::string pattern, Handler handler) {
  Route route;
  route.method = std::move(method);
  std::vector<std::string_view> parts;
  split_path(pattern, parts);
  for (auto part : parts) route.segments.emplace_back(part);
  route.handler = std::move(handler);
  routes_.push_back(std::move(route));
}

Response Router::dispatch(const Request& request) const {
  std::vector<std::string_view> path;
  path.reserve(8);
  split_path(request.path, path);

  // The most literal route wins (fewest parameters); ties go to the first added.
  const Route* best = nullptr;
  int best_parameters = 0;
  const Route* best_get = nullptr;  // HEAD falls back to GET
  int best_get_parameters = 0;
  bool path_known = false;
  for (const auto& route : routes_) {
    int parameters = match(route.segments, path);
    if (parameters < 0) continue;
    path_known = true;
    if (route.method == request.method && (best == nullptr || parameters < best_parameters)) {
      best = &route;
      best_parameters = parameters;
    }
    if (route.method == "GET" && (best_get == nullptr || parameters < best_get_parameters)) {
      best_get = &route;
      best_get_parameters = parameters;
    }
  }
  if (best == nullptr && request.method == "HEAD") best = best_get;
  if (!path_known) throw NotFound("页面不存在");
  if (best == nullptr) {
    std::set<std::string> allowed;
    for (const auto& route : routes_) {
      if (match(route.segments, path) < 0) continue;
      allowed.insert(route.method);
      if (route.method == "GET") allowed.insert("HEAD");
    }
    std::string allow;
    for (const auto& method : allowed) {
      if (!allow.empty()) allow += ", ";
      allow += method;
    }
    Response response;
    response.status = 405;
    response.set_header("Allow", allow);
    return response;
  }

  PathParams params;
  for (size_t i = 0; i < best->segments.size(); ++i) {
    const std::string& segment = best->segments[i];
    if (is_parameter(segment)) params.emplace(segment.substr(1, segment.size() - 2), std::string(path[i]));
  }
  return best->handler(request, params);
}

}  // namespace gongkai::web
