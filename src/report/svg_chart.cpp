#include "report/svg_chart.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "report/html_writer.hpp"

namespace convlint::report {

namespace {

constexpr int label_width = 300, bar_area = 320, bar_height = 14, gap = 8, value_width = 130;

// The first `limit` code points of `text`, with « … » when cut.
std::string shortened(std::string_view text, size_t limit) {
  size_t at = 0, count = 0;
  while (at < text.size() && count < limit) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    ++count;
  }
  return at < text.size() ? std::string(text.substr(0, at)) + "…" : std::string(text);
}

}  // namespace

std::string bar_chart(std::string_view id, std::string_view caption, const std::vector<ChartSeries>& series,
                      const std::vector<ChartItem>& items) {
  const size_t drawn = std::min(items.size(), chart_items);
  double largest = 0;
  for (size_t i = 0; i < drawn; ++i)
    for (const double value : items[i].values) largest = std::max(largest, value);
  const int group = static_cast<int>(series.size()) * bar_height + gap;
  const int legend = series.size() > 1 ? 22 : 0;
  const int height = legend + static_cast<int>(drawn) * group + gap;
  const int width = label_width + bar_area + value_width;
  std::string out = fmt::format(
      "<svg id=\"{}\" role=\"img\" aria-label=\"{}\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" "
      "xmlns=\"http://www.w3.org/2000/svg\" font-family=\"system-ui,sans-serif\" font-size=\"12\">\n",
      html_escape(id), html_escape(caption), width, height, width, height);
  for (size_t s = 0; s < series.size() && series.size() > 1; ++s) {
    const int x = label_width + static_cast<int>(s) * 110;
    out += fmt::format("<rect x=\"{}\" y=\"4\" width=\"12\" height=\"12\" fill=\"{}\"/><text x=\"{}\" y=\"14\">{}</text>\n", x,
                       series[s].colour, x + 16, html_escape(series[s].name));
  }
  for (size_t i = 0; i < drawn; ++i) {
    const ChartItem& item = items[i];
    const int top = legend + static_cast<int>(i) * group;
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", label_width - 8,
                       top + group / 2 + 2, html_escape(shortened(item.label, 40)));
    for (size_t s = 0; s < series.size() && s < item.values.size(); ++s) {
      const double share = largest > 0 ? std::max(0.0, item.values[s]) / largest : 0;
      const int y = top + static_cast<int>(s) * bar_height;
      const std::string shown = s < item.shown.size() ? item.shown[s] : fmt::format("{}", item.values[s]);
      out += fmt::format("<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"{}\"><title>{} — {}{}</title></rect>"
                         "<text x=\"{:.1f}\" y=\"{}\">{}</text>\n",
                         label_width, y, std::max(1.0, share * bar_area), bar_height - 2, item.colour.empty() ? series[s].colour : item.colour, html_escape(item.label),
                         series.size() > 1 ? html_escape(series[s].name) + " " : "", html_escape(shown),
                         label_width + std::max(1.0, share * bar_area) + 4, y + bar_height - 4, html_escape(shown));
    }
  }
  return out + "</svg>\n";
}

}  // namespace convlint::report
