#include "app/app.h"

#include <cstdlib>

#include <spdlog/spdlog.h>

#include "catalog/catalog_queries.h"
#include "core/errors.h"
#include "org/agency_repository.h"
#include "search/index_follower.h"

#ifndef GONGKAI_DATA_DIR
#define GONGKAI_DATA_DIR "."
#endif

namespace gongkai::app {
namespace {

bool is_postgres_url(const std::string& url) {
  return url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0;
}

std::filesystem::path derive_search_dir(const AppConfig& config) {
  if (!config.search_dir.empty()) return config.search_dir;
  if (is_postgres_url(config.database_url)) return "var/search";
  return std::filesystem::path(config.database_url + ".search");
}

std::filesystem::path derive_key_file(const AppConfig& config) {
  if (!config.key_file.empty()) return config.key_file;
  if (is_postgres_url(config.database_url)) return "var/gongkai.key";
  return std::filesystem::path(config.database_url + ".key");
}

}  // namespace

std::filesystem::path default_data_dir() {
  if (const char* dir = std::getenv("GONGKAI_DATA_DIR"); dir != nullptr && *dir != '\0') return dir;
  return GONGKAI_DATA_DIR;
}

App::App(AppConfig config) : config_(std::move(config)) {
  if (config_.data_dir.empty()) config_.data_dir = default_data_dir();
  database_ = store::Database::open(config_.database_url);
  if (config_.migrate) database_->migrate();
  templates_ = render::TemplateSet::load(config_.data_dir / "templates");
  calendar_ = WorkingDayCalendar::load(config_.data_dir / "data" / "holidays");
  search_dir_ = derive_search_dir(config_);
  const auto key_file = derive_key_file(config_);
  if (requests::IdentitySeal::create_key_file(key_file)) {
    spdlog::warn("created a new key for applicants' ID numbers: {} (keep it with the backups)", key_file.string());
  }
  seal_ = std::make_unique<requests::IdentitySeal>(requests::IdentitySeal::from_key_file(key_file));
}

App::~App() {
  if (search_loader_.joinable()) search_loader_.join();
}

void App::load_search() {
  std::call_once(search_loaded_, [this] {
    segmenter_ = std::make_unique<Segmenter>(Segmenter::default_config(config_.data_dir));
    if (search_dir_.has_parent_path()) std::filesystem::create_directories(search_dir_.parent_path());
    std::lock_guard lock(writer_mutex_);
    writer_ = std::make_unique<search::SearchIndex>(search_dir_, *segmenter_);
  });
}

void App::start_search_in_background() {
  if (search_loader_.joinable()) return;
  search_loader_ = std::thread([this] {
    try {
      sync_search();
    } catch (const std::exception&) {
      // The next search request retries and reports the error to its caller.
    }
  });
}

const Segmenter& App::segmenter() {
  load_search();
  return *segmenter_;
}

org::Agency App::portal_agency() {
  auto connection = database_->lease();
  if (!config_.agency.empty()) return org::require_agency(*connection, config_.agency);
  const auto agencies = org::list_agencies(*connection);
  if (agencies.empty()) throw NotFound("尚未创建任何机关");
  return agencies.front();
}

std::vector<std::pair<int, int64_t>> App::public_item_years(int64_t agency_id) {
  auto connection = database_->lease();
  const int64_t version = catalog::catalog_version(*connection);
  const CivilDate day = today();
  {
    std::lock_guard lock(years_mutex_);
    const auto it = years_by_agency_.find(agency_id);
    if (it != years_by_agency_.end() && it->second.version == version && it->second.day == day) {
      return it->second.years;
    }
  }
  auto years = catalog::public_item_years(*connection, agency_id, day);
  std::lock_guard lock(years_mutex_);
  years_by_agency_[agency_id] = YearsMemo{version, day, years};
  return years;
}

search::SearchResults App::search(const search::SearchQuery& query) {
  load_search();
  std::unique_ptr<search::SearchReader> reader;
  {
    std::lock_guard lock(readers_mutex_);
    if (!idle_readers_.empty()) {
      reader = std::move(idle_readers_.back());
      idle_readers_.pop_back();
    }
  }
  if (!reader) reader = std::make_unique<search::SearchReader>(search_dir_, *segmenter_);
  auto results = reader->search(query);  // on an exception the reader is dropped, not pooled
  std::lock_guard lock(readers_mutex_);
  idle_readers_.push_back(std::move(reader));
  return results;
}

int64_t App::sync_search() {
  load_search();
  std::lock_guard lock(writer_mutex_);
  return sync_search_locked();
}

int64_t App::sync_search_locked() {
  auto connection = database_->lease();
  const CivilDate today = this->today();
  if (writer_->applied_sequence() == 0 && search::newest_change(*connection) > 0) {
    return rebuild_search_locked(*connection, today);
  }
  const search::DocumentSource source = [today](store::Connection& c, int64_t id) {
    return catalog::search_document(c, id, today);
  };
  int64_t applied = search::follow_changes(*connection, *writer_, source);
  // Items dated after they were entered become public on their 发布日期 without
  // any change row: index those whose day has come since the last sync.
  if (last_sync_date_ && *last_sync_date_ < today) {
    for (const auto& row : connection->query(
             "SELECT id FROM items WHERE published_date > ? AND published_date <= ?",
             {format_date(*last_sync_date_), format_date(today)})) {
      if (auto document = source(*connection, row.integer(0))) writer_->put(*document);
    }
    writer_->commit();
  }
  last_sync_date_ = today;
  return applied;
}

int64_t App::rebuild_search() {
  load_search();
  std::lock_guard lock(writer_mutex_);
  auto connection = database_->lease();
  return rebuild_search_locked(*connection, today());
}

int64_t App::rebuild_search_locked(store::Connection& connection, CivilDate today) {
  const int64_t count = search::reindex(
      connection, *writer_,
      [today](store::Connection& c, const std::function<void(const search::SearchDocument&)>& sink) {
        catalog::for_each_search_document(c, today, sink);
      });
  last_sync_date_ = today;
  return count;
}

}  // namespace gongkai::app
