#pragma once
// Pages set in two columns (a bulletin's page, a newsletter's): where the gutter between them runs.

#include <optional>
#include <vector>

#include "source/pdf_layout.hpp"

namespace convlint::source::pdf_lines {

// The x of the gutter of a page set in two columns of prose, given its words grouped in rows (words that share a
// height): a vertical band in the middle of the text, wider than a space, that no row's word crosses but a few (a
// title over both columns), with prose on its left in most rows, running up to it (a column's justified lines), and
// words on its right. Nothing for a page of one column, whose tables have their gaps but no prose on both sides.
std::optional<double> column_gutter(const std::vector<std::vector<PdfWord>>& rows);

}  // namespace convlint::source::pdf_lines
