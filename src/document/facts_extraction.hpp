#pragma once

#include "document/document.hpp"

namespace convlint::document {

// Extracts every typed fact (legal references, amounts, dates, durations, schedule, Chorus blocks, term, role
// words) from the built document, once, into `document.facts`; also fills visa references and the signature date.
void extract_facts(Document& document);

// Parts of the extraction, each in its own file.
std::optional<Schedule> extract_schedule(const Document& document);
std::vector<ChorusBlock> extract_chorus(const Document& document);
Term extract_term(const Document& document);
std::vector<RoleWord> extract_role_words(const Document& document);

// A date with its calendar validity computed.
Date make_date(int year, int month, int day, Span span);

}  // namespace convlint::document
