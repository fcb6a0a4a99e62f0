// gongkai/web/router.h
//
// Maps a method and a path to a handler. Patterns are literal segments and
// named parameters: "/xxgk/item/{id}", "/xxgk/ml/{code}". A trailing slash is
// significant ("/xxgk/ml/" and "/xxgk/ml/{code}" are different routes).
// A path that matches no pattern answers 404; a path that matches with
// another method answers 405 with an Allow header (and an empty body, which
// the server replaces with its error page). When several patterns match,
// the one with the fewest parameters wins ("/xxgk/nb/latest" beats
// "/xxgk/nb/{year}"); ties go to the route added first.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "web/http.h"

namespace gongkai::web {

using PathParams = std::map<std::string, std::string>;
using Handler = std::function<Response(const Request&, const PathParams&)>;

class Router {
 public:
  void add(std::string method, std::string pattern, Handler handler);
  void get(std::string pattern, Handler handler) { add("GET", std::move(pattern), std::move(handler)); }
  void post(std::string pattern, Handler handler) { add("POST", std::move(pattern), std::move(handler)); }

  // Dispatches; throws NotFound when nothing matches the path. HEAD is served
  // by the GET handler.
  Response dispatch(const Request& request) const;

 private:
  struct Route {
    std::string method;
    std::vector<std::string> segments;  // "{name}" marks a parameter
    Handler handler;
  };
  std::vector<Route> routes_;
};

}  // namespace gongkai::web
