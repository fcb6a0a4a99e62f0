#include "core/text.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uniset.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "core/errors.h"

namespace gongkai {
namespace {

// Length of the UTF-8 sequence a lead byte announces; 0 for an invalid lead.
size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;  // continuation byte, overlong lead (C0, C1) or beyond U+10FFFF
}

// The second byte's range, which rules out overlongs, surrogates and
// code points above U+10FFFF.
bool second_byte_ok(unsigned char lead, unsigned char second) {
  if (lead == 0xE0) return second >= 0xA0 && second <= 0xBF;
  if (lead == 0xED) return second >= 0x80 && second <= 0x9F;
  if (lead == 0xF0) return second >= 0x90 && second <= 0xBF;
  if (lead == 0xF4) return second >= 0x80 && second <= 0x8F;
  return is_utf8_continuation(static_cast<char>(second));
}

bool is_newline(UChar32 c) { return c == '\n'; }

// Characters that carry nothing and only trouble search and comparison:
// control characters other than white space, the BOM and zero-width spaces.
bool is_invisible(UChar32 c) {
  if (c == 0xFEFF || c == 0x200B) return true;
  return u_iscntrl(c) && !u_isUWhiteSpace(c);
}

// NFKC for stored text, except the characters Chinese typography keeps as
// they are: full-width punctuation (，：；？！（）…), the ellipsis "……",
// circled and parenthesised numbers (①, ㈠) and Roman numerals (Ⅱ). Full-width
// digits and Latin letters still become half-width.
const icu::Normalizer2& nfkc_keeping_chinese_punctuation() {
  static const icu::Normalizer2* const normalizer = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    static const icu::UnicodeSet normalised(
        icu::UnicodeString(u"[^\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65"
                           u"\u2026\u2160-\u217F\u2460-\u24FF\u3200-\u33FF]"),
        status);
    static const icu::FilteredNormalizer2 filtered(*nfkc, normalised);
    if (U_FAILURE(status)) throw InvalidInput("文本规范化失败");
    return &filtered;
  }();
  return *normalizer;
}

// Full NFKC: for search, where punctuation does not matter but every
// compatibility form must meet its plain form.
const icu::Normalizer2& full_nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) throw InvalidInput("文本规范化失败");
  return *normalizer;
}

icu::UnicodeString nfkc(std::string_view text, const icu::Normalizer2& normalizer) {
  UErrorCode status = U_ZERO_ERROR;
  auto source = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString result = normalizer.normalize(source, status);
  if (U_FAILURE(status)) throw InvalidInput("文本规范化失败");
  return result;
}

// Folds white space: runs become one space (or, when keeping newlines, one
// newline per newline in the run), and white space at both ends goes.
icu::UnicodeString fold_white_space(const icu::UnicodeString& text, bool keep_newlines) {
  icu::UnicodeString out;
  bool pending_space = false;
  int pending_newlines = 0;
  auto flush = [&]() {
    if (out.isEmpty()) {  // leading white space is dropped
      pending_space = false;
      pending_newlines = 0;
      return;
    }
    if (pending_newlines > 0) {
      for (int i = 0; i < pending_newlines; ++i) out.append(static_cast<UChar>('\n'));
    } else if (pending_space) {
      out.append(static_cast<UChar>(' '));
    }
    pending_space = false;
    pending_newlines = 0;
  };
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    UChar32 c = text.char32At(i);
    if (c == '\r') {
      // CR LF and a lone CR both count as one newline.
      bool crlf = i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (!crlf) c = '\n';
      else continue;
    }
    if (keep_newlines && is_newline(c)) {
      ++pending_newlines;
      continue;
    }
    if (u_isUWhiteSpace(c)) {
      pending_space = true;
      continue;
    }
    if (is_invisible(c)) continue;
    flush();
    out.append(c);
  }
  return out;  // trailing white space is never flushed
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    auto lead = static_cast<unsigned char>(text[i]);
    size_t length = sequence_length(lead);
    if (length == 0 || i + length > text.size()) return false;
    if (length > 1 && !second_byte_ok(lead, static_cast<unsigned char>(text[i + 1]))) return false;
    for (size_t k = 2; k < length; ++k) {
      if (!is_utf8_continuation(text[i + k])) return false;
    }
    i += length;
  }
  return true;
}

std::string normalize_text(std::string_view text, bool keep_newlines) {
  if (!is_valid_utf8(text)) throw InvalidInput("文本不是有效的UTF-8编码");
  return to_utf8(fold_white_space(nfkc(text, nfkc_keeping_chinese_punctuation()), keep_newlines));
}

std::string normalize_for_search(std::string_view text) {
  if (!is_valid_utf8(text)) throw InvalidInput("文本不是有效的UTF-8编码");
  icu::UnicodeString folded = fold_white_space(nfkc(text, full_nfkc()), false);
  folded.toLower(icu::Locale::getRoot());
  return to_utf8(folded);
}

size_t utf8_length(std::string_view text) {
  size_t count = 0;
  for (char c : text) {
    if (!is_utf8_continuation(c)) ++count;
  }
  return count;
}

std::string utf8_truncate(std::string_view text, size_t max_chars) {
  size_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (is_utf8_continuation(text[i])) continue;
    if (count == max_chars) return std::string(text.substr(0, i)) + "…";
    ++count;
  }
  return std::string(text);
}

}  // namespace gongkai
