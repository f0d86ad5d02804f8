#include "rule_cases.hpp"

#include <algorithm>
#include <cstdlib>

#include "rule_test_support.hpp"

namespace convlint::testing {
namespace {

constexpr std::string_view mark_open = "⟦";
constexpr std::string_view mark_close = "⟧";
constexpr std::string_view suggestion_arrow = "→";

std::vector<std::string> lines_of(const std::string& content) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= content.size()) {
    const size_t end = content.find('\n', start);
    if (end == std::string::npos) {
      if (start < content.size()) lines.push_back(content.substr(start));
      break;
    }
    lines.push_back(content.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::string unescape(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out += text[i];
      continue;
    }
    const char next = text[++i];
    const std::string hex(text.substr(i + 1, 2));
    char* end = nullptr;
    const long byte = next == 'x' ? std::strtol(hex.c_str(), &end, 16) : 0;
    if (next == 'x' && hex.size() == 2 && *end == '\0') {  // « \xFF »: a byte that is no UTF-8
      out += static_cast<char>(byte);
      i += 2;
      continue;
    }
    out += next == 'n' ? '\n' : next == 't' ? '\t' : next == 'f' ? '\f' : next;
  }
  return out;
}

std::string trimmed(std::string_view text) {
  const size_t first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, text.find_last_not_of(' ') - first + 1));
}

// « error », « warning finance/schedule », « error → trois mois »: the mark's content, for a finding of `rule`.
std::optional<ExpectedFinding> parse_mark(std::string_view content, const std::string& rule) {
  ExpectedFinding expected{rule, {}, 0, 0, std::nullopt};
  if (const size_t arrow = content.find(suggestion_arrow); arrow != std::string_view::npos) {
    expected.suggestion = trimmed(content.substr(arrow + suggestion_arrow.size()));
    content = content.substr(0, arrow);
  }
  const std::string head = trimmed(content);
  const size_t space = head.find(' ');
  const auto severity = rules::parse_severity(head.substr(0, space));
  if (!severity) return std::nullopt;
  expected.severity = *severity;
  if (space != std::string::npos) expected.rule = trimmed(head.substr(space + 1));
  return expected;
}

// Takes the marks out of `text`, noting where each stood.
void take_marks(RuleCase& rule_case, const std::string& text) {
  uint32_t line = 1, column = 1;
  size_t at = 0;
  while (at < text.size()) {
    if (text.compare(at, mark_open.size(), mark_open) == 0) {
      const size_t close = text.find(mark_close, at);
      const auto mark = close == std::string::npos ? std::nullopt
                                                   : parse_mark(std::string_view(text).substr(at + mark_open.size(), close - at - mark_open.size()), rule_case.rule);
      if (!mark) {
        rule_case.problem = "unreadable mark at line " + std::to_string(line) + " of the case's text";
        return;
      }
      rule_case.expected.push_back(*mark);
      rule_case.expected.back().line = line;
      rule_case.expected.back().column = column;
      at = close + mark_close.size();
      continue;
    }
    const char byte = text[at++];
    rule_case.text += byte;
    if (byte == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(byte) & 0xC0) != 0x80) {
      ++column;
    }
  }
}

// One case, from its « === » line to the next one.
RuleCase read_case(const std::string& rule, const std::filesystem::path& file, const std::vector<std::string>& lines, size_t first, size_t end) {
  RuleCase rule_case;
  rule_case.rule = rule;
  rule_case.file = file;
  rule_case.file_line = static_cast<int>(first) + 1;
  rule_case.name = trimmed(std::string_view(lines[first]).substr(4));
  std::string text = clean_convention();
  std::optional<std::string> removed;
  for (size_t i = first + 1; i < end && rule_case.problem.empty(); ++i) {
    const std::string& line = lines[i];
    if (line == "text:") {
      size_t last = end;
      while (last > i + 1 && lines[last - 1].empty()) --last;
      text.clear();
      for (size_t j = i + 1; j < last; ++j) text += lines[j] + "\n";
      break;
    }
    if (line.starts_with("- ")) {
      removed = unescape(std::string_view(line).substr(2));
    } else if (line.starts_with("+")) {
      const std::string added = unescape(std::string_view(line).substr(std::min<size_t>(line.size(), 2)));
      const size_t at = removed ? text.find(*removed) : std::string::npos;
      if (at == std::string::npos) {
        rule_case.problem = "line " + std::to_string(i + 1) + ": « + » without a « - » found in the text";
      } else {
        text.replace(at, removed->size(), added);
      }
      removed.reset();
    } else if (line.starts_with("profile: ")) {
      rule_case.profile = line.substr(9);
    } else if (line.starts_with("base: ")) {
      text = read_file(project_dir() / "tests" / "fixtures" / line.substr(6));
      if (text.empty()) rule_case.problem = "line " + std::to_string(i + 1) + ": no fixture « " + line.substr(6) + " »";
    } else if (line.starts_with("silent: ")) {
      rule_case.silent.push_back(line.substr(8));
    } else if (line.starts_with("read: scan")) {
      char* parsed_to = nullptr;
      const std::string percent = line.size() > 11 ? line.substr(11) : "85";
      rule_case.scan_confidence = std::strtof(percent.c_str(), &parsed_to);
      if (*parsed_to != '\0') rule_case.problem = "line " + std::to_string(i + 1) + ": « read: scan » takes a confidence in %";
    } else if (!line.empty() && !line.starts_with("#")) {
      rule_case.problem = "line " + std::to_string(i + 1) + ": not a case line: « " + line + " »";
    }
  }
  if (removed && rule_case.problem.empty()) rule_case.problem = "a « - » line without its « + »";
  if (rule_case.problem.empty()) take_marks(rule_case, text);
  return rule_case;
}

}  // namespace

std::filesystem::path rule_cases_dir() { return project_dir() / "tests" / "rules" / "cases"; }

std::vector<RuleCase> read_rule_cases(const std::filesystem::path& file) {
  const std::string rule = file.parent_path().filename().string() + "/" + file.stem().string();
  const std::vector<std::string> lines = lines_of(read_file(file));
  std::vector<RuleCase> cases;
  std::vector<size_t> openings;
  for (size_t i = 0; i < lines.size(); ++i)
    if (lines[i].starts_with("=== ")) openings.push_back(i);
  for (size_t k = 0; k < openings.size(); ++k)
    cases.push_back(read_case(rule, file, lines, openings[k], k + 1 < openings.size() ? openings[k + 1] : lines.size()));
  return cases;
}

std::vector<RuleCase> all_rule_cases() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(rule_cases_dir()))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<RuleCase> cases;
  for (const auto& file : files) {
    auto read = read_rule_cases(file);
    cases.insert(cases.end(), std::make_move_iterator(read.begin()), std::make_move_iterator(read.end()));
  }
  return cases;
}

}  // namespace convlint::testing
