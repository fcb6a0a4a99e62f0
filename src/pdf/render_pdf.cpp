// render_pdf: a Cairo PDF surface writing into a string, a TextShaper and a
// PageFlow on it, and each block set in turn.
#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <variant>

#include "core/errors.h"
#include "pdf/official_document.h"
#include "pdf/page_flow.h"
#include "pdf/page_geometry.h"
#include "pdf/paragraph_flow.h"
#include "pdf/table_flow.h"
#include "pdf/text_shaper.h"

namespace gongkai::pdf {

namespace {

struct SurfaceDestroy {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct CairoDestroy {
  void operator()(cairo_t* cairo) const { cairo_destroy(cairo); }
};

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void check(cairo_status_t status) {
  if (status != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error(std::string("PDF 生成失败：") + cairo_status_to_string(status));
  }
}

void set_metadata(cairo_surface_t* surface, cairo_pdf_metadata_t key, const std::string& value) {
  if (value.empty()) return;
  if (!g_utf8_validate(value.data(), static_cast<gssize>(value.size()), nullptr)) {
    throw InvalidInput("文档标题或作者含有无效的 UTF-8 文字");
  }
  cairo_pdf_surface_set_metadata(surface, key, value.c_str());
}

void flow_blocks(cairo_t* cairo, const Document& document) {
  const TextShaper shaper(cairo);
  PageFlow flow(cairo, shaper, document.page_numbers);
  for (const Block& block : document.blocks) {
    std::visit(
        [&](const auto& content) {
          using Kind = std::decay_t<decltype(content)>;
          if constexpr (std::is_same_v<Kind, Paragraph>) {
            flow_paragraph(flow, shaper, content);
          } else if constexpr (std::is_same_v<Kind, Table>) {
            flow_table(flow, shaper, content);
          } else {
            flow.break_page();
          }
        },
        block);
  }
  flow.finish();
}

}  // namespace

std::string render_pdf(const Document& document) {
  std::string bytes;
  std::unique_ptr<cairo_surface_t, SurfaceDestroy> surface(
      cairo_pdf_surface_create_for_stream(append_to_string, &bytes, kPageWidth, kPageHeight));
  check(cairo_surface_status(surface.get()));
  set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, document.title);
  set_metadata(surface.get(), CAIRO_PDF_METADATA_AUTHOR, document.author);
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "gongkai");
  {
    std::unique_ptr<cairo_t, CairoDestroy> cairo(cairo_create(surface.get()));
    check(cairo_status(cairo.get()));
    flow_blocks(cairo.get(), document);
    check(cairo_status(cairo.get()));
  }
  cairo_surface_finish(surface.get());
  check(cairo_surface_status(surface.get()));
  return bytes;
}

}  // namespace gongkai::pdf
