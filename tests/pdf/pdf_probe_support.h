// tests/pdf/pdf_probe_support.h
//
// Looks at a rendered PDF the way a person would, through poppler-utils:
// writes the bytes to a temporary file, reads its text (pdftotext -layout,
// one string per page), its pdfinfo fields, and its pages as images
// (pdftoppm: PNG files, and PPM decoded to count dark and red pixels).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace gongkai::pdf::testing {

struct PageImage {
  int width = 0;
  int height = 0;
  long dark_pixels = 0;      // all channels below 100
  long red_pixels = 0;       // red high, green and blue low
  long red_pixels_top = 0;   // red pixels in the top quarter of the page
};

class PdfProbe {
 public:
  explicit PdfProbe(const std::string& pdf_bytes);
  ~PdfProbe();
  PdfProbe(const PdfProbe&) = delete;
  PdfProbe& operator=(const PdfProbe&) = delete;

  std::vector<std::string> page_texts() const;       // pdftotext -layout, split at \f
  std::string text() const;                          // all pages
  std::map<std::string, std::string> info() const;  // pdfinfo "Key: value"
  int png_page_count(int resolution) const;          // pdftoppm -png files written
  std::vector<PageImage> page_images(int resolution) const;

 private:
  std::filesystem::path directory_;
  std::filesystem::path pdf_;
};

// The text with all white space removed and page numbers "- N -" dropped, so
// that a paragraph broken over lines and pages reads as one string again.
std::string run_together(const std::string& text);

}  // namespace gongkai::pdf::testing
