#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>

#include <pugixml.hpp>

namespace convlint::source {

// Word's automatic numbering (word/numbering.xml, and the numbering attached to paragraph styles in
// word/styles.xml): the labels Word draws before numbered paragraphs, which are not in the paragraph's text.
class DocxNumbering {
 public:
  DocxNumbering(const pugi::xml_document& numbering, const pugi::xml_document& styles);

  // The label shown before `paragraph` ("Article 3 ", "a) ", "• "), counting the paragraph in its list; empty when
  // the paragraph is not numbered. Call once per paragraph, in document order.
  std::string next_label(pugi::xml_node paragraph);

 private:
  static constexpr int levels = 9;
  struct Level {
    int start = 1;
    std::string format = "decimal";
    std::string text;
    std::string suffix = "tab";
  };
  struct Instance {
    std::string abstract_id;
    std::map<int, int> start_overrides;
    bool used = false;
  };
  struct StyleNumbering {
    std::string num_id;
    int level = 0;
  };

  void read_styles(const pugi::xml_document& styles);
  StyleNumbering style_numbering(const std::string& style_id, int depth = 0) const;

  std::map<std::string, std::array<Level, levels>> abstracts_;
  std::map<std::string, Instance> instances_;
  std::map<std::string, pugi::xml_node> styles_;
  std::map<std::string, std::array<std::optional<int>, levels>> counters_;  // per abstract numbering
};

}  // namespace convlint::source
