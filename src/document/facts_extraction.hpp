#pragma once

#include "document/document.hpp"
#include "document/lexicon.hpp"

namespace convlint::document {

// Extracts every typed fact (legal references, amounts, dates, durations, schedule, Chorus blocks, term, role
// words) from the built document, once, into `document.facts`; also fills visa references and the signature date.
// Facts read from the words of their sentence need the sentences indexed with `lexicon` (none without it).
void extract_facts(Document& document, const Lexicon* lexicon);

// Parts of the extraction, each in its own file.
std::vector<Schedule> extract_schedules(const Document& document);
std::vector<ChorusBlock> extract_chorus(const Document& document);
Term extract_term(const Document& document, const Lexicon& lexicon);
// What the sentences say of the facts in them: which durations are notices, which article references point into
// another text, which years the credits are given for (Facts::sentences must be indexed first).
void read_clause_facts(Document& document, const Lexicon& lexicon);
std::vector<RoleWord> extract_role_words(const Document& document);

// The programme a label names (« programme 216 », « BOP 216 », « P216 »), and whether the label names whose credits
// or references follow: a programme, or exactly one party (owner_labels.cpp).
std::optional<int> programme_in(std::string_view label);
bool names_an_owner(std::string_view label, const std::vector<Party>& parties);

// A date with its calendar validity computed.
Date make_date(int year, int month, int day, Span span);

}  // namespace convlint::document
