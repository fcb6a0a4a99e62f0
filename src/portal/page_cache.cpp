#include "portal/page_cache.h"

#include "portal/request_params.h"

namespace gongkai::portal {

namespace {

constexpr size_t kMaxCachedTarget = 512;
// How long past its expiry a page may still be served while another request
// renders its replacement.
constexpr auto kMaxStale = std::chrono::seconds(5);

}  // namespace

PageCache::PageCache(std::chrono::milliseconds ttl, size_t capacity, size_t max_bytes)
    : ttl_(ttl), capacity_(capacity), max_bytes_(max_bytes) {}

std::optional<web::Response> PageCache::find(const std::string& key, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto found = entries_.find(key);
  if (found == entries_.end()) return std::nullopt;
  Entry& entry = found->second;
  if (entry.expires > now) return entry.response;
  // Expired: one request renders the page again; the others meanwhile get
  // the previous copy, so an expiry never sends every worker to the store.
  if (entry.refreshing && now < entry.expires + kMaxStale) return entry.response;
  entry.refreshing = true;
  return std::nullopt;
}

void PageCache::abandon(const std::string& key) {
  std::lock_guard lock(mutex_);
  auto found = entries_.find(key);
  if (found == entries_.end()) return;
  bytes_ -= found->second.response.body.size();
  entries_.erase(found);
}

void PageCache::put(const std::string& key, const web::Response& response, Clock::time_point now) {
  size_t bytes = response.body.size();
  if (bytes > max_bytes_ / 16) return;
  std::lock_guard lock(mutex_);
  if (!has_room(key, bytes)) drop_expired(now);
  if (!has_room(key, bytes)) return;
  auto found = entries_.find(key);
  if (found != entries_.end()) {
    bytes_ -= found->second.response.body.size();
    entries_.erase(found);
  }
  entries_.emplace(key, Entry{response, now + ttl_});
  bytes_ += bytes;
}

bool PageCache::has_room(const std::string& key, size_t bytes) const {
  auto found = entries_.find(key);
  size_t replaced = found == entries_.end() ? 0 : found->second.response.body.size();
  size_t count = entries_.size() - (found == entries_.end() ? 0 : 1);
  return count < capacity_ && bytes_ - replaced + bytes <= max_bytes_;
}

size_t PageCache::size() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

void PageCache::drop_expired(Clock::time_point now) {
  for (auto it = entries_.begin(); it != entries_.end();) {
    if (it->second.expires > now) {
      ++it;
      continue;
    }
    bytes_ -= it->second.response.body.size();
    it = entries_.erase(it);
  }
}

web::Handler cached(std::shared_ptr<PageCache> cache, web::Handler handler) {
  return [cache = std::move(cache), handler = std::move(handler)](const web::Request& request,
                                                                  const web::PathParams& params) {
    if (request.target.size() > kMaxCachedTarget) return handler(request, params);
    std::string key = (large_text_mode(request) ? "L " : "S ") + request.target;
    if (auto hit = cache->find(key, PageCache::Clock::now())) return *hit;
    web::Response response;
    try {
      response = handler(request, params);
    } catch (...) {
      cache->abandon(key);  // e.g. the item is no longer public: never serve the old copy again
      throw;
    }
    if (response.status == 200) cache->put(key, response, PageCache::Clock::now());
    else cache->abandon(key);
    return response;
  };
}

}  // namespace gongkai::portal
