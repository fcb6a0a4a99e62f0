// gongkai/portal/page_cache.h
//
// A micro-cache for the portal's public pages: a successful (200) response is
// kept for a short time (one second by default) and served again to the same
// target in the same text-size mode. Under load this turns N renders a second
// into one, while a change in the store shows within the time-to-live. When a
// page expires, one request renders it again while the others are served the
// previous copy (for at most five seconds past expiry); a render that fails or
// answers other than 200 drops the copy at once. Only
// anonymous, cookie-independent pages use it (the 大字版 cookie is part of the
// key); search, downloads and the /a11y switch never do.
//
// Thread-safe. Bounded: at most `capacity` entries and `max_bytes` of bodies
// (a body over a sixteenth of that is never stored); expired entries are
// dropped when a bound is reached, and nothing new is stored while it holds.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "web/http.h"
#include "web/router.h"

namespace gongkai::portal {

class PageCache {
 public:
  using Clock = std::chrono::steady_clock;

  PageCache(std::chrono::milliseconds ttl, size_t capacity, size_t max_bytes);

  std::optional<web::Response> find(const std::string& key, Clock::time_point now);
  void put(const std::string& key, const web::Response& response, Clock::time_point now);
  // Drops the copy of `key` (its page no longer answers 200).
  void abandon(const std::string& key);
  size_t size() const;

 private:
  struct Entry {
    web::Response response;
    Clock::time_point expires;
    bool refreshing = false;  // a request is rendering the expired page again
  };
  void drop_expired(Clock::time_point now);  // with mutex_ held

  const std::chrono::milliseconds ttl_;
  bool has_room(const std::string& key, size_t bytes) const;  // with mutex_ held

  const size_t capacity_;
  const size_t max_bytes_;
  size_t bytes_ = 0;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
};

// Wraps a GET handler so that its 200 responses are cached by target and
// text-size mode. Targets longer than 512 bytes are not cached.
web::Handler cached(std::shared_ptr<PageCache> cache, web::Handler handler);

}  // namespace gongkai::portal
