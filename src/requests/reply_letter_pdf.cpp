#include "requests/reply_letter_pdf.h"

#include "pdf/official_document.h"

namespace gongkai::requests {

std::string reply_letter_pdf(const ReplyLetter& letter) {
  using pdf::BlockStyle;
  using pdf::Paragraph;
  pdf::Document document;
  document.title = letter.title + " " + letter.number;
  document.author = letter.agency_name;
  document.blocks.push_back(Paragraph{BlockStyle::kLetterhead, letter.agency_name});
  if (!letter.number.empty()) document.blocks.push_back(Paragraph{BlockStyle::kRight, letter.number});
  document.blocks.push_back(Paragraph{BlockStyle::kTitle, letter.title});
  document.blocks.push_back(Paragraph{BlockStyle::kPlain, letter.addressee});
  for (const auto& text : letter.paragraphs) document.blocks.push_back(Paragraph{BlockStyle::kBody, text});
  for (size_t i = 0; i < letter.attachments.size(); ++i) {
    const std::string label = i == 0 ? "附件：" : "　　　";
    document.blocks.push_back(
        Paragraph{BlockStyle::kBody, label + std::to_string(i + 1) + "．" + letter.attachments[i]});
  }
  document.blocks.push_back(Paragraph{BlockStyle::kRight, letter.agency_name});
  document.blocks.push_back(Paragraph{BlockStyle::kRight, letter.date});
  return pdf::render_pdf(document);
}

}  // namespace gongkai::requests
