#pragma once
// Chorus references in the layouts conversions leave: tables whose header names the fields, and labels and codes
// a conversion set apart (one cell per block, columns one after the other, rows flattened to single spaces). Each
// reader adds what it reads to `reader` and says how many blocks it took (0: none, the layout is not its own).

#include <string_view>
#include <vector>

#include "document/chorus_reader.hpp"

namespace convlint::document::chorus {

// A table whose header names the fields (« Programme | Centre financier | Domaine fonctionnel | Activité »): one
// block of codes per row below it. Header cells may wrap onto a second row, and the last row's code onto the block
// after the table (`next`, taken when used). False when no row names two fields.
bool read_field_columns(const Table& table, const Block* next, bool& took_next, ChorusReader& reader, std::string_view label);

// A paragraph of labels alone followed by one of as many codes: each label takes the code of its rank.
bool read_stacked_pairs(const Block& labels_block, const Block* codes_block, const Document& document, ChorusReader& reader,
                        std::string_view label);

// Labels and codes each in a block of their own, one after the other (« Domaine fonctionnel », « 0105-03 », « Centre
// financier », « 0105-CDNU-DNUM »…): two pairs at least. Returns the blocks read.
size_t read_alternating_pairs(const std::vector<Block>& blocks, size_t first, const Document& document, ChorusReader& reader,
                              std::string_view label);

// Labels each alone in a block, then as many codes each alone in a block (« Centre financier », « Centre de coûts »,
// « 0155-CDAR-DARE », « DARDARE075 »: `pdftotext` wrote a table's header row and its value row one cell after the
// other): each label takes the code of its rank. Returns the blocks read.
size_t read_label_blocks_then_code_blocks(const std::vector<Block>& blocks, size_t first, const Document& document,
                                          ChorusReader& reader, std::string_view label);

// A table with field columns whose cells were flattened to single spaces (`pandoc -t plain`): a paragraph of labels
// (« Programme Centre financier Domaine fonctionnel Centre de coûts »), then paragraphs of as many codes, one per
// row (« 214 0214-RBRE-R035 0214-08 RECRENS035 »), each a block of codes. Returns the blocks read.
size_t read_flattened_field_columns(const std::vector<Block>& blocks, size_t first, const Document& document, ChorusReader& reader,
                                    std::string_view label);

// A table with field columns and several rows that `pdftotext` without -layout wrote column by column: each column
// a paragraph, its label then one code per row (« Centre financier 0214-RBRE-R035 0141-RBRE-R035 »), maybe after a
// programme column (« Programme 214 141 »). Each row is a block of codes. Returns the blocks read.
size_t read_columns_of_codes(const std::vector<Block>& blocks, size_t first, const Document& document, ChorusReader& reader,
                             std::string_view label);

}  // namespace convlint::document::chorus
