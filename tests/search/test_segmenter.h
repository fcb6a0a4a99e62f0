// The segmenter the search tests share: loading friso's dictionaries takes a
// noticeable fraction of a second, so it is loaded once per test binary.
#pragma once

#include "core/segmenter.h"

namespace gongkai::testing {

inline const Segmenter& shared_segmenter() {
  static const Segmenter segmenter(Segmenter::default_config(GONGKAI_SOURCE_DIR));
  return segmenter;
}

}  // namespace gongkai::testing
