// gongkai/core/errors.h
//
// The few kinds of error gongkai raises. Domain code throws them; the edges
// (the HTTP server, the CLI) catch them once and turn them into a status code
// or an exit code. Messages are written for the user, in Simplified Chinese,
// and never contain internal details such as SQL text.
#pragma once

#include <stdexcept>
#include <string>

namespace gongkai {

// The request was refused for a reason the user is told (the five kinds
// below); the CLI treats them alike, the HTTP server by their own status.
class Refused : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Input the user can correct: a bad date, an unknown category, a malformed
// import row. HTTP 400 (or 422 for a well-formed but unacceptable form); CLI exit 1.
class InvalidInput : public Refused {
 public:
  using Refused::Refused;
};

// The thing asked for does not exist, or is not visible to this user
// (a non-public item is "not found" to the public). HTTP 404.
class NotFound : public Refused {
 public:
  using Refused::Refused;
};

// The actor may not do this. HTTP 403.
class Forbidden : public Refused {
 public:
  using Refused::Refused;
};

// The request conflicts with the current state (a duplicate 索引号, an
// illegal workflow transition, a double submit). HTTP 409.
class Conflict : public Refused {
 public:
  using Refused::Refused;
};

// Too many attempts from one address or against one code within a window
// (a rate limit on public submissions and look-ups). HTTP 429; the user is
// told when to try again.
class TooManyRequests : public Refused {
 public:
  using Refused::Refused;
};

// The store failed (connection lost, constraint the domain did not foresee).
// HTTP 500 with a generic message; the detail goes to the log only.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace gongkai
