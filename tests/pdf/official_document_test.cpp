// Documents rendered and read back: text present, A4 pages, page numbers,
// page breaks where a reader expects them, the red letterhead, bad input.
#include "pdf/official_document.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "core/errors.h"
#include "pdf/pdf_probe_support.h"

namespace gongkai::pdf {
namespace {

using testing::PdfProbe;
using testing::run_together;

Paragraph para(BlockStyle style, std::string text) { return Paragraph{style, std::move(text)}; }

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

int count(const std::string& haystack, const std::string& needle) {
  int found = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++found;
  }
  return found;
}

Document reply_letter() {
  Document document;
  document.title = "政府信息公开申请答复书";
  document.author = "吴忠市民政局";
  document.blocks = {
      para(BlockStyle::kLetterhead, "吴忠市民政局"),
      para(BlockStyle::kTitle, "政府信息公开申请答复书"),
      para(BlockStyle::kPlain, "张*："),
      para(BlockStyle::kBody,
           "本机关于2017年3月1日收到您提出的政府信息公开申请，经审查，现答复如下。"),
      Table{{1.0, 2.0},
            {{TableCell{"事项", 1, 1, true}, TableCell{"内容", 1, 1, true}},
             {TableCell{"申请内容"}, TableCell{"城乡低保标准"}}},
            1},
      para(BlockStyle::kRight, "吴忠市民政局"),
      para(BlockStyle::kRight, "2017年3月8日"),
  };
  return document;
}

// n short lines of the given style: "第01行", "第02行", ...
Document numbered_lines(int n, BlockStyle style = BlockStyle::kPlain) {
  Document document;
  for (int i = 1; i <= n; ++i) {
    document.blocks.push_back(para(style, "第" + std::string(i < 10 ? "0" : "") +
                                               std::to_string(i) + "行"));
  }
  return document;
}

TEST(OfficialDocument, ReplyLetterShowsItsTextOnOneA4Page) {
  const PdfProbe probe(render_pdf(reply_letter()));
  const std::string text = probe.text();
  const std::string compact = run_together(text);
  for (const char* expected : {"政府信息公开申请答复书", "张*：", "事项", "内容", "申请内容",
                               "城乡低保标准", "2017年3月8日"}) {
    EXPECT_TRUE(contains(compact, expected)) << expected << "\n" << text;
  }
  EXPECT_TRUE(contains(compact,
                       "本机关于2017年3月1日收到您提出的政府信息公开申请，经审查，现答复如下。"))
      << text;
  EXPECT_EQ(count(compact, "吴忠市民政局"), 2) << text;  // letterhead and signature
  EXPECT_TRUE(contains(text, "- 1 -")) << text;
  const auto info = probe.info();
  EXPECT_EQ(info.at("Pages"), "1");
  EXPECT_EQ(info.at("Page size"), "595.276 x 841.89 pts (A4)");
  EXPECT_EQ(info.at("Title"), "政府信息公开申请答复书");
  EXPECT_EQ(info.at("Author"), "吴忠市民政局");
}

// GB/T 9704: 22 lines of 16pt text a page. 44 one-line paragraphs fill two
// pages exactly; the 45th starts a third.
TEST(OfficialDocument, PageHoldsTwentyTwoLinesOfText) {
  const PdfProbe two_pages(render_pdf(numbered_lines(44)));
  EXPECT_EQ(two_pages.info().at("Pages"), "2");
  const auto pages = two_pages.page_texts();
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_TRUE(contains(pages[0], "第22行"));
  EXPECT_FALSE(contains(pages[0], "第23行"));
  EXPECT_TRUE(contains(pages[1], "第23行"));
  EXPECT_TRUE(contains(pages[1], "第44行"));
  EXPECT_TRUE(contains(pages[0], "- 1 -"));
  EXPECT_TRUE(contains(pages[1], "- 2 -"));

  const PdfProbe three_pages(render_pdf(numbered_lines(45)));
  EXPECT_EQ(three_pages.info().at("Pages"), "3");
  EXPECT_TRUE(contains(three_pages.page_texts().at(2), "第45行"));
}

TEST(OfficialDocument, EveryPageRendersAsANonBlankImage) {
  const PdfProbe probe(render_pdf(numbered_lines(50)));
  EXPECT_EQ(probe.png_page_count(50), 3);
  const auto images = probe.page_images(50);
  ASSERT_EQ(images.size(), 3u);
  for (const auto& image : images) {
    // A4 at 50 dpi: 210mm and 297mm are 413.4 and 584.6 pixels.
    EXPECT_NEAR(image.width, 413, 1);
    EXPECT_NEAR(image.height, 585, 1);
    EXPECT_GT(image.dark_pixels, 100);
  }
}

TEST(OfficialDocument, LongParagraphContinuesOnTheNextPageWithNothingLost) {
  std::string long_text;
  for (int i = 1; i <= 80; ++i) {
    long_text += "这是第" + std::to_string(i) + "句，用于检验长段落的跨页排版。";
  }
  Document document;
  document.blocks.push_back(para(BlockStyle::kTitle, "关于跨页段落的说明"));
  document.blocks.push_back(para(BlockStyle::kBody, long_text));
  const PdfProbe probe(render_pdf(document));
  // About 1,550 characters at 27 a line: some 58 lines, more than two pages of 22
  // (44 lines) and less than three (66).
  EXPECT_EQ(probe.info().at("Pages"), "3");
  EXPECT_TRUE(contains(run_together(probe.text()), long_text));
  const auto pages = probe.page_texts();
  ASSERT_EQ(pages.size(), 3u);
  EXPECT_TRUE(contains(run_together(pages[0]), "这是第1句"));
  EXPECT_TRUE(contains(run_together(pages[2]), "这是第80句"));
  EXPECT_TRUE(contains(pages[2], "- 3 -"));
}

TEST(OfficialDocument, HeadingIsNotLeftAloneAtThePageFoot) {
  // 21 lines leave room for one more: the heading would fit, its first body
  // line would not, so the heading moves to page 2 with it.
  Document document = numbered_lines(21);
  document.blocks.push_back(para(BlockStyle::kHeading1, "一、概述"));
  document.blocks.push_back(para(BlockStyle::kBody, "本年度政府信息公开工作总体情况良好。"));
  const PdfProbe probe(render_pdf(document));
  const auto pages = probe.page_texts();
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_FALSE(contains(pages[0], "一、概述"));
  EXPECT_TRUE(contains(pages[1], "一、概述"));
}

TEST(OfficialDocument, HeadingsOfBothLevelsAppear) {
  Document document;
  document.blocks = {para(BlockStyle::kHeading1, "一、概述"),
                     para(BlockStyle::kHeading2, "（一）组织领导"),
                     para(BlockStyle::kBody, "成立了政府信息公开工作领导小组。")};
  const std::string compact = run_together(PdfProbe(render_pdf(document)).text());
  EXPECT_TRUE(contains(compact, "一、概述"));
  EXPECT_TRUE(contains(compact, "（一）组织领导"));
  EXPECT_TRUE(contains(compact, "成立了政府信息公开工作领导小组。"));
}

TEST(OfficialDocument, PageBreakStartsANewPage) {
  Document document;
  document.blocks = {para(BlockStyle::kBody, "第一页的内容。"), PageBreak{},
                     para(BlockStyle::kBody, "第二页的内容。")};
  const PdfProbe probe(render_pdf(document));
  const auto pages = probe.page_texts();
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_TRUE(contains(pages[0], "第一页的内容。"));
  EXPECT_TRUE(contains(pages[1], "第二页的内容。"));
}

TEST(OfficialDocument, PageNumbersCanBeLeftOut) {
  Document document = numbered_lines(30);
  document.page_numbers = false;
  const std::string text = PdfProbe(render_pdf(document)).text();
  EXPECT_TRUE(contains(text, "第30行"));
  EXPECT_FALSE(contains(text, "- 1 -"));
  EXPECT_FALSE(contains(text, "- 2 -"));
}

TEST(OfficialDocument, EmptyDocumentIsOneNumberedPage) {
  const PdfProbe probe(render_pdf(Document{}));
  EXPECT_EQ(probe.info().at("Pages"), "1");
  EXPECT_TRUE(contains(probe.text(), "- 1 -"));
}

TEST(OfficialDocument, LetterheadIsRedAtTheTopAndBodyTextBlack) {
  const auto with_letterhead = PdfProbe(render_pdf(reply_letter())).page_images(50);
  ASSERT_EQ(with_letterhead.size(), 1u);
  EXPECT_GT(with_letterhead[0].red_pixels_top, 200);
  EXPECT_GT(with_letterhead[0].dark_pixels, 200);

  const auto plain = PdfProbe(render_pdf(numbered_lines(5))).page_images(50);
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(plain[0].red_pixels, 0);
}

TEST(OfficialDocument, TextThatIsNotUtf8IsRefused) {
  Document document;
  document.blocks.push_back(para(BlockStyle::kBody, std::string("申请\xff\xfe内容")));
  EXPECT_THROW(render_pdf(document), InvalidInput);
  Document bad_title;
  bad_title.title = std::string("\xc3");
  EXPECT_THROW(render_pdf(bad_title), InvalidInput);
}

TEST(OfficialDocument, RendersOnSeveralThreadsAtOnce) {
  std::vector<std::string> outputs(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < outputs.size(); ++i) {
    threads.emplace_back([&outputs, i] { outputs[i] = render_pdf(numbered_lines(30)); });
  }
  for (auto& thread : threads) thread.join();
  for (const auto& output : outputs) {
    const PdfProbe probe(output);
    EXPECT_EQ(probe.info().at("Pages"), "2");
    EXPECT_TRUE(contains(probe.text(), "第30行"));
  }
}

}  // namespace
}  // namespace gongkai::pdf
