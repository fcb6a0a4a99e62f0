// gongkai/app/app.h
//
// The running application: the store, the templates, the working-day
// calendar, the segmenter and the search index, wired once at start and shared
// by every request thread. The portal, the API and the CLI reach the domain
// through it; it holds no request state.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/civil_date.h"
#include "core/segmenter.h"
#include "core/working_day_calendar.h"
#include "org/agency.h"
#include "render/templates.h"
#include "requests/request_services.h"
#include "search/search_index.h"
#include "store/database.h"

namespace gongkai::app {

struct AppConfig {
  std::string database_url;           // a SQLite path or postgresql://…
  std::filesystem::path data_dir;     // holds templates/, static/, data/
  std::filesystem::path search_dir;   // the Xapian index; "" = <db file>.search or var/search
  std::filesystem::path key_file;     // seals applicants' ID numbers; "" = <db file>.key or var/gongkai.key,
                                      // created with a new random key when absent
  std::string agency;                 // the portal's agency (short code); "" = the first
  std::string site_url = "http://127.0.0.1:8080";  // absolute links in the feed and sitemap
  bool migrate = true;                // apply pending migrations at start
};

// The default data directory: $GONGKAI_DATA_DIR, else the one compiled in.
std::filesystem::path default_data_dir();

class App {
 public:
  // Opens the store (applying migrations) and loads the templates and the
  // calendar. The segmenter and the search index are loaded on first use, or
  // in the background after start_search_in_background(): loading friso's
  // dictionaries takes longer than the rest of the start together.
  explicit App(AppConfig config);
  ~App();

  store::Database& database() { return *database_; }
  const render::TemplateSet& templates() const { return templates_; }
  const WorkingDayCalendar& calendar() const { return calendar_; }
  // The calendar and the ID-number seal, for the requests module.
  requests::RequestServices request_services() const { return {calendar_, *seal_}; }
  // Waits until the segmenter is loaded.
  const Segmenter& segmenter();
  const AppConfig& config() const { return config_; }

  // The portal's agency. Throws NotFound when the store has no agency yet.
  org::Agency portal_agency();

  // Today in China (the date public visibility is judged by).
  CivilDate today() const { return today_in_china(); }

  // The years of the agency's public items, newest first, with counts
  // (catalog::public_item_years), recomputed only when the catalogue has
  // changed or the day has turned: at a million items it is a full index scan.
  std::vector<std::pair<int, int64_t>> public_item_years(int64_t agency_id);

  // Loads the segmenter, opens the index and catches it up with the store on
  // another thread; search requests made meanwhile wait for it.
  void start_search_in_background();

  // Runs a query on a reader of this thread's choosing (readers are pooled).
  search::SearchResults search(const search::SearchQuery& query);

  // Applies pending search changes from the store; returns how many were
  // applied. An index that has applied none yet while the store has changes
  // (a new index, or one of an older layout, emptied when opened) is rebuilt
  // in one pass instead, which is much faster than replaying the whole log;
  // the number of documents is returned then.
  int64_t sync_search();
  // Rebuilds the index from the store; returns the number of documents.
  int64_t rebuild_search();

 private:
  AppConfig config_;
  std::unique_ptr<store::Database> database_;
  render::TemplateSet templates_;
  WorkingDayCalendar calendar_;
  std::unique_ptr<requests::IdentitySeal> seal_;
  std::unique_ptr<Segmenter> segmenter_;
  std::filesystem::path search_dir_;
  std::once_flag search_loaded_;
  std::thread search_loader_;
  std::mutex writer_mutex_;
  std::unique_ptr<search::SearchIndex> writer_;
  std::mutex readers_mutex_;
  std::vector<std::unique_ptr<search::SearchReader>> idle_readers_;
  std::optional<CivilDate> last_sync_date_;  // guarded by writer_mutex_

  struct YearsMemo {
    int64_t version = -1;
    CivilDate day;
    std::vector<std::pair<int, int64_t>> years;
  };
  std::mutex years_mutex_;
  std::map<int64_t, YearsMemo> years_by_agency_;

  void load_search();  // once: the segmenter and the index writer
  int64_t sync_search_locked();
  int64_t rebuild_search_locked(store::Connection& connection, CivilDate today);
};

}  // namespace gongkai::app
