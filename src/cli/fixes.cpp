#include "cli/fixes.hpp"

#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "base/ui_text.hpp"
#include "cli/unified_diff.hpp"
#include "source/decode.hpp"
#include "source/text_edit.hpp"

namespace convlint::cli {

namespace {

struct FixedText {
  std::string path;    // the file on disk
  std::string before;  // its bytes as linted
  std::string after;   // with the safe fixes made (the same bytes when there are none)
  size_t fixed = 0;
  std::string problem;  // why the fixes cannot be made (in the run's language); empty when they can
};

// The safe fixes of `result` made to its file; nothing when it has none. Only a regular text file still holding
// the text that was linted can be fixed: a Word or PDF document, an archive member or standard input is named in
// `problem` and left alone.
std::optional<FixedText> fix_file(const lint::FileResult& result, uint64_t max_file_size, Language language) {
  if (!result.source) return std::nullopt;
  std::vector<source::TextEdit> edits;
  for (const rules::Finding& finding : result.findings) {
    if (!finding.fix) continue;
    const source::SourceText& text = *result.source;
    edits.push_back({text.position(finding.fix->span.begin), text.position(finding.fix->span.end), finding.fix->replacement,
                     finding.fix->own_paragraph});
  }
  if (edits.empty()) return std::nullopt;
  FixedText fixed;
  fixed.path = result.source->path;
  struct stat status {};
  if (result.source->format != source::DocumentFormat::text || ::stat(fixed.path.c_str(), &status) != 0 || !S_ISREG(status.st_mode)) {
    fixed.problem = ui_text(language, "fixes.only_a_text_file_can");
    return fixed;
  }
  std::ifstream file(fixed.path, std::ios::binary);
  std::ostringstream bytes;
  bytes << file.rdbuf();
  fixed.before = bytes.str();
  auto decoded = source::decode(fixed.path, fixed.before, max_file_size);
  if (!file || !decoded || decoded->text != result.source->text) {
    fixed.problem = ui_text(language, "fixes.the_file_changed_after_it");
    return fixed;
  }
  source::EditedText edited = source::edit_text(fixed.before, result.source->encoding, std::move(edits));
  if (!edited.problem.empty()) {
    fixed.problem = std::string(ui_text(language, "fixes.the_fixes_cannot_be_written")) + edited.problem + ")";
    return fixed;
  }
  fixed.after = std::move(edited.bytes);
  fixed.fixed = edited.applied;
  return fixed;
}

std::string write_fixed(const FixedText& fixed, Language language) {
  const std::string temporary = fixed.path + ".convlint-fix";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << fixed.after;
    out.close();
    if (!out) {
      std::remove(temporary.c_str());
      return std::string(ui_text(language, "fixes.cannot_write_the_fixed_file"));
    }
  }
  struct stat status {};
  if (::stat(fixed.path.c_str(), &status) == 0) ::chmod(temporary.c_str(), status.st_mode & 07777);
  if (std::rename(temporary.c_str(), fixed.path.c_str()) != 0) {
    std::remove(temporary.c_str());
    return std::string(ui_text(language, "fixes.cannot_replace_the_file"));
  }
  return {};
}

bool reported(const lint::FileResult& result, const std::string& problem) {
  if (!problem.empty()) std::cerr << "convlint: " << result.path << ": " << problem << '\n';
  return problem.empty();
}

}  // namespace

size_t print_fixes(const lint::FileResult& result, uint64_t max_file_size, Language language) {
  const auto fixed = fix_file(result, max_file_size, language);
  if (!fixed || !reported(result, fixed->problem)) return 0;
  std::cout << unified_diff(fixed->path, fixed->before, fixed->after);
  return fixed->fixed;
}

std::optional<size_t> make_fixes(const lint::FileResult& result, uint64_t max_file_size, Language language) {
  const auto fixed = fix_file(result, max_file_size, language);
  if (!fixed) return 0;
  if (!reported(result, fixed->problem) || !reported(result, write_fixed(*fixed, language))) return std::nullopt;
  return fixed->fixed;
}

}  // namespace convlint::cli
