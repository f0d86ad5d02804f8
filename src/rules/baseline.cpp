#include "rules/baseline.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fstream>

namespace convlint::rules {

namespace {

std::string collapse_spaces(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

uint64_t fnv1a(std::string_view text) {
  uint64_t hash = 1469598103934665603ull;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

}  // namespace

std::string fingerprint(const Finding& finding, const source::SourceText& source) {
  const std::string_view text = source.text;
  const uint32_t begin = std::min<uint32_t>(finding.span.begin, static_cast<uint32_t>(text.size()));
  const size_t line_start = text.rfind('\n', begin == 0 ? 0 : begin - 1);
  const size_t from = line_start == std::string_view::npos || begin == 0 ? 0 : line_start + 1;
  const size_t line_end = std::min(text.find('\n', begin), text.size());
  const std::string key = finding.rule + '\x1f' +
                          collapse_spaces(text.substr(begin, std::min<size_t>(finding.span.size(), 200))) + '\x1f' +
                          collapse_spaces(text.substr(from, line_end - from));
  return fmt::format("{:016x}", fnv1a(key));
}

Expected<Baseline, LoadError> Baseline::load(const std::string& path) {
  std::ifstream file(path);
  if (!file) return LoadError{path, 0, ui_localized("baseline.unreadable_baseline")};
  Baseline baseline;
  try {
    const nlohmann::json root = nlohmann::json::parse(file);
    for (const auto& entry : root.at("findings")) {
      baseline.entries_[{entry.at("path").get<std::string>(), entry.at("rule").get<std::string>(),
                         entry.at("fingerprint").get<std::string>()}] += 1;
    }
  } catch (const nlohmann::json::exception& problem) {
    return LoadError{path, 0, ui_localized("baseline.invalid_baseline", {{"problem", problem.what()}})};
  }
  return baseline;
}

void Baseline::add(const std::string& path, const Finding& finding, const source::SourceText& source) {
  entries_[{path, finding.rule, fingerprint(finding, source)}] += 1;
}

void Baseline::filter(const std::string& path, std::vector<Finding>& findings, const source::SourceText& source) const {
  std::map<std::tuple<std::string, std::string, std::string>, int> used;
  std::erase_if(findings, [&](const Finding& finding) {
    const auto key = std::make_tuple(path, finding.rule, fingerprint(finding, source));
    const auto accepted = entries_.find(key);
    if (accepted == entries_.end() || used[key] >= accepted->second) return false;
    ++used[key];
    return true;
  });
}

std::optional<LoadError> Baseline::save(const std::string& path) const {
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const auto& [key, count] : entries_) {
    for (int i = 0; i < count; ++i)
      findings.push_back({{"path", std::get<0>(key)}, {"rule", std::get<1>(key)}, {"fingerprint", std::get<2>(key)}});
  }
  std::ofstream file(path);
  if (!file) return LoadError{path, 0, ui_localized("baseline.cannot_write_the_baseline")};
  file << nlohmann::ordered_json{{"tool", "convlint"}, {"version", 1}, {"findings", findings}}.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  return std::nullopt;
}

}  // namespace convlint::rules
