#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

using rules::Severity;
const std::string rule = "finance/chorus";
// The test convention's Chorus fields, and the block with its heading line.
const std::string chorus_fields = "Domaine fonctionnel :\t0219-03\nCentre financier :\t0219-CSPO-DNUM\nActivité :\t021903010101\nCentre de coût :\tSPORTS0075\n";
const std::string chorus_block = "Références Chorus :\t\n" + chorus_fields;

TEST(Rule_finance_chorus, FlagsAnEmptyLastFieldWhoseCellWasLostBelowTheTable) {
  // A PDF or a retyped text drops the empty cell: the label stands alone under the table, same block.
  const std::string text = with(clean_convention(), "Centre de coût :\tSPORTS0075\n", "\nCentre de coût :\n");
  const auto findings = lint_text(text);
  expect_finding(findings, rule, Severity::warning, position_in(text, "Centre de coût"));
  EXPECT_EQ(findings.of(rule).size(), 1u)
      << "one block with an empty field, not a second block missing the other three";
}

TEST(Rule_finance_chorus, ReadsACodeNamedInProseAndAgainInTheReferencesAsOneBlock) {
  // `pdftotext` without -layout runs the sentence that names the UO and the references below it into one paragraph.
  const std::string run_together = "Les crédits sont imputés sur l'UO 0219-CSPO-DNUM du programme 219. Références Chorus : Domaine fonctionnel : "
                                   "0219-03 Centre financier : 0219-CSPO-DNUM Activité : 021903010101 Centre de coût : SPORTS0075 Le comptable";
  const std::string text = with(clean_convention(), chorus_block + "\nLe comptable", run_together);
  expect_none(lint_text(text), rule);
  EXPECT_EQ(lint_text(text).parsed.document.facts.chorus.size(), 1u);
  // Another code for the same field is another block, which lacks its other fields.
  const std::string two = with(text, "Centre financier : 0219-CSPO-DNUM", "Centre financier : 0219-CSPO-DSPO");
  expect_finding(lint_text(two), rule, Severity::warning, position_in(two, "UO 0219-CSPO-DNUM du programme"), 3);
}

// A schedule whose rows name their UO (« BOP | UO | AE | CP »), the other fields in prose under it: one block.
TEST(Rule_finance_chorus, ReadsTheUoOfAScheduleWithTheFieldsWrittenBelowIt) {
  const std::string schedule = "Année\tAE\tCP\n2025\t100 000 €\t60 000 €\n2026\t0 €\t40 000 €\n";
  const std::string prose = "Domaine fonctionnel : 0219-03 ; activité : 021903010101 ; centre de coût : SPORTS0075.";
  for (const char* table : {"BOP\tUO\tAE\tCP\n0219-SPO\t0219-CSPO-DNUM\t100 000 €\t100 000 €\nTotal\t\t100 000 €\t100 000 €\n",
                                   "UO\tAE\tCP\n0219-CSPO-DNUM\t100 000 €\t100 000 €\n",
                                   "BOP\tUO\tAE\tCP\n0219-SPO\t0219-CSPO-\t100 000 €\t100 000 €\n\tDNUM\t\t\nTotal\t\t100 000 €\t100 000 €\n"}) {
    SCOPED_TRACE(table);
    const std::string text = with(with(clean_convention(), schedule, table), chorus_block, prose + "\n");
    expect_none(lint_text(text), rule);
    const auto& blocks = lint_text(text).parsed.document.facts.chorus;
    ASSERT_EQ(blocks.size(), 1u);
    ASSERT_TRUE(blocks[0].centre_financier.has_value());
    EXPECT_EQ(blocks[0].centre_financier->value, "0219-CSPO-DNUM");
  }
  // Without the prose, the UO alone: the other fields are reported missing.
  const std::string alone = with(with(clean_convention(), schedule, "UO\tAE\tCP\n0219-CSPO-DNUM\t100 000 €\t100 000 €\n"), chorus_block, "");
  expect_finding(lint_text(alone), rule, Severity::warning, position_in(alone, "UO\tAE"), 3);
}

TEST(Rule_finance_chorus, ReadsATableWhoseHeaderNamesTheFields) {
  // « Programme | Centre financier | … » over one row of codes per block.
  const std::string columns = "| Programme | Centre financier | Domaine fonctionnel | Activité | Centre de coûts |\n|---|---|---|---|---|\n"
                              "| 219 | 0219-CSPO-DNUM | 0219-03 | 021903010101 | SPORTS0075 |\n";
  const auto linted = lint_text(with(clean_convention(), chorus_block, columns));
  expect_none(linted, rule);
  expect_none(linted, "finance/programme");
  ASSERT_EQ(linted.parsed.document.facts.chorus.size(), 1u);
  EXPECT_EQ(linted.parsed.document.facts.chorus[0].programme, 219);
  const std::string empty = with(clean_convention(), chorus_block, with(columns, "| 021903010101 |", "|  |"));
  expect_finding(lint_text(empty), rule, Severity::warning, position_in(empty, "Activité |"));
}

TEST(Rule_finance_chorus, ReadsAFieldHeaderThatWrapsAndACodeCutAtAHyphen) {
  // A narrow Word table: « Domaine » over « fonctionnel » in the header, « 0219-CSPO- » over « DNUM » below the row.
  for (const std::string columns :
       {"Centre financier\tCentre de coûts\tDomaine\tActivité\n\t\tfonctionnel\t\n0219-CSPO-DNUM\tSPORTS0075\t0219-03\t021903010101\n",
        "Centre financier    Centre de coûts     Domaine             Activité\n                                        fonctionnel\n"
        "0219-CSPO-          SPORTS0075          0219-03             021903010101\nDNUM\n"}) {
    const auto linted = lint_text(with(clean_convention(), chorus_block, columns));
    expect_none(linted, rule);
    ASSERT_EQ(linted.parsed.document.facts.chorus.size(), 1u) << columns;
    EXPECT_EQ(linted.parsed.document.facts.chorus[0].centre_financier->value, "0219-CSPO-DNUM");
    EXPECT_EQ(linted.parsed.document.facts.chorus[0].domaine_fonctionnel->value, "0219-03");
  }
  // A code that does not end with a hyphen takes nothing from the line below.
  const std::string text = with(clean_convention(), chorus_block,
                                "Centre financier\tCentre de coûts\tDomaine\tActivité\n\t\tfonctionnel\t\n0219-CSPO\tSPORTS0075\t0219-03\t021903010101\nDNUM\n");
  expect_finding(lint_text(text), rule, Severity::warning, position_in(text, "0219-CSPO\t"));
}

TEST(Rule_finance_chorus, ReadsATableOfSeveralProgrammesWhoseColumnsWereFlattenedOrWrittenOneAfterTheOther) {
  // A row of codes per programme: flattened to single spaces (`pandoc -t plain`), or each column a paragraph
  // (`pdftotext` without -layout).
  for (const std::string table :
       {"Programme Centre financier Domaine fonctionnel Activité Centre de coûts\n\n219 0219-CSPO-DNUM 0219-03 021903010101 SPORTS0075\n\n"
        "163 0163-CJEU-DNUM 0163-02 016302010203 SPORTS0075\n",
        "Centre financier\n0219-CSPO-DNUM\n0163-CJEU-DNUM\n\nDomaine fonctionnel\n0219-03\n0163-02\n\nActivité\n021903010101\n016302010203\n\n"
        "Centre de coûts\nSPORTS0075\nSPORTS0075\n"}) {
    const auto linted = lint_text(with(clean_convention(), chorus_block, table));
    expect_none(linted, rule);
    expect_none(linted, "finance/programme");
    ASSERT_EQ(linted.parsed.document.facts.chorus.size(), 2u) << table;
    EXPECT_EQ(linted.parsed.document.facts.chorus[1].centre_financier->value, "0163-CJEU-DNUM") << table;
    EXPECT_EQ(linted.parsed.document.facts.chorus[1].activite->value, "016302010203") << table;
  }
  // A column with a code fewer than the others is read no further: the codes are left to the usual readers.
  const std::string uneven = with(clean_convention(), chorus_block,
                                  "Centre financier\n0219-CSPO-DNUM\n0163-CJEU-DNUM\n\nDomaine fonctionnel\n0219-03\n\nActivité\n021903010101\n016302010203\n");
  EXPECT_NE(lint_text(uneven).parsed.document.facts.chorus.size(), 2u);
}

TEST(Rule_finance_chorus, SplitsTwoCodesInOneCellBesideAnEmptyOne) {
  // Two narrow columns whose gap a PDF reader lost: « 021903010101 SPORTS0075 » in the activité cell.
  const std::string columns = "Centre financier\tDomaine fonctionnel\tActivité\tCentre de coûts\n0219-CSPO-DNUM\t0219-03\t021903010101 SPORTS0075\t\n";
  const auto linted = lint_text(with(clean_convention(), chorus_block, columns));
  expect_none(linted, rule);
  ASSERT_EQ(linted.parsed.document.facts.chorus.size(), 1u);
  EXPECT_EQ(linted.parsed.document.facts.chorus[0].activite->value, "021903010101");
  EXPECT_EQ(linted.parsed.document.facts.chorus[0].centre_de_cout->value, "SPORTS0075");
  // Words that are no codes stay one value, and the empty cell is reported.
  const std::string text = with(clean_convention(), chorus_block, with(columns, "021903010101 SPORTS0075", "voir annexe"));
  EXPECT_FALSE(lint_text(text).of(rule).empty());
}

TEST(Rule_finance_chorus, PairsLabelsRunTogetherWithTheCodesThatFollowThem) {
  // A table exported one cell per line and joined into a paragraph, or `pdftotext` writing each cell as a block:
  // the labels one after the other, then as many codes.
  for (const std::string cells : {"Les dépenses sont imputées sur les références suivantes :\nCentre financier\nCentre de coûts\nDomaine fonctionnel\n"
                                  "Activité\n0219-CSPO-DNUM\nSPORTS0075\n0219-03\n021903010101\n",
                                  "Les dépenses sont imputées sur les références suivantes :\nCentre financier\n\nCentre de coûts\n\n0219-CSPO-DNUM\n\n"
                                  "SPORTS0075\n\nDomaine\nfonctionnel\n0219-03\n\nActivité\n021903010101\n"}) {
    const auto linted = lint_text(with(clean_convention(), chorus_block, cells));
    expect_none(linted, rule);
    ASSERT_EQ(linted.parsed.document.facts.chorus.size(), 1u) << cells;
    EXPECT_EQ(linted.parsed.document.facts.chorus[0].centre_financier->value, "0219-CSPO-DNUM");
    EXPECT_EQ(linted.parsed.document.facts.chorus[0].centre_de_cout->value, "SPORTS0075");
  }
  // One code fewer than the labels pairs nothing by rank.
  const auto uneven = lint_text(with(clean_convention(), chorus_block, "Imputation :\nCentre financier\nCentre de coûts\nActivité\n0219-CSPO-DNUM\nSPORTS0075\n"));
  EXPECT_FALSE(uneven.of(rule).empty());
  for (const auto& block : uneven.parsed.document.facts.chorus)
    EXPECT_FALSE(block.centre_financier && block.centre_financier->value == "0219-CSPO-DNUM");
}

TEST(Rule_finance_chorus, ReadsTheUoAsTheCentreFinancier) {
  for (const std::string uo : {"UO : 0219-CSPO-DNUM\nDomaine fonctionnel : 0219-03\nActivité : 021903010101\nCentre de coût : SPORTS0075\n",
                               "Les dépenses sont imputées sur l'UO 0219-CSPO-DNUM, domaine fonctionnel 0219-03, activité 021903010101, centre de coût SPORTS0075.\n"}) {
    const auto linted = lint_text(with(clean_convention(), chorus_block, uo));
    expect_none(linted, rule);
    ASSERT_EQ(linted.parsed.document.facts.chorus.size(), 1u) << uo;
    EXPECT_EQ(linted.parsed.document.facts.chorus[0].centre_financier->value, "0219-CSPO-DNUM") << uo;
  }
  // « l'UO » named in a sentence without its code is no field.
  const std::string text = with(clean_convention(), chorus_block, "Les crédits sont mis à disposition sur l'UO du délégataire.\n" + chorus_fields);
  expect_none(lint_text(text), rule);
}

TEST(Rule_finance_chorus, PairsLabelsAndCodesThatPdftotextWroteOneColumnAfterTheOther) {
  const std::string stacked = "Domaine fonctionnel :\nCentre financier :\nActivité :\nCentre de coût :\n\n0219-03\n0219-CSPO-DNUM\n021903010101\nSPORTS0075\n";
  const auto linted = lint_text(with(clean_convention(), chorus_block, stacked));
  expect_none(linted, rule);
  ASSERT_EQ(linted.parsed.document.facts.chorus.size(), 1u);
  EXPECT_EQ(linted.parsed.document.facts.chorus[0].centre_financier->value, "0219-CSPO-DNUM");
  const std::string bad = with(clean_convention(), chorus_block, with(stacked, "\n0219-03\n", "\n0219-3\n"));
  expect_finding(lint_text(bad), rule, Severity::warning, position_in(bad, "0219-3\n"));
}

TEST(Rule_finance_chorus, PairsLabelsAndCodesThatPdftotextWroteOneCellPerLine) {
  // `pdftotext` without -layout on a two-column table without colons: each cell on its own line, blank lines between,
  // the first label run into the sentence that leads into the table.
  for (const std::string cells : {"Les dépenses sont imputées comme suit :\nDomaine fonctionnel\n\n0219-03\n\nCentre financier\n\n0219-CSPO-DNUM\n\n"
                                  "Activité\n\n021903010101\n\nCentre de coût\n\nSPORTS0075\n",
                                  "Domaine fonctionnel\n\n0219-03\n\nCentre financier :\n\n0219-CSPO-DNUM\n\nActivité\n\n021903010101\n\n"
                                  "Centre de coûts\n\nSPORTS0075\n"}) {
    const auto linted = lint_text(with(clean_convention(), chorus_block, cells));
    expect_none(linted, rule);
    ASSERT_EQ(linted.parsed.document.facts.chorus.size(), 1u);
    EXPECT_EQ(linted.parsed.document.facts.chorus[0].centre_financier->value, "0219-CSPO-DNUM");
    EXPECT_EQ(linted.parsed.document.facts.chorus[0].centre_de_cout->value, "SPORTS0075");
  }
  const std::string bad = with(clean_convention(), chorus_block, "Domaine fonctionnel\n\n0219-3\n\nCentre financier\n\n0219-CSPO-DNUM\n\n"
                                                                 "Activité\n\n021903010101\n\nCentre de coût\n\nSPORTS0075\n");
  expect_finding(lint_text(bad), rule, Severity::warning, position_in(bad, "0219-3\n"));
}

TEST(Rule_finance_chorus, ReadsAColonThatATabStopSetApartAsNoValue) {
  // OCR of a table typed with tab stops: « Centre financier ⇥ : ⇥ 0219-CSPO-DNUM ».
  expect_none(lint_text(with(clean_convention(), "Centre financier :\t0219-CSPO-DNUM", "Centre financier\t:\t0219-CSPO-DNUM")), rule);
  const std::string text = with(clean_convention(), "Centre financier :\t0219-CSPO-DNUM", "Centre financier\t:\t");
  const auto linted = lint_text(text);
  expect_finding(linted, rule, Severity::warning, position_in(text, "Centre financier"));
  EXPECT_NE(linted.of(rule)[0].message.find("vide"), std::string::npos) << linted.of(rule)[0].message;
}

TEST(Rule_finance_chorus, GivesCodesOnLinesOfTheirOwnToTheFieldsLeftEmptyAbove) {
  // `pdftotext` without -layout on a table typed with tab stops: some labels lose their codes to the lines below.
  const std::string apart = "Références Chorus :\nDomaine fonctionnel : 0219-03\nCentre financier :\nActivité :\n\n0219-CSPO-DNUM\n\n021903010101\n\nCentre de coût :\n\nSPORTS0075\n";
  const auto linted = lint_text(with(clean_convention(), chorus_block, apart));
  expect_none(linted, rule);
  ASSERT_EQ(linted.parsed.document.facts.chorus.size(), 1u);
  EXPECT_EQ(linted.parsed.document.facts.chorus[0].activite->value, "021903010101");
  // A field left empty above prose stays empty.
  const std::string empty = with(clean_convention(), "Centre de coût :\tSPORTS0075\n", "Centre de coût :\n");
  expect_finding(lint_text(empty), rule, Severity::warning, position_in(empty, "Centre de coût"));
}

}  // namespace
}  // namespace convlint::testing
