// The search index end to end: what the public search page relies on.
#include "search/search_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include <xapian.h>

#include "core/errors.h"
#include "temp_dir.h"
#include "test_segmenter.h"

namespace gongkai::search {
namespace {

using gongkai::testing::shared_segmenter;
using gongkai::testing::TempDir;

SearchDocument doc(int64_t id, int64_t agency, std::string title, std::string body,
                   std::string category, int y, int m, int d) {
  SearchDocument out;
  out.item_id = id;
  out.agency_id = agency;
  out.title = std::move(title);
  out.body = std::move(body);
  out.category_code = std::move(category);
  out.year = y;
  out.published = CivilDate{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                            std::chrono::day{static_cast<unsigned>(d)}};
  return out;
}

std::vector<SearchDocument> corpus() {
  return {
      doc(1, 1, "临时救助工作通知", "各县区做好临时救助工作。", "tzgg", 2017, 5, 10),
      doc(2, 1, "养老服务工作通知", "各县区做好养老服务工作，统筹临时救助。", "tzgg", 2017, 6, 1),
      doc(3, 1, "2016年低保资金公示", "城市低保累计支出资金14556万元。救助对象按时足额领取。<b>重要</b>",
          "zdly", 2016, 12, 20),
      doc(4, 2, "社会组织登记公告", "依法登记注册社会组织17家。民办非企业单位8家。", "zdly", 2017, 9, 1),
      doc(5, 1, "古尔邦节慰问", "开斋节和古尔邦节期间向低保户发放困难补助。落实社会救助。", "gzdt", 2017, 9, 5),
  };
}

std::vector<int64_t> ids(const SearchResults& results) {
  std::vector<int64_t> out;
  for (const auto& hit : results.hits) out.push_back(hit.item_id);
  return out;
}

class SearchIndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    index_ = std::make_unique<SearchIndex>(dir_.path() / "index", shared_segmenter());
    for (const auto& d : corpus()) index_->put(d);
    index_->commit();
    reader_ = std::make_unique<SearchReader>(dir_.path() / "index", shared_segmenter());
  }

  SearchResults search(const std::string& text) {
    SearchQuery q;
    q.text = text;
    return reader_->search(q);
  }

  TempDir dir_;
  std::unique_ptr<SearchIndex> index_;
  std::unique_ptr<SearchReader> reader_;
};

TEST_F(SearchIndexTest, TitleAndBodyBeatBodyOnce) {
  SearchResults r = search("临时救助");
  EXPECT_EQ(r.total, 2);
  EXPECT_EQ(ids(r), (std::vector<int64_t>{1, 2}));
  EXPECT_GT(r.hits[0].score, r.hits[1].score);
}

TEST_F(SearchIndexTest, WordsAreFoundInsideLongerWords) {
  // 低保 is inside 低保户 (item 5); 救助 inside 临时救助 (items 1 and 2),
  // 救助对象 (item 3) and 社会救助 (item 5).
  EXPECT_EQ(search("低保").total, 2);
  SearchResults r = search("救助");
  EXPECT_EQ(r.total, 4);
}

TEST(SearchWordsTest, CharactersAcrossTwoWordsMatchOnlyWhenNoDocumentHoldsTheWord) {
  // 最低|保障 holds the characters 低保 across two words, which means
  // something else; 低保资金 holds the word.
  TempDir dir;
  SearchIndex index(dir.path() / "index", shared_segmenter());
  index.put(doc(1, 1, "提高最低保障标准", "", "tzgg", 2017, 5, 10));
  index.put(doc(2, 1, "低保资金发放", "", "tzgg", 2017, 5, 11));
  index.commit();
  SearchReader reader(dir.path() / "index", shared_segmenter());
  SearchQuery q;
  q.text = "低保";
  SearchResults r = reader.search(q);
  EXPECT_EQ(r.total, 1);
  EXPECT_EQ(ids(r), std::vector<int64_t>{2});
  // With no document holding the word, the characters are still found.
  index.remove(2);
  index.commit();
  r = reader.search(q);
  EXPECT_EQ(r.total, 1);
  EXPECT_EQ(ids(r), std::vector<int64_t>{1});
  EXPECT_EQ(r.hits[0].title_html, "提高最<mark>低保</mark>障标准");
}

TEST_F(SearchIndexTest, QuotedPhraseNeedsAdjacentWords) {
  EXPECT_EQ(ids(search("\"救助工作\"")), std::vector<int64_t>{1});
  SearchResults loose = search("救助 工作");
  std::vector<int64_t> found = ids(loose);
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<int64_t>{1, 2}));
}

TEST_F(SearchIndexTest, FiltersByYearCategoryAndAgency) {
  SearchQuery q;
  q.text = "低保";
  q.year = 2016;
  EXPECT_EQ(ids(reader_->search(q)), std::vector<int64_t>{3});
  q.year.reset();
  q.category_code = "gzdt";
  EXPECT_EQ(ids(reader_->search(q)), std::vector<int64_t>{5});
  q = SearchQuery{};
  q.text = "社会组织";
  q.agency_id = 2;
  EXPECT_EQ(ids(reader_->search(q)), std::vector<int64_t>{4});
  q.agency_id = 1;
  EXPECT_EQ(reader_->search(q).total, 0);
}

TEST_F(SearchIndexTest, FacetsCountEveryMatch) {
  SearchQuery q;
  q.text = "救助";
  q.per_page = 1;
  SearchResults r = reader_->search(q);
  EXPECT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.by_category, (std::map<std::string, int64_t>{{"gzdt", 1}, {"tzgg", 2}, {"zdly", 1}}));
  EXPECT_EQ(r.by_year, (std::map<int, int64_t>{{2016, 1}, {2017, 3}}));
}

TEST_F(SearchIndexTest, PagesPartitionTheResults) {
  SearchQuery q;
  q.text = "救助";
  q.per_page = 3;
  std::vector<int64_t> seen;
  for (int page = 1; page <= 3; ++page) {
    q.page = page;
    SearchResults r = reader_->search(q);
    EXPECT_EQ(r.total, 4);
    EXPECT_EQ(r.hits.size(), page == 1 ? 3u : page == 2 ? 1u : 0u);
    for (const auto& hit : r.hits) seen.push_back(hit.item_id);
  }
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(seen, (std::vector<int64_t>{1, 2, 3, 5}));
  q.per_page = 101;
  EXPECT_THROW(reader_->search(q), InvalidInput);
  q.per_page = 10;
  q.page = 0;
  EXPECT_THROW(reader_->search(q), InvalidInput);
}

TEST_F(SearchIndexTest, NewestFirstOrdersByPublicationDate) {
  SearchQuery q;
  q.text = "救助";
  q.order = SearchOrder::kNewest;
  EXPECT_EQ(ids(reader_->search(q)), (std::vector<int64_t>{5, 2, 1, 3}));
}

TEST_F(SearchIndexTest, SnippetsAndTitlesAreEscapedAndMarked) {
  SearchResults r = search("重要");
  ASSERT_EQ(ids(r), std::vector<int64_t>{3});
  EXPECT_EQ(r.hits[0].snippet_html,
            "城市低保累计支出资金14556万元。救助对象按时足额领取。&lt;b&gt;<mark>重要</mark>&lt;/b&gt;");
  EXPECT_EQ(r.hits[0].title_html, "2016年低保资金公示");
  r = search("低保资金");
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ(r.hits[0].title_html, "2016年<mark>低保资金</mark>公示");
}

TEST_F(SearchIndexTest, MarkupAndOperatorsInQueriesAreLiteral) {
  EXPECT_EQ(search("<script>").total, 0);
  EXPECT_EQ(search("' OR 1=1 --").total, 0);
  EXPECT_THROW(search("，。！？……"), InvalidInput);
  EXPECT_THROW(search(""), InvalidInput);
}

TEST_F(SearchIndexTest, UnknownSecondWordFallsBackToAnyWord) {
  EXPECT_EQ(ids(search("古尔邦节 火星")), std::vector<int64_t>{5});
}

TEST_F(SearchIndexTest, RemovedItemsAreNoLongerFound) {
  index_->remove(3);
  index_->commit();
  EXPECT_EQ(ids(search("低保")), std::vector<int64_t>{5});
  EXPECT_EQ(index_->document_count(), 4);
}

TEST_F(SearchIndexTest, PuttingAgainReplaces) {
  for (const auto& d : corpus()) index_->put(d);
  index_->commit();
  EXPECT_EQ(index_->document_count(), 5);
  EXPECT_EQ(search("救助").total, 4);
  SearchDocument changed = corpus()[0];
  changed.title = "医疗救助通知";
  changed.body = "医疗救助。";
  index_->put(changed);
  index_->commit();
  EXPECT_EQ(ids(search("临时救助")), std::vector<int64_t>{2});
}

TEST_F(SearchIndexTest, RemovingAnAbsentItemChangesNothing) {
  index_->remove(99);
  index_->commit();
  EXPECT_EQ(index_->document_count(), 5);
}

DocumentStream stream_of(const std::vector<SearchDocument>& documents) {
  return [documents](const std::function<void(const SearchDocument&)>& sink) {
    for (const auto& d : documents) sink(d);
  };
}

TEST_F(SearchIndexTest, RebuildReplacesTheWholeIndex) {
  std::vector<SearchDocument> now = {corpus()[1], corpus()[3]};
  now[0].title = "养老服务工作部署";
  EXPECT_EQ(index_->rebuild(stream_of(now), 17), 2);
  EXPECT_EQ(index_->document_count(), 2);
  EXPECT_EQ(index_->applied_sequence(), 17);
  EXPECT_EQ(ids(search("养老服务")), std::vector<int64_t>{2});
  EXPECT_EQ(search("部署").total, 1);
  EXPECT_EQ(search("低保").total, 0);  // items 3 and 5 are gone
}

// More documents than one flush, written on the second thread: every one of
// them is found, under its own id.
TEST_F(SearchIndexTest, RebuildWritesEveryDocumentOfALargeStream) {
  std::vector<SearchDocument> many;
  for (int64_t id = 1; id <= 1234; ++id) {
    many.push_back(doc(id, 1, "第" + std::to_string(id) + "号通知", id % 2 ? "临时救助。" : "养老服务。",
                       "tzgg", 2017, 5, 10));
  }
  EXPECT_EQ(index_->rebuild(stream_of(many), 3), 1234);
  EXPECT_EQ(index_->document_count(), 1234);
  EXPECT_EQ(search("临时救助").total, 617);
  EXPECT_EQ(search("养老服务").total, 617);
  EXPECT_EQ(ids(search("第1234号")), std::vector<int64_t>{1234});
}

// Beyond the 1,000 matches the matcher must examine, the total may be an
// estimate, and says so; a small result is counted exactly.
TEST_F(SearchIndexTest, ATotalSaysWhetherItIsExact) {
  EXPECT_TRUE(search("临时救助").total_exact);  // corpus(): 2 matches
  std::vector<SearchDocument> many;
  for (int64_t id = 1; id <= 6000; ++id) {
    std::string body = id % 2 ? "养老服务。" : "临时救助。";  // 3,000 with 临时救助
    if (id % 3 != 0) body += "低保资金发放。";              // of which 2,000 with 低保
    many.push_back(doc(id, 1, "第" + std::to_string(id) + "号通知", body, "tzgg", 2017, 5, 10));
  }
  index_->rebuild(stream_of(many), 3);
  const SearchResults r = search("临时救助 低保");
  EXPECT_FALSE(r.total_exact);
  EXPECT_GE(r.total, 1000);  // at least what was examined
  EXPECT_LE(r.total, 3000);  // at most the rarer word's documents
  EXPECT_TRUE(search("第1234号").total_exact);
}

// A reader open on an index with many revisions sees the rebuilt index (whose
// revisions start again) at its next search, not the old one.
TEST_F(SearchIndexTest, AnOpenReaderSeesTheRebuiltIndex) {
  for (int round = 0; round < 6; ++round) {
    index_->put(corpus()[round % 5]);
    index_->commit();
    EXPECT_EQ(search("低保").total, 2);
  }
  EXPECT_EQ(index_->rebuild(stream_of({corpus()[0]}), 5), 1);
  EXPECT_EQ(search("低保").total, 0);
  EXPECT_EQ(ids(search("临时救助")), std::vector<int64_t>{1});
}

TEST_F(SearchIndexTest, RebuildStoppedByABadDocumentLeavesTheIndexAsItWas) {
  index_->set_applied_sequence(9);
  index_->commit();
  std::vector<SearchDocument> bad = {corpus()[0], corpus()[1]};
  bad[1].item_id = 0;
  EXPECT_THROW(index_->rebuild(stream_of(bad), 12), InvalidInput);
  EXPECT_EQ(index_->applied_sequence(), 9);
  EXPECT_EQ(index_->document_count(), 5);
  EXPECT_EQ(search("低保").total, 2);
  EXPECT_FALSE(std::filesystem::exists(dir_.path() / "index.rebuild"));
}

// Readers search the old index, whole, while the new one is being built.
TEST_F(SearchIndexTest, ReadersSeeTheWholeOldIndexDuringARebuild) {
  std::vector<int64_t> seen;
  index_->rebuild(
      [&](const std::function<void(const SearchDocument&)>& sink) {
        for (const auto& d : corpus()) {
          seen.push_back(search("低保").total);
          if (d.item_id != 3) sink(d);
        }
      },
      8);
  EXPECT_EQ(seen, std::vector<int64_t>(5, 2));
  EXPECT_EQ(ids(search("低保")), std::vector<int64_t>{5});  // item 3 is gone after the swap
}

// Two rebuilds of the same size have the same Xapian revision; the reader
// must still see the second (it notices the new directory, not the revision).
TEST_F(SearchIndexTest, AReaderSeesEachOfTwoRebuildsOfTheSameSize) {
  index_->rebuild(stream_of({corpus()[0]}), 1);
  EXPECT_EQ(ids(search("救助")), std::vector<int64_t>{1});
  index_->rebuild(stream_of({corpus()[4]}), 2);
  EXPECT_EQ(ids(search("救助")), std::vector<int64_t>{5});
}

TEST_F(SearchIndexTest, AppliedSequenceSurvivesReopening) {
  EXPECT_EQ(index_->applied_sequence(), 0);
  index_->set_applied_sequence(42);
  index_->commit();
  index_.reset();
  SearchIndex reopened(dir_.path() / "index", shared_segmenter());
  EXPECT_EQ(reopened.applied_sequence(), 42);
}

// An index written with Xapian-assigned docids (gongkai before the "layout"
// metadata) keeps answering readers, refuses changes one by one, and has its
// applied sequence back at 0 so that the follower rebuilds it.
TEST(SearchIndexLayoutTest, AnIndexOfTheOlderLayoutServesUntilRebuilt) {
  TempDir dir;
  {
    Xapian::WritableDatabase old((dir.path() / "index").string(), Xapian::DB_CREATE);
    Xapian::Document d;
    d.add_term("低保");
    d.add_boolean_term("Q3");
    old.add_document(d);
    old.set_metadata("gongkai.applied_sequence", "42");
    old.commit();
  }
  {
    SearchIndex index(dir.path() / "index", shared_segmenter());
    EXPECT_EQ(index.document_count(), 1);
    EXPECT_EQ(index.applied_sequence(), 0);
    EXPECT_THROW(index.put(corpus()[2]), StoreError);
    EXPECT_THROW(index.remove(3), StoreError);
    EXPECT_EQ(index.rebuild(stream_of(corpus()), 6), 5);
    index.put(corpus()[2]);  // current now
    index.commit();
  }
  SearchIndex reopened(dir.path() / "index", shared_segmenter());
  EXPECT_EQ(reopened.document_count(), 5);
  EXPECT_EQ(reopened.applied_sequence(), 6);
}

// An index of layout 2 lacks the words inside longer words (低保 in 低保户),
// which queries now look for first: it too is rebuilt before it changes.
TEST(SearchIndexLayoutTest, AnIndexWithoutInnerWordsIsRebuiltToo) {
  TempDir dir;
  {
    Xapian::WritableDatabase old((dir.path() / "index").string(), Xapian::DB_CREATE);
    Xapian::Document d;
    d.add_term("低保户");
    old.replace_document(5, d);
    old.set_metadata("gongkai.layout", "2");
    old.set_metadata("gongkai.applied_sequence", "42");
    old.commit();
  }
  SearchIndex index(dir.path() / "index", shared_segmenter());
  EXPECT_EQ(index.applied_sequence(), 0);
  EXPECT_THROW(index.put(corpus()[4]), StoreError);
  EXPECT_EQ(index.rebuild(stream_of({corpus()[4]}), 43), 1);
  SearchReader reader(dir.path() / "index", shared_segmenter());
  SearchQuery q;
  q.text = "低保";
  EXPECT_EQ(ids(reader.search(q)), std::vector<int64_t>{5});
}

TEST(SearchReaderTest, MissingIndexFindsNothingUntilBuilt) {
  TempDir dir;
  SearchReader reader(dir.path() / "index", shared_segmenter());
  SearchQuery q;
  q.text = "低保";
  EXPECT_EQ(reader.search(q).total, 0);
  SearchIndex index(dir.path() / "index", shared_segmenter());
  index.put(corpus()[2]);
  index.commit();
  EXPECT_EQ(reader.search(q).total, 1);
}

}  // namespace
}  // namespace gongkai::search
