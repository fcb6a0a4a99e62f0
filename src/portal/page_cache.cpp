#include "portal/page_cache.h"

#include "portal/request_params.h"

namespace gongkai::portal {

namespace {

constexpr size_t kMaxCachedTarget = 512;

}  // namespace

PageCache::PageCache(std::chrono::milliseconds ttl, size_t capacity) : ttl_(ttl), capacity_(capacity) {}

std::optional<web::Response> PageCache::find(const std::string& key, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto found = entries_.find(key);
  if (found == entries_.end()) return std::nullopt;
  if (found->second.expires <= now) {
    entries_.erase(found);
    return std::nullopt;
  }
  return found->second.response;
}

void PageCache::put(const std::string& key, const web::Response& response, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  if (entries_.size() >= capacity_ && entries_.find(key) == entries_.end()) drop_expired(now);
  if (entries_.size() >= capacity_ && entries_.find(key) == entries_.end()) return;
  entries_.insert_or_assign(key, Entry{response, now + ttl_});
}

size_t PageCache::size() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

void PageCache::drop_expired(Clock::time_point now) {
  for (auto it = entries_.begin(); it != entries_.end();) {
    it = it->second.expires <= now ? entries_.erase(it) : std::next(it);
  }
}

web::Handler cached(std::shared_ptr<PageCache> cache, web::Handler handler) {
  return [cache = std::move(cache), handler = std::move(handler)](const web::Request& request,
                                                                  const web::PathParams& params) {
    if (request.target.size() > kMaxCachedTarget) return handler(request, params);
    std::string key = (large_text_mode(request) ? "L " : "S ") + request.target;
    if (auto hit = cache->find(key, PageCache::Clock::now())) return *hit;
    web::Response response = handler(request, params);
    if (response.status == 200) cache->put(key, response, PageCache::Clock::now());
    return response;
  };
}

}  // namespace gongkai::portal
