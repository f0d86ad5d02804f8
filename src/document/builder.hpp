#pragma once

#include "document/document.hpp"
#include "document/lexicon.hpp"
#include "source/source_text.hpp"

namespace convlint::document {

struct BuildOptions {
  int max_list_depth = 16;             // deeper list items are kept at this level (--max-nesting)
  const Lexicon* lexicon = nullptr;    // the concepts sentences are read for; without one, no sentence is indexed
};

// Parses `source` into a document. Total: any text gives a document; what cannot be placed is kept in `unplaced`
// and reported in `diagnostics`. The document points to `source`, which must outlive it.
Document build_document(const source::SourceText& source, const BuildOptions& options = {});

}  // namespace convlint::document
