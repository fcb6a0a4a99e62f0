// Segmentation of sentences taken from the source document (the 2017 annual
// report of 吴忠市民政局): domain words stay whole, offsets point into the input.
#include "core/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "core/errors.h"
#include "test_segmenter.h"

namespace gongkai {
namespace {

using testing::shared_segmenter;

std::vector<std::string> texts(const std::vector<Token>& tokens, TokenKind kind) {
  std::vector<std::string> out;
  for (const Token& t : tokens) {
    if (t.kind == kind) out.push_back(t.text);
  }
  return out;
}

const Token* find(const std::vector<Token>& tokens, const std::string& text) {
  for (const Token& t : tokens) {
    if (t.text == text && t.kind != TokenKind::kBigram) return &t;
  }
  return nullptr;
}

TEST(Segmenter, KeepsFestivalsWholeWithByteOffsets) {
  // "此外，开斋节和古尔邦节期间累计向低保户发放困难补助"
  std::string text = "此外，开斋节和古尔邦节期间累计向低保户发放困难补助";
  auto words = shared_segmenter().words(text);
  const Token* festival = find(words, "古尔邦节");
  ASSERT_NE(festival, nullptr);
  // 此外 (6 bytes) + ， (3) + 开斋节 (9) + 和 (3) = 21
  EXPECT_EQ(festival->offset, 21u);
  EXPECT_EQ(festival->length, 12u);
  EXPECT_EQ(text.substr(festival->offset, festival->length), "古尔邦节");
  const Token* eid = find(words, "开斋节");
  ASSERT_NE(eid, nullptr);
  EXPECT_EQ(eid->offset, 9u);
}

TEST(Segmenter, KeepsDibaoWhole) {
  std::string text = "城市低保累计保障对象398090人次";
  auto words = shared_segmenter().words(text);
  const Token* dibao = find(words, "低保");
  ASSERT_NE(dibao, nullptr);
  EXPECT_EQ(dibao->offset, 6u);
  EXPECT_EQ(dibao->length, 6u);
  EXPECT_EQ(dibao->kind, TokenKind::kWord);
}

TEST(Segmenter, KeepsPlaceNamesWhole) {
  std::string text = "宁夏吴忠市利通区明珠西路23号";
  auto words = shared_segmenter().words(text);
  std::vector<std::string> expected = {"宁夏", "吴忠市", "利通区", "明珠西路", "23", "号"};
  std::vector<std::string> actual;
  for (const Token& t : words) actual.push_back(t.text);
  EXPECT_EQ(actual, expected);
  const Token* city = find(words, "吴忠市");
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(city->offset, 6u);
  const Token* number = find(words, "23");
  ASSERT_NE(number, nullptr);
  EXPECT_EQ(number->kind, TokenKind::kLatin);
  EXPECT_EQ(number->offset, 36u);  // 宁夏吴忠市利通区明珠西路: 12 characters × 3 bytes
  EXPECT_EQ(number->length, 2u);
}

TEST(Segmenter, KeepsAssistanceWordsWhole) {
  std::string text = "按季度公开困难群众临时救助、医疗救助信息";
  auto words = texts(shared_segmenter().words(text), TokenKind::kWord);
  EXPECT_NE(std::find(words.begin(), words.end(), "临时救助"), words.end());
  EXPECT_NE(std::find(words.begin(), words.end(), "医疗救助"), words.end());
  // "救助" alone: from 社会救助政策、救助流程
  auto alone = texts(shared_segmenter().words("社会救助政策、救助流程"), TokenKind::kWord);
  EXPECT_NE(std::find(alone.begin(), alone.end(), "救助"), alone.end());
  EXPECT_NE(std::find(alone.begin(), alone.end(), "社会救助"), alone.end());
}

TEST(Segmenter, LatinRunsAreTokensOfTheirOwn) {
  std::string text = "电子邮箱：wzsmzjbgswf@163.com";
  auto latin = texts(shared_segmenter().words(text), TokenKind::kLatin);
  EXPECT_EQ(latin, (std::vector<std::string>{"wzsmzjbgswf", "163", "com"}));
  auto tokens = shared_segmenter().words("2017年");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].text, "2017");
  EXPECT_EQ(tokens[0].kind, TokenKind::kLatin);
  EXPECT_EQ(tokens[1].text, "年");
  EXPECT_EQ(tokens[1].offset, 4u);
}

TEST(Segmenter, EmptyAndPunctuationGiveNoTokens) {
  EXPECT_TRUE(shared_segmenter().words("").empty());
  EXPECT_TRUE(shared_segmenter().index_terms("").empty());
  EXPECT_TRUE(shared_segmenter().words("，。！？、 ——").empty());
}

TEST(Segmenter, IndexTermsAddBigramsForEveryHanRun) {
  // 吴忠民政 (one run of 4) → bigrams 吴忠 忠民 民政; 2017 has none; 年 alone has none.
  auto terms = shared_segmenter().index_terms("吴忠民政 2017 年");
  auto bigrams = texts(terms, TokenKind::kBigram);
  EXPECT_EQ(bigrams, (std::vector<std::string>{"吴忠", "忠民", "民政"}));
  for (const Token& t : terms) {
    if (t.kind == TokenKind::kBigram && t.text == "忠民") {
      EXPECT_EQ(t.offset, 3u);
      EXPECT_EQ(t.length, 6u);
    }
  }
  EXPECT_EQ(texts(terms, TokenKind::kLatin), std::vector<std::string>{"2017"});
  // words() never has bigrams
  EXPECT_TRUE(texts(shared_segmenter().words("吴忠民政"), TokenKind::kBigram).empty());
}

TEST(Segmenter, IndexTermsAddTheDictionaryWordsInsideLongerWords) {
  // 低保户 is one word; 低保 and 保户 inside it are words too, at their offsets.
  auto terms = shared_segmenter().index_terms("向低保户发放");
  EXPECT_EQ(texts(terms, TokenKind::kWord), (std::vector<std::string>{"向", "低保户", "发放"}));
  EXPECT_EQ(texts(terms, TokenKind::kInner), (std::vector<std::string>{"低保", "保户"}));
  for (const Token& t : terms) {
    if (t.kind == TokenKind::kInner && t.text == "低保") EXPECT_EQ(t.offset, 3u);
  }
  // Two separate words are not searched for words across them: 最低|保障 gives no 低保.
  EXPECT_TRUE(texts(shared_segmenter().index_terms("最低保障"), TokenKind::kInner).empty());
  // words() is what a query is made of: never inner words.
  EXPECT_TRUE(texts(shared_segmenter().words("向低保户发放"), TokenKind::kInner).empty());
}

TEST(Segmenter, EveryHanCharacterIsCoveredByAWord) {
  std::string text = "〇二〇一七";  // 〇 is no dictionary word
  auto words = shared_segmenter().words(text);
  std::string joined;
  for (const Token& t : words) joined += text.substr(t.offset, t.length);
  EXPECT_EQ(joined, text);
}

TEST(Segmenter, ARepeatedRunGivesTheSameWordsAtItsOwnOffsets) {
  // The second 古尔邦节期间 is the same Han run as the first (answered from
  // the segmenter's cache); its words sit 古尔邦节期间 (18 bytes) + ， (3) later.
  std::string text = "古尔邦节期间，古尔邦节期间";
  auto words = shared_segmenter().words(text);
  ASSERT_EQ(words.size() % 2, 0u);
  size_t half = words.size() / 2;
  ASSERT_GE(half, 2u);
  EXPECT_EQ(words[0].text, "古尔邦节");
  EXPECT_EQ(words[0].offset, 0u);
  EXPECT_EQ(words[half].text, "古尔邦节");
  EXPECT_EQ(words[half].offset, 21u);
  for (size_t i = 0; i < half; ++i) {
    EXPECT_EQ(words[half + i].text, words[i].text);
    EXPECT_EQ(words[half + i].offset, words[i].offset + 21);
    EXPECT_EQ(words[half + i].length, words[i].length);
  }
  // And the same text segmented again gives the same tokens.
  auto again = shared_segmenter().words(text);
  ASSERT_EQ(again.size(), words.size());
  for (size_t i = 0; i < words.size(); ++i) EXPECT_EQ(again[i].offset, words[i].offset);
}

TEST(Segmenter, ConcurrentCallsGiveTheSameTokens) {
  std::string text = "充分利用政府门户网站、吴忠日报、吴忠电视台等新闻媒体宣传报道我局重点亮点工作";
  auto expected = shared_segmenter().index_terms(text);
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        auto tokens = shared_segmenter().index_terms(text);
        bool same = tokens.size() == expected.size();
        for (size_t k = 0; same && k < tokens.size(); ++k) {
          same = tokens[k].text == expected[k].text && tokens[k].offset == expected[k].offset;
        }
        if (!same) ++mismatches[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(mismatches, (std::vector<int>{0, 0, 0, 0}));
}

TEST(Segmenter, MissingLexiconIsInvalidInput) {
  SegmenterConfig config = Segmenter::default_config(GONGKAI_SOURCE_DIR);
  config.extra_lexicons.push_back("/nonexistent/words.lex");
  EXPECT_THROW(Segmenter{config}, InvalidInput);
  config = Segmenter::default_config("/nonexistent");
  EXPECT_THROW(Segmenter{config}, InvalidInput);
}

}  // namespace
}  // namespace gongkai
