#include "search/query_builder.h"

#include <gtest/gtest.h>

#include "core/errors.h"
#include "test_segmenter.h"

namespace gongkai::search {
namespace {

using gongkai::testing::shared_segmenter;

TEST(QueryBuilder, TwoWordsAreTwoParts) {
  BuiltQuery q = build_query("低保 救助", shared_segmenter());
  EXPECT_EQ(q.parts, 2u);
  EXPECT_EQ(q.highlights, (std::vector<std::string>{"低保", "救助"}));
  // First each word as a word (whole, or inside a longer word).
  EXPECT_TRUE(q.words_differ);
  EXPECT_EQ(q.words.get_description(), "Query((低保 AND 救助))");
  // Then through its bigram (every document holding the word holds the
  // bigram); the word itself adds weight where it is whole.
  EXPECT_EQ(q.all.get_description(),
            "Query(((B低保 AND_MAYBE 低保) AND (B救助 AND_MAYBE 救助)))");
  EXPECT_EQ(q.any.get_description(),
            "Query(((B低保 AND_MAYBE 低保) OR (B救助 AND_MAYBE 救助)))");
}

TEST(QueryBuilder, LongerWordAlsoMatchesThroughAllItsBigrams) {
  BuiltQuery q = build_query("古尔邦节", shared_segmenter());
  EXPECT_EQ(q.words.get_description(), "Query(古尔邦节)");
  EXPECT_EQ(q.all.get_description(), "Query(((B古尔 AND B尔邦 AND B邦节) AND_MAYBE 古尔邦节))");
}

TEST(QueryBuilder, UnknownRunIsAPhraseOfBigrams) {
  // 晓林 and 马晓林 are in no dictionary: three single characters, one unit.
  BuiltQuery q = build_query("马晓林", shared_segmenter());
  EXPECT_EQ(q.highlights, std::vector<std::string>{"马晓林"});
  EXPECT_EQ(q.all.get_description(), "Query((B马晓 PHRASE 2 B晓林))");
  EXPECT_FALSE(q.words_differ);  // no dictionary word: nothing to try first
}

TEST(QueryBuilder, OperatorsAndMarkupAreLiteral) {
  BuiltQuery q = build_query("<script>alert(1)</script> OR 1=1", shared_segmenter());
  EXPECT_EQ(q.highlights, (std::vector<std::string>{"script", "alert", "1", "or"}));
  EXPECT_EQ(q.parts, 4u);  // "script" and "1" twice are deduplicated
}

TEST(QueryBuilder, QuotedTextIsAPhraseOfBigrams) {
  BuiltQuery q = build_query("\"临时救助\"", shared_segmenter());
  EXPECT_EQ(q.parts, 1u);
  EXPECT_EQ(q.all.get_description(), "Query((B临时 PHRASE 3 B时救 PHRASE 3 B救助))");
  EXPECT_FALSE(q.words_differ);
}

TEST(QueryBuilder, RejectsEmptyLongAndPunctuationOnly) {
  EXPECT_THROW(build_query("   ", shared_segmenter()), InvalidInput);
  EXPECT_THROW(build_query("，。！？", shared_segmenter()), InvalidInput);
  std::string two_hundred;
  for (int i = 0; i < 100; ++i) two_hundred += "低保";
  EXPECT_NO_THROW(build_query(two_hundred, shared_segmenter()));
  EXPECT_THROW(build_query(two_hundred + "a", shared_segmenter()), InvalidInput);
}

}  // namespace
}  // namespace gongkai::search
