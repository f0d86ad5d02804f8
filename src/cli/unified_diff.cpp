#include "cli/unified_diff.hpp"

#include <algorithm>
#include <vector>

namespace convlint::cli {

namespace {

// The lines of a text, each with its line end (the last may have none).
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  for (size_t start = 0; start < text.size();) {
    const size_t end = std::min(text.find('\n', start), text.size() - 1) + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

enum class Op { keep, remove, add };

// The shortest edit script from `a` to `b` (Myers' greedy algorithm, with one saved frontier per edit step).
std::vector<Op> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  const auto n = static_cast<long>(a.size()), m = static_cast<long>(b.size());
  const long offset = n + m + 1;
  std::vector<long> frontier(static_cast<size_t>(2 * offset + 1), 0);
  std::vector<std::vector<long>> trace;
  long steps = 0;
  for (long d = 0; d <= n + m; ++d) {
    trace.push_back(frontier);
    bool reached = false;
    for (long k = -d; k <= d && !reached; k += 2) {
      auto at = [&](long diagonal) -> long& { return frontier[static_cast<size_t>(diagonal + offset)]; };
      long x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      long y = x - k;
      while (x < n && y < m && a[static_cast<size_t>(x)] == b[static_cast<size_t>(y)]) ++x, ++y;
      at(k) = x;
      reached = x >= n && y >= m;
    }
    if (reached) {
      steps = d;
      break;
    }
  }
  std::vector<Op> script;
  long x = n, y = m;
  for (long d = steps; d > 0; --d) {
    const std::vector<long>& before = trace[static_cast<size_t>(d)];
    auto at = [&](long diagonal) { return before[static_cast<size_t>(diagonal + offset)]; };
    const long k = x - y;
    const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
    const long previous_k = down ? k + 1 : k - 1;
    const long previous_x = at(previous_k), previous_y = previous_x - previous_k;
    while (x > previous_x + (down ? 0 : 1) && y > previous_y + (down ? 1 : 0)) script.push_back(Op::keep), --x, --y;
    script.push_back(down ? Op::add : Op::remove);
    x = previous_x, y = previous_y;
  }
  while (x > 0 && y > 0) script.push_back(Op::keep), --x, --y;
  std::reverse(script.begin(), script.end());
  return script;
}

void add_line(std::string& out, char mark, std::string_view line) {
  out += mark;
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(std::string_view path, std::string_view before, std::string_view after) {
  if (before == after) return {};
  const std::vector<std::string_view> a = lines_of(before), b = lines_of(after);
  const std::vector<Op> script = edit_script(a, b);
  constexpr size_t context = 3;
  std::string out = "--- " + std::string(path) + "\n+++ " + std::string(path) + "\n";
  // Hunks: runs of changes with the context around them, joined when their contexts touch.
  size_t i = 0;
  while (i < script.size()) {
    if (script[i] == Op::keep) {
      ++i;
      continue;
    }
    size_t last_change = i;
    for (size_t j = i; j < script.size(); ++j) {
      if (script[j] != Op::keep) last_change = j;
      else if (j - last_change > 2 * context) break;
    }
    const size_t first = i >= context ? i - context : 0;
    const size_t end = std::min(script.size(), last_change + 1 + context);
    size_t a_line = 0, b_line = 0;
    for (size_t j = 0; j < first; ++j) {
      a_line += script[j] != Op::add;
      b_line += script[j] != Op::remove;
    }
    size_t a_count = 0, b_count = 0;
    std::string body;
    for (size_t j = first; j < end; ++j) {
      switch (script[j]) {
        case Op::keep: add_line(body, ' ', a[a_line + a_count]); ++a_count, ++b_count; break;
        case Op::remove: add_line(body, '-', a[a_line + a_count]); ++a_count; break;
        case Op::add: add_line(body, '+', b[b_line + b_count]); ++b_count; break;
      }
    }
    auto range = [](size_t start, size_t count) {
      return std::to_string(count == 0 ? start : start + 1) + (count == 1 ? "" : "," + std::to_string(count));
    };
    out += "@@ -" + range(a_line, a_count) + " +" + range(b_line, b_count) + " @@\n" + body;
    i = end;
  }
  return out;
}

}  // namespace convlint::cli
