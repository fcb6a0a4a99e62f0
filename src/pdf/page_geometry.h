// gongkai/pdf/page_geometry.h
//
// The A4 page of GB/T 9704 (党政机关公文格式) in PDF points: the margins
// (天头 37mm, 订口 28mm, right 26mm, bottom 35mm), the text block (版心)
// between them, the 22 lines of body text it holds, and where the page
// number (页码) sits: 7mm below the text block.
#pragma once

namespace gongkai::pdf {

inline constexpr double kPointsPerMm = 72.0 / 25.4;

inline constexpr double kPageWidth = 210.0 * kPointsPerMm;   // 595.28 pt
inline constexpr double kPageHeight = 297.0 * kPointsPerMm;  // 841.89 pt

inline constexpr double kMarginTop = 37.0 * kPointsPerMm;
inline constexpr double kMarginBottom = 35.0 * kPointsPerMm;
inline constexpr double kMarginLeft = 28.0 * kPointsPerMm;
inline constexpr double kMarginRight = 26.0 * kPointsPerMm;

inline constexpr double kTextLeft = kMarginLeft;
inline constexpr double kTextTop = kMarginTop;
inline constexpr double kTextWidth = kPageWidth - kMarginLeft - kMarginRight;   // 156 mm
inline constexpr double kTextBottom = kPageHeight - kMarginBottom;
inline constexpr double kTextHeight = kTextBottom - kTextTop;                  // 225 mm

// GB/T 9704: 22 lines of body text a page.
inline constexpr int kBodyLinesPerPage = 22;
inline constexpr double kBodyLinePitch = kTextHeight / kBodyLinesPerPage;

inline constexpr double kPageNumberGap = 7.0 * kPointsPerMm;

// Rounding slack when asking whether something fits in the space left.
inline constexpr double kFitTolerance = 0.01;

}  // namespace gongkai::pdf
