#pragma once
// A ZIP package written in memory, for the DOCX and ODT reader tests.

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "source/zip_members.hpp"

namespace convlint::testing {

// A ZIP holding `parts` in the order given (an OpenDocument package names its media type first).
inline std::string zip(const std::vector<std::pair<std::string, std::string>>& parts) { return source::write_zip_members(parts); }

// A Word document holding `text`, a paragraph per line (XML special characters escaped).
inline std::string docx_of_lines(const std::string& text) {
  std::string body;
  for (size_t start = 0; start < text.size();) {
    const size_t end = std::min(text.find('\n', start), text.size());
    std::string line;
    for (const char c : text.substr(start, end - start)) {
      if (c == '&') line += "&amp;";
      else if (c == '<') line += "&lt;";
      else if (c == '>') line += "&gt;";
      else if (c != '\r') line += c;
    }
    body += "<w:p><w:r><w:t xml:space=\"preserve\">" + line + "</w:t></w:r></w:p>";
    start = end + 1;
  }
  return zip({{"[Content_Types].xml",
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
               "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
               "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
               "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"},
              {"_rels/.rels",
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
               "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"},
              {"word/document.xml",
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
                   body + "</w:body></w:document>"}});
}

}  // namespace convlint::testing
