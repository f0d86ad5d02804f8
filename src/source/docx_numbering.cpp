#include "source/docx_numbering.hpp"

#include <cstdlib>

#include "source/list_numbers.hpp"

namespace convlint::source {

namespace {

int number_attribute(pugi::xml_node node, int fallback) {
  const pugi::xml_attribute value = node.attribute("w:val");
  return value ? std::atoi(value.value()) : fallback;
}

}  // namespace

DocxNumbering::DocxNumbering(const pugi::xml_document& numbering, const pugi::xml_document& styles) {
  const pugi::xml_node root = numbering.child("w:numbering");
  for (pugi::xml_node abstract : root.children("w:abstractNum")) {
    std::array<Level, levels> definition;
    for (pugi::xml_node level : abstract.children("w:lvl")) {
      const int index = std::atoi(level.attribute("w:ilvl").value());
      if (index < 0 || index >= levels) continue;
      Level& entry = definition[static_cast<size_t>(index)];
      entry.start = number_attribute(level.child("w:start"), 1);
      if (level.child("w:numFmt")) entry.format = level.child("w:numFmt").attribute("w:val").value();
      entry.text = level.child("w:lvlText").attribute("w:val").value();
      if (level.child("w:suff")) entry.suffix = level.child("w:suff").attribute("w:val").value();
    }
    abstracts_[abstract.attribute("w:abstractNumId").value()] = definition;
  }
  for (pugi::xml_node num : root.children("w:num")) {
    Instance instance{num.child("w:abstractNumId").attribute("w:val").value(), {}, false};
    for (pugi::xml_node override_node : num.children("w:lvlOverride"))
      if (override_node.child("w:startOverride"))
        instance.start_overrides[std::atoi(override_node.attribute("w:ilvl").value())] =
            number_attribute(override_node.child("w:startOverride"), 1);
    instances_[num.attribute("w:numId").value()] = std::move(instance);
  }
  read_styles(styles);
}

void DocxNumbering::read_styles(const pugi::xml_document& styles) {
  for (pugi::xml_node style : styles.child("w:styles").children("w:style"))
    styles_[style.attribute("w:styleId").value()] = style;
}

DocxNumbering::StyleNumbering DocxNumbering::style_numbering(const std::string& style_id, int depth) const {
  const auto found = styles_.find(style_id);
  if (found == styles_.end() || depth > 16) return {};
  const pugi::xml_node numbering = found->second.child("w:pPr").child("w:numPr");
  StyleNumbering inherited = style_numbering(found->second.child("w:basedOn").attribute("w:val").value(), depth + 1);
  if (numbering.child("w:numId")) inherited.num_id = numbering.child("w:numId").attribute("w:val").value();
  if (numbering.child("w:ilvl")) inherited.level = number_attribute(numbering.child("w:ilvl"), 0);
  return inherited;
}

std::string DocxNumbering::next_label(pugi::xml_node paragraph) {
  const pugi::xml_node properties = paragraph.child("w:pPr");
  StyleNumbering numbering = style_numbering(properties.child("w:pStyle").attribute("w:val").value());
  const pugi::xml_node direct = properties.child("w:numPr");
  if (direct.child("w:numId")) numbering.num_id = direct.child("w:numId").attribute("w:val").value();
  if (direct.child("w:ilvl")) numbering.level = number_attribute(direct.child("w:ilvl"), 0);
  const auto instance = instances_.find(numbering.num_id);
  if (instance == instances_.end() || numbering.level < 0 || numbering.level >= levels) return {};
  const auto abstract = abstracts_.find(instance->second.abstract_id);
  if (abstract == abstracts_.end()) return {};
  const auto& definition = abstract->second;
  std::array<std::optional<int>, levels>& counters = counters_.try_emplace(abstract->first).first->second;
  const auto level = static_cast<size_t>(numbering.level);
  if (!instance->second.used) {  // a list that restarts: its first use sets the overridden start values
    instance->second.used = true;
    for (const auto& [overridden, start] : instance->second.start_overrides)
      if (overridden >= 0 && overridden < levels) counters[static_cast<size_t>(overridden)] = start - 1;
  }
  counters[level] = counters[level] ? *counters[level] + 1 : definition[level].start;
  for (size_t deeper = level + 1; deeper < levels; ++deeper) counters[deeper].reset();

  const Level& shown = definition[level];
  if (shown.format == "bullet") return bullet_text(shown.text) + " ";
  std::string label;
  for (size_t i = 0; i < shown.text.size(); ++i) {
    const char c = shown.text[i];
    if (c == '%' && i + 1 < shown.text.size() && shown.text[i + 1] >= '1' && shown.text[i + 1] <= '9') {
      const auto referenced = static_cast<size_t>(shown.text[++i] - '1');
      const int value = counters[referenced].value_or(definition[referenced].start);
      label += format_list_number(value, definition[referenced].format);
    } else {
      label += c;
    }
  }
  if (label.empty()) return {};
  // A tab after the label only aligns the text; a space keeps the heading on one readable line.
  return shown.suffix == "nothing" ? label : label + " ";
}

}  // namespace convlint::source
