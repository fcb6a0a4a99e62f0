// gongkai/core/money.h
//
// Money as whole fen (分), the only form stored and computed with. 元 and 万元
// appear only at the edges: parsing input and formatting output.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gongkai {

struct Fen {
  int64_t value = 0;
  friend auto operator<=>(const Fen&, const Fen&) = default;
  Fen operator+(Fen other) const { return Fen{value + other.value}; }
  Fen operator-(Fen other) const { return Fen{value - other.value}; }
};

// Parses "1234", "1234.5", "1234.56" 元 (at most two decimals, optional
// leading minus, optional thousands commas). Throws InvalidInput otherwise.
Fen parse_yuan(std::string_view text);

// Parses an amount in 万元 with at most six decimals:
// "3853.75" 万元 = 38,537,500 元 = Fen{3853750000}. Throws InvalidInput.
Fen parse_wan_yuan(std::string_view text);

// "1,234.56" (元, two decimals, thousands commas when `grouping`).
std::string format_yuan(Fen amount, bool grouping = true);

// In 万元 rounded half away from zero to `decimals` places, trailing zeros
// kept: format_wan_yuan(Fen{3853750000}, 2) == "3853.75".
std::string format_wan_yuan(Fen amount, int decimals = 2);

}  // namespace gongkai
