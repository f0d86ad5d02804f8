#include "report/html_writer.hpp"

#include "base/ui_text.hpp"
#include "report/location.hpp"
#include "report/overview_html.hpp"

#include <algorithm>
#include <optional>
#include <vector>

#include <fmt/format.h>

namespace convlint::report {

namespace {

constexpr std::string_view style = R"(
body{font-family:system-ui,sans-serif;margin:2rem;color:#1e1e1e}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}
.doc{display:flex;gap:1.5rem;align-items:flex-start}
pre{white-space:pre-wrap;flex:3;background:#fafafa;border:1px solid #ddd;padding:1rem;font-size:.9rem;line-height:1.4}
ol{flex:2;font-size:.9rem}li{margin-bottom:.6rem}
mark{border-radius:2px;padding:0 1px}
mark.error{background:#f8c4c4}mark.warning{background:#fbe7a6}mark.info{background:#cfe4fb}
li.error b{color:#b00020}li.warning b{color:#8a6d00}li.info b{color:#0b5cad}
.rule{color:#666;font-family:monospace}.suggestion{color:#2d6a2d}.failed{color:#b00020}
.chart{display:flex;gap:1.5rem;align-items:flex-start;flex-wrap:wrap;margin-bottom:1.5rem}
details{margin:.4rem 0}summary{cursor:pointer;font-weight:600}
)";

std::string_view severity_class(rules::Severity severity) { return rules::severity_name(severity); }

// The document text with each finding's span wrapped in <mark>; where findings overlap, the most severe one colours
// the overlap, and each mark is the target of its finding's link in the list.
std::string highlighted_text(const FileResult& result, size_t document) {
  const std::string& text = result.source->text;
  const auto size = static_cast<uint32_t>(text.size());
  auto snap = [&](uint32_t at) {  // never cut a UTF-8 sequence
    at = std::min(at, size);
    while (at < size && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    return at;
  };
  auto finding_end = [&](const rules::Finding& finding) { return snap(std::max(finding.span.end, finding.span.begin + 1)); };
  std::vector<uint32_t> cuts = {0, size};
  for (const auto& finding : result.findings) {
    cuts.push_back(snap(finding.span.begin));
    cuts.push_back(finding_end(finding));
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::string out;
  std::vector<bool> anchored(result.findings.size(), false);
  for (size_t c = 0; c + 1 < cuts.size(); ++c) {
    const uint32_t begin = cuts[c], end = cuts[c + 1];
    std::optional<size_t> strongest;
    for (size_t k = 0; k < result.findings.size(); ++k) {
      const auto& finding = result.findings[k];
      const bool covers = snap(finding.span.begin) <= begin && finding_end(finding) >= end;
      if (covers && (!strongest || finding.severity > result.findings[*strongest].severity)) strongest = k;
    }
    const std::string piece = html_escape(std::string_view(text).substr(begin, end - begin));
    if (!strongest) {
      out += piece;
      continue;
    }
    const auto& finding = result.findings[*strongest];
    const std::string id = anchored[*strongest] ? "" : fmt::format(" id=\"d{}-f{}\"", document, *strongest);
    anchored[*strongest] = true;
    out += fmt::format("<mark class=\"{}\"{} title=\"{}\">{}</mark>", severity_class(finding.severity), id,
                       html_escape(finding.message), piece);
  }
  return out;
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

Spool::Spool() : file_(std::tmpfile(), [](std::FILE* file) { return file ? std::fclose(file) : 0; }) {}

void Spool::append(std::string_view text) {
  if (file_ && std::fwrite(text.data(), 1, text.size(), file_.get()) == text.size()) return;
  memory_.append(text);
}

void Spool::copy_to(std::ostream& out) {
  if (file_ && std::fflush(file_.get()) == 0) {
    std::rewind(file_.get());
    char buffer[1 << 16];
    for (size_t read; (read = std::fread(buffer, 1, sizeof buffer, file_.get())) > 0;) out.write(buffer, static_cast<std::streamsize>(read));
  }
  out << memory_;
}

void HtmlWriter::file(const FileResult& result) {
  const size_t document = count_++;
  overview_.add(result);
  Summary own;
  own.add(result);
  const std::string path = html_escape(result.path);
  const std::string status =
      result.error ? fmt::format("<span class=\"failed\">{}</span>", html_escape(result.error->describe(language_))) : "ok";
  if (inputs_ <= shown_texts)
    rows_.append(fmt::format("<tr><td><a href=\"#d{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", document, path,
                             own.errors, own.warnings, own.infos, status));
  const bool folded = inputs_ > 1;
  std::string section = folded ? fmt::format("<details id=\"d{}\"><summary>{} — {} {} · {} {} · {} infos</summary>\n", document, path,
                                             own.errors, ui_text(language_, "html_writer.errors"), own.warnings,
                                             ui_text(language_, "html_writer.warnings"), own.infos)
                               : fmt::format("<section id=\"d{}\"><h2>{}</h2>\n", document, path);
  const std::string_view close = folded ? "</details>\n" : "</section>\n";
  if (result.error) {
    sections_.append(section + fmt::format("<p class=\"failed\">{}</p>", html_escape(result.error->describe(language_))) +
                     std::string(close));
    return;
  }
  section += "<div class=\"doc\">";
  if (inputs_ <= shown_texts) section += "<pre>" + highlighted_text(result, document) + "</pre>\n";
  section += "<ol>\n";
  for (size_t k = 0; k < result.findings.size(); ++k) {
    const auto& finding = result.findings[k];
    const source::Position at = result.source->position(finding.span.begin);
    const auto origin = origin_of(*result.source, finding.span);
    section += fmt::format("<li class=\"{}\"><a href=\"#d{}-f{}\">{} {}:{}{}</a> <b>{}</b> {} <span class=\"rule\">[{}]</span>",
                           severity_class(finding.severity), document, k, ui_text(language_, "html_writer.line"), at.line, at.column,
                           origin ? " (" + origin->describe(language_) + ")" : "",
                           severity_word(finding.severity, language_), html_escape(finding.message), html_escape(finding.rule));
    if (finding.suggestion)
      section += fmt::format("<br><span class=\"suggestion\">{} {}</span>", ui_text(language_, "html_writer.suggestion"),
                             html_escape(*finding.suggestion));
    if (finding.fix)
      section += fmt::format("<br><span class=\"suggestion\">{} {}</span>", ui_text(language_, "html_writer.safe_fix"),
                             html_escape(describe_fix(*result.source, *finding.fix, language_)));
    if (!finding.basis.empty()) section += fmt::format("<br><small>{}</small>", html_escape(finding.basis));
    section += "</li>\n";
  }
  section += "</ol></div>";
  sections_.append(section + std::string(close));
}

void HtmlWriter::end(const Summary& summary) {
  out_ << "<!DOCTYPE html>\n<html lang=\"" << (language_ == Language::fr ? "fr" : "en") << "\"><head><meta charset=\"utf-8\">\n"
       << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
       << "<title>convlint</title><style>" << style << "</style></head><body>\n"
       << "<h1>" << ui_text(language_, "html_writer.convlint_report") << "</h1>\n"
       << fmt::format("<p>{} : {} · {} : {} · {} : {} · {} : {}</p>\n", ui_text(language_, "html_writer.files"), summary.files,
                      ui_text(language_, "html_writer.errors"), summary.errors, ui_text(language_, "html_writer.warnings"),
                      summary.warnings, ui_text(language_, "html_writer.infos"), summary.infos);
  if (summary.files > 1) out_ << overview_html(overview_, language_);
  if (inputs_ > shown_texts) {
    // The files folded into one: a browser then lays out the overview only, and opens a page of 10 000 files at once.
    out_ << "<p>" << fmt::format(fmt::runtime(ui_text(language_, "html_writer.more_than_files_the_texts")),
                                 shown_texts)
         << "</p>\n<details><summary>" << ui_text(language_, "html_writer.files") << " (" << summary.files << ")</summary>\n";
    sections_.copy_to(out_);
    out_ << "</details>\n";
  } else {
    out_ << "<h2>" << ui_text(language_, "html_writer.files") << "</h2>\n<table><tr><th>" << ui_text(language_, "html_writer.file") << "</th><th>"
         << ui_text(language_, "html_writer.errors_2") << "</th><th>" << ui_text(language_, "html_writer.warnings_2") << "</th><th>Infos</th><th>"
         << ui_text(language_, "html_writer.status") << "</th></tr>\n";
    rows_.copy_to(out_);
    out_ << "</table>\n";
    sections_.copy_to(out_);
  }
  out_ << "</body></html>\n";
}

}  // namespace convlint::report
