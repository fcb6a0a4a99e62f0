#include "workflow/demo_publications.h"

#include <nlohmann/json.hpp>

#include <fstream>

#include "core/civil_date.h"
#include "core/errors.h"
#include "workflow/publication_channel.h"
#include "workflow/workflow_repository.h"

namespace gongkai::workflow {
namespace {

nlohmann::json read_json(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw InvalidInput("无法读取演示数据文件：" + file.string());
  try {
    return nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw InvalidInput("演示数据文件格式错误：" + file.string() + "（" + e.what() + "）");
  }
}

void add_event(store::Connection& connection, const audit::Actor& actor, int64_t item_id, EventKind kind,
               const std::string& on_date, const std::string& data_json = "") {
  ItemEvent event;
  event.item_id = item_id;
  event.kind = kind;
  event.at = on_date + "T09:00:00+08:00";
  event.on_date = on_date;
  event.actor = actor.name;
  event.data_json = data_json;
  detail::insert_event(connection, event);
}

// The history an item in its demo state would have; returns the number of events.
int64_t add_history(store::Connection& connection, const audit::Actor& actor, const detail::ItemRow& item) {
  add_event(connection, actor, item.id, EventKind::kDrafted, item.written_date);
  if (item.status != "published") return 1;
  add_event(connection, actor, item.id, EventKind::kSubmitted, item.written_date);
  add_event(connection, actor, item.id, EventKind::kReviewPassed, item.published_date);
  add_event(connection, actor, item.id, EventKind::kApproved, item.published_date);
  add_event(connection, actor, item.id, EventKind::kPublished, item.published_date,
            nlohmann::json{{"date", item.published_date}}.dump());
  return 5;
}

std::string text(const nlohmann::json& entry, const char* name) {
  return entry.contains(name) && entry[name].is_string() ? entry[name].get<std::string>() : "";
}

}  // namespace

DemoPublications load_demo_publications(store::Connection& connection, const audit::Actor& actor,
                                        const std::filesystem::path& channels_file,
                                        const std::map<std::string, int64_t>& ids_by_key) {
  DemoPublications loaded;
  for (const auto& [key, id] : ids_by_key) {
    const auto item = detail::find_item_row(connection, id);
    if (!item) throw InvalidInput("演示信息不存在：" + key);
    loaded.events += add_history(connection, actor, *item);
  }
  const auto doc = read_json(channels_file);
  for (const auto& entry : doc.value("publications", nlohmann::json::array())) {
    const std::string key = text(entry, "item");
    const auto id = ids_by_key.find(key);
    if (id == ids_by_key.end()) throw InvalidInput("channels.json引用的信息不存在：" + key);
    const auto item = detail::find_item_row(connection, id->second);
    if (item->status != "published") throw InvalidInput("channels.json引用的信息未发布：" + key);
    const auto channel = find_channel(text(entry, "channel"));
    if (!channel || channel->is_portal) throw InvalidInput("channels.json的发布渠道无效：" + text(entry, "channel"));
    const std::string date = text(entry, "date");
    if (!parse_date(date) || date < item->written_date) throw InvalidInput("channels.json的日期无效：" + key + " " + date);
    detail::ChannelRow row{0, id->second, std::string(channel->key), text(entry, "outlet"), date,
                           text(entry, "reference"), actor.name, date + "T17:00:00+08:00"};
    const int64_t channel_id = detail::insert_channel(connection, row);
    add_event(connection, actor, id->second, EventKind::kChannelRecorded, date,
              nlohmann::json{{"channel_id", channel_id}, {"channel", row.channel}, {"outlet", row.outlet},
                             {"date", date}, {"reference", row.reference}}
                  .dump());
    ++loaded.events;
    ++loaded.channels;
  }
  audit::record(connection, actor,
                {"demo.publications", "item_events", "", "",
                 nlohmann::json{{"events", loaded.events}, {"channels", loaded.channels}}.dump()});
  return loaded;
}

}  // namespace gongkai::workflow
