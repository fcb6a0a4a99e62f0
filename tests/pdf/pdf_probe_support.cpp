#include "pdf/pdf_probe_support.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace gongkai::pdf::testing {

namespace {

std::atomic<int> probe_counter{0};

std::string run(const std::string& command) {
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) throw std::runtime_error("cannot run " + command);
  std::string output;
  std::array<char, 4096> buffer{};
  size_t read = 0;
  while ((read = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), read);
  const int status = pclose(pipe);
  if (status != 0) throw std::runtime_error("command failed: " + command);
  return output;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Next header token of a PNM file, skipping white space and # comments.
std::string pnm_token(const std::string& data, size_t& at) {
  for (;;) {
    while (at < data.size() && std::isspace(static_cast<unsigned char>(data[at]))) ++at;
    if (at < data.size() && data[at] == '#') {
      while (at < data.size() && data[at] != '\n') ++at;
      continue;
    }
    break;
  }
  const size_t start = at;
  while (at < data.size() && !std::isspace(static_cast<unsigned char>(data[at]))) ++at;
  return data.substr(start, at - start);
}

PageImage decode_ppm(const std::string& data) {
  size_t at = 0;
  if (pnm_token(data, at) != "P6") throw std::runtime_error("not a binary PPM");
  PageImage image;
  image.width = std::stoi(pnm_token(data, at));
  image.height = std::stoi(pnm_token(data, at));
  if (std::stoi(pnm_token(data, at)) != 255) throw std::runtime_error("PPM depth not 8 bits");
  ++at;  // the single white space before the raster
  const size_t pixels = static_cast<size_t>(image.width) * static_cast<size_t>(image.height);
  if (data.size() < at + 3 * pixels) throw std::runtime_error("PPM raster truncated");
  for (size_t i = 0; i < pixels; ++i) {
    const auto r = static_cast<unsigned char>(data[at + 3 * i]);
    const auto g = static_cast<unsigned char>(data[at + 3 * i + 1]);
    const auto b = static_cast<unsigned char>(data[at + 3 * i + 2]);
    if (r < 100 && g < 100 && b < 100) ++image.dark_pixels;
    const bool red = r > 150 && g < 100 && b < 100;
    if (!red) continue;
    ++image.red_pixels;
    if (i / static_cast<size_t>(image.width) < static_cast<size_t>(image.height / 4)) {
      ++image.red_pixels_top;
    }
  }
  return image;
}

std::vector<std::filesystem::path> files_with_extension(const std::filesystem::path& directory,
                                                        const std::string& prefix,
                                                        const std::string& extension) {
  std::vector<std::filesystem::path> found;
  for (const auto& entry : std::filesystem::directory_iterator(directory)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) == 0 && entry.path().extension() == extension) {
      found.push_back(entry.path());
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

PdfProbe::PdfProbe(const std::string& pdf_bytes) {
  directory_ = std::filesystem::temp_directory_path() /
               ("gongkai-pdf-test-" + std::to_string(getpid()) + "-" +
                std::to_string(probe_counter++));
  std::filesystem::create_directories(directory_);
  pdf_ = directory_ / "document.pdf";
  std::ofstream out(pdf_, std::ios::binary);
  out << pdf_bytes;
}

PdfProbe::~PdfProbe() {
  std::error_code ignored;
  std::filesystem::remove_all(directory_, ignored);
}

std::string PdfProbe::text() const {
  return run("pdftotext -layout -enc UTF-8 " + pdf_.string() + " -");
}

std::vector<std::string> PdfProbe::page_texts() const {
  std::vector<std::string> pages;
  std::string all = text();
  size_t start = 0;
  for (size_t feed = all.find('\f'); feed != std::string::npos; feed = all.find('\f', start)) {
    pages.push_back(all.substr(start, feed - start));
    start = feed + 1;
  }
  return pages;
}

std::map<std::string, std::string> PdfProbe::info() const {
  std::map<std::string, std::string> fields;
  std::istringstream lines(run("pdfinfo -enc UTF-8 " + pdf_.string()));
  std::string line;
  while (std::getline(lines, line)) {
    const size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    const size_t value = line.find_first_not_of(' ', colon + 1);
    fields[line.substr(0, colon)] = value == std::string::npos ? "" : line.substr(value);
  }
  return fields;
}

int PdfProbe::png_page_count(int resolution) const {
  run("pdftoppm -png -r " + std::to_string(resolution) + " " + pdf_.string() + " " +
      (directory_ / "png").string());
  return static_cast<int>(files_with_extension(directory_, "png", ".png").size());
}

std::vector<PageImage> PdfProbe::page_images(int resolution) const {
  run("pdftoppm -r " + std::to_string(resolution) + " " + pdf_.string() + " " +
      (directory_ / "ppm").string());
  std::vector<PageImage> images;
  for (const auto& path : files_with_extension(directory_, "ppm", ".ppm")) {
    images.push_back(decode_ppm(read_file(path)));
  }
  return images;
}

std::string run_together(const std::string& text) {
  static const std::regex page_number("-\\d+-");
  std::string compact;
  for (char c : text) {
    if (!std::isspace(static_cast<unsigned char>(c))) compact.push_back(c);
  }
  return std::regex_replace(compact, page_number, "");
}

}  // namespace gongkai::pdf::testing
