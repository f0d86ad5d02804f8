// The words of messages/ui.yaml: every key the sources ask for is there in both languages, and every key there is
// asked for.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "base/ui_text.hpp"
#include "test_support.hpp"

namespace convlint::testing {
namespace {

// The groups of messages/ui.yaml (« input_error », « words »…).
std::set<std::string> groups_of_the_file() {
  const std::string file = read_file(project_dir() / "messages" / "ui.yaml");
  const std::regex key(R"re((?:^|\n)([a-z_]+)\.[a-z0-9_]+:)re");
  std::set<std::string> groups;
  for (auto match = std::sregex_iterator(file.begin(), file.end(), key); match != std::sregex_iterator(); ++match) groups.insert((*match)[1].str());
  return groups;
}

// Every string literal of src/ that names a key of one of those groups (« "words.error" »).
std::set<std::string> keys_asked_by_the_sources() {
  const auto groups = groups_of_the_file();
  const std::regex literal(R"re("([a-z_]+)\.([a-z0-9_]+)")re");
  std::set<std::string> keys;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(project_dir() / "src")) {
    if (entry.path().extension() != ".cpp") continue;
    const std::string source = read_file(entry.path());
    for (auto match = std::sregex_iterator(source.begin(), source.end(), literal); match != std::sregex_iterator(); ++match)
      if (groups.contains((*match)[1].str())) keys.insert((*match)[1].str() + "." + (*match)[2].str());
  }
  return keys;
}

TEST(UiText, EveryKeyTheSourcesAskForIsThereInBothLanguages) {
  const auto keys = keys_asked_by_the_sources();
  EXPECT_GT(keys.size(), 90u);
  for (const std::string& key : keys) EXPECT_TRUE(has_ui_text(key)) << key << " is not in messages/ui.yaml in French and English";
}

TEST(UiText, EveryKeyOfTheFileIsAskedFor) {
  const auto asked = keys_asked_by_the_sources();
  const std::string file = read_file(project_dir() / "messages" / "ui.yaml");
  const std::regex key(R"re((?:^|\n)([a-z_]+\.[a-z0-9_]+):)re");
  size_t count = 0;
  for (auto match = std::sregex_iterator(file.begin(), file.end(), key); match != std::sregex_iterator(); ++match, ++count)
    EXPECT_TRUE(asked.contains((*match)[1].str())) << (*match)[1].str() << " is asked for by no source";
  EXPECT_GT(count, 90u);
}

TEST(UiText, FillsEachPlaceholderWithItsValue) {
  EXPECT_EQ(ui_format(Language::fr, "words.unknown_rule_closest", {{"id", "terms/role"}, {"closest", "terms/roles"}}),
            "règle inconnue « terms/role » (vouliez-vous dire « terms/roles » ?)");
  const LocalizedText both = ui_localized("words.unknown_rule", {{"id", "{id}"}});
  EXPECT_EQ(both.en, "unknown rule « {id} »");
  EXPECT_EQ(both.fr, "règle inconnue « {id} »");
}

TEST(UiText, GivesTheWordsOfEachLanguageAndTheKeyWhenAbsent) {
  EXPECT_EQ(ui_text(Language::fr, "input_error.empty_file"), "fichier vide");
  EXPECT_EQ(ui_text(Language::en, "input_error.empty_file"), "empty file");
  EXPECT_EQ(ui_text(Language::en, "no.such_key"), "no.such_key");
  EXPECT_FALSE(has_ui_text("no.such_key"));
}

}  // namespace
}  // namespace convlint::testing
