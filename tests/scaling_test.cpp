// Work grows linearly with every dimension of a document: each is doubled and the instructions convlint spends on the
// document (counted by valgrind, never timed) at most double, within a margin. A stage quadratic in articles,
// references, lines, list items or findings shows as a ratio near 4.
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <regex>

#include "source/sanitizer.hpp"
#include "test_support.hpp"

namespace convlint {
namespace {

namespace fs = std::filesystem;

constexpr bool sanitized = address_sanitized;

const std::string head =
    "Convention de délégation de gestion\n\nEntre le ministère de la culture, délégant, et la direction interministérielle "
    "du numérique, délégataire.\n\nVu le décret n° 2004-1085 du 14 octobre 2004 ;\n\n";

std::string repeat(int count, const std::function<std::string(int)>& piece) {
  std::string out;
  for (int i = 0; i < count; ++i) out += piece(i);
  return out;
}

// Each dimension as a document holding `n` of it.
const std::map<std::string, std::function<std::string(int)>> dimensions = {
    {"articles", [](int n) { return head + repeat(n, [](int i) {
        return "Article " + std::to_string(i + 1) + " : Objet\n\nLe délégataire applique l'article " + std::to_string(std::max(1, i)) + " et rend compte.\n\n"; }); }},
    {"references", [](int n) { return head + "Article 1 : Objet\n\n" + repeat(n, [](int i) {
        return "Conformément à l'article " + std::to_string(1 + i % 3) + " de la présente convention, le délégataire agit.\n"; }) +
        "\nArticle 2 : Durée\n\nTexte.\n\nArticle 3 : Suite\n\nTexte.\n"; }},
    {"lines of one sentence", [](int n) { return head + "Article 1 : Objet\n\n" + repeat(n, [](int i) {
        return "le délégataire exécute les opérations de dépense et de recette numéro " + std::to_string(i) + "\n"; }); }},
    {"list items", [](int n) { return head + "Article 1 : Objet\n\nLe délégataire :\n" + repeat(n, [](int i) {
        return std::string(i % 2 ? "- " : "a) ") + "réalise l'opération " + std::to_string(i) + " ;\n"; }); }},
    {"findings", [](int n) { return head + "Article 1 : Objet\n\n" + repeat(n, [](int i) {
        return "Le délégatiare agit selon l'article " + std::to_string(900 + i) + ".\n\n"; }); }},
    {"table rows", [](int n) { return head + "Article 1 : Crédits\n\n| Année | AE | CP |\n|---|---|---|\n" + repeat(n, [](int i) {
        return "| " + std::to_string(2000 + i % 50) + " | " + std::to_string(1000 + i) + " € | " + std::to_string(900 + i) + " € |\n"; }); }},
    {"footnotes", [](int n) { return head + "Article 1 : Objet\n\n" + repeat(n, [](int i) {
        return "Le délégataire agit\u00B9 pour l'opération " + std::to_string(i) + ".\n\n"; }) + repeat(n, [](int i) {
        return "\u00B9 Note " + std::to_string(i) + ".\n"; }); }},
};

TEST(Scaling, DoublingAnyDimensionAtMostDoublesTheWork) {
  if (sanitized) GTEST_SKIP() << "valgrind cannot run AddressSanitizer builds";
  if (!testing::have("valgrind")) GTEST_SKIP() << "valgrind is missing";
  constexpr int n = 1500;
  const fs::path dir = testing::scratch("scaling");
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::map<std::string, std::string> files;  // name → dimension and size
  std::ofstream(dir / "base.txt") << head + "Article 1 : Objet\n\nTexte.\n";
  int index = 0;
  for (const auto& [name, make] : dimensions) {
    for (const int size : {n, 2 * n}) {
      const std::string file = std::to_string(index) + "-" + std::to_string(size) + ".txt";
      std::ofstream(dir / file) << make(size);
      files[file] = name;
    }
    ++index;
  }
  // Every document counted alone, two at a time: instructions from start to exit, the fixed start-up subtracted below.
  ASSERT_EQ(testing::shell("cd '" + dir.string() + "' && ls *.txt | xargs -P 2 -I{} sh -c \"valgrind --tool=cachegrind --cache-sim=no "
                           "--cachegrind-out-file=/dev/null " + testing::convlint("check -j 1 --format jsonl --fail-on never {}") +
                           " > /dev/null 2> {}.valgrind\""), 0);
  auto instructions = [&](const std::string& file) {
    const std::string log = testing::read_file(dir / (file + ".valgrind"));
    std::smatch match;
    EXPECT_TRUE(std::regex_search(log, match, std::regex("I\\s+refs:\\s+([0-9,]+)"))) << file << ": " << log;
    std::string digits = match.size() > 1 ? match[1].str() : "0";
    digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
    return std::stod(digits);
  };
  const double base = instructions("base.txt");
  index = 0;
  for (const auto& [name, make] : dimensions) {
    const std::string prefix = std::to_string(index++) + "-";
    const double once = instructions(prefix + std::to_string(n) + ".txt") - base;
    const double twice = instructions(prefix + std::to_string(2 * n) + ".txt") - base;
    ASSERT_GT(once, 0) << name;
    EXPECT_LE(twice / once, 2.3) << name << ": " << once << " instructions for " << n << ", " << twice << " for " << 2 * n;
  }
}

}  // namespace
}  // namespace convlint
