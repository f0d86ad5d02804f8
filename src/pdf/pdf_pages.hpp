#pragma once
// The interface of the PDF module (libconvlint_pdf.so): poppler and the thirty libraries it brings are loaded only
// when convlint meets its first PDF, so that linting text starts fast.

#include <cstddef>
#include <vector>

#include "source/pdf_layout.hpp"

namespace convlint::pdf {

enum class PagesStatus { ok, damaged, encrypted };

using ReadPagesFunction = PagesStatus (*)(const char* data, size_t size, std::vector<source::PdfPage>* pages);

inline constexpr const char* module_file = "libconvlint_pdf.so";
inline constexpr const char* read_pages_symbol = "convlint_pdf_read_pages";

}  // namespace convlint::pdf
