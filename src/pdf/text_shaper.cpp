#include "pdf/text_shaper.h"

#include <glib-object.h>

#include <stdexcept>
#include <string>
#include <utility>

#include "core/errors.h"

namespace gongkai::pdf {

namespace {

constexpr const char* kSerifFamily = "Noto Serif CJK SC";
constexpr const char* kSansFamily = "Noto Sans CJK SC";

struct FontDescriptionFree {
  void operator()(PangoFontDescription* description) const {
    pango_font_description_free(description);
  }
};
using FontDescriptionPtr = std::unique_ptr<PangoFontDescription, FontDescriptionFree>;

FontDescriptionPtr describe(const TextStyle& style) {
  FontDescriptionPtr description(pango_font_description_new());
  pango_font_description_set_family(
      description.get(), style.typeface == Typeface::kSans ? kSansFamily : kSerifFamily);
  pango_font_description_set_weight(description.get(),
                                    style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_absolute_size(description.get(), style.size * PANGO_SCALE);
  return description;
}

// fontconfig silently substitutes a missing family; a 公文 in a fallback font
// is wrong, so refuse to render.
void require_family(PangoFontMap* font_map, PangoContext* context, const char* family) {
  FontDescriptionPtr wanted(pango_font_description_new());
  pango_font_description_set_family(wanted.get(), family);
  std::unique_ptr<PangoFont, GObjectUnref> font(
      pango_font_map_load_font(font_map, context, wanted.get()));
  std::string found;
  if (font) {
    FontDescriptionPtr loaded(pango_font_describe(font.get()));
    const char* loaded_family = pango_font_description_get_family(loaded.get());
    found = loaded_family ? loaded_family : "";
  }
  if (found != family) {
    throw std::runtime_error(std::string("缺少字体 ") + family +
                             "，请安装 fonts-noto-cjk（当前匹配到：" + found + "）");
  }
}

PangoAlignment pango_alignment(Alignment alignment) {
  switch (alignment) {
    case Alignment::kCentre:
      return PANGO_ALIGN_CENTER;
    case Alignment::kRight:
      return PANGO_ALIGN_RIGHT;
    case Alignment::kLeft:
    case Alignment::kJustify:
      return PANGO_ALIGN_LEFT;
  }
  return PANGO_ALIGN_LEFT;
}

double points(int pango_units) { return static_cast<double>(pango_units) / PANGO_SCALE; }

}  // namespace

void GObjectUnref::operator()(void* object) const {
  if (object) g_object_unref(object);
}

TextBlock::TextBlock(LayoutPtr layout, TextStyle style)
    : layout_(std::move(layout)), style_(style) {
  PangoLayoutIter* iter = pango_layout_get_iter(layout_.get());
  do {
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
    const double baseline_in_line = points(pango_layout_iter_get_baseline(iter) - logical.y);
    const double centring = (style_.line_pitch - points(logical.height)) / 2.0;
    lines_.push_back(TextLine{pango_layout_iter_get_line_readonly(iter), points(logical.x),
                              centring + baseline_in_line});
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
}

double TextBlock::width() const {
  PangoRectangle logical;
  pango_layout_get_extents(layout_.get(), nullptr, &logical);
  return points(logical.width);
}

void TextBlock::draw_lines(cairo_t* cairo, int first, int last, double left,
                           double top) const {
  for (int index = first; index < last && index < line_count(); ++index) {
    const TextLine& line = lines_[static_cast<size_t>(index)];
    const double line_top = top + (index - first) * pitch();
    cairo_move_to(cairo, left + line.x, line_top + line.top_to_baseline);
    pango_cairo_show_layout_line(cairo, line.line);
  }
}

TextShaper::TextShaper(cairo_t* cairo)
    : font_map_(pango_cairo_font_map_new()),
      context_(pango_font_map_create_context(font_map_.get())) {
  pango_cairo_update_context(cairo, context_.get());
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(context_.get(), options);
  cairo_font_options_destroy(options);
  pango_context_set_round_glyph_positions(context_.get(), FALSE);
  pango_context_set_language(context_.get(), pango_language_from_string("zh-cn"));
  require_family(font_map_.get(), context_.get(), kSerifFamily);
  require_family(font_map_.get(), context_.get(), kSansFamily);
}

TextBlock TextShaper::shape(std::string_view text, const TextStyle& style, double width,
                            Alignment alignment, double first_line_indent) const {
  if (!g_utf8_validate(text.data(), static_cast<gssize>(text.size()), nullptr)) {
    throw InvalidInput("文档中含有无效的 UTF-8 文字，无法生成 PDF");
  }
  LayoutPtr layout(pango_layout_new(context_.get()));
  FontDescriptionPtr description = describe(style);
  pango_layout_set_font_description(layout.get(), description.get());
  pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment(layout.get(), pango_alignment(alignment));
  pango_layout_set_justify(layout.get(), alignment == Alignment::kJustify);
  pango_layout_set_indent(layout.get(), static_cast<int>(first_line_indent * PANGO_SCALE));
  pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
  return TextBlock(std::move(layout), style);
}

}  // namespace gongkai::pdf
