#pragma once
// Horizontal bar charts as inline SVG: no script, no font or style from outside the page.

#include <string>
#include <string_view>
#include <vector>

namespace convlint::report {

// One bar per series for each item: a chart of AE and CP has two series.
struct ChartSeries {
  std::string name;
  std::string colour;  // a CSS colour
};

struct ChartItem {
  std::string label;
  std::vector<double> values;           // one per series
  std::vector<std::string> shown;       // the values as printed beside the bars
  std::string colour = {};              // when set, this item's bars are this colour instead of their series'
};

// Every bar is a <rect class="bar">, with its label and value in a <title>. `id` names the <svg>.
std::string bar_chart(std::string_view id, std::string_view caption, const std::vector<ChartSeries>& series,
                      const std::vector<ChartItem>& items);

// At most this many items are drawn; tables beside the charts list them all.
constexpr size_t chart_items = 20;

}  // namespace convlint::report
