#include "source/extracted_wire.hpp"

#include <cstring>
#include <type_traits>

namespace convlint::source {

namespace {

constexpr std::string_view magic = "convlint-extracted-1";
constexpr char ok_tag = 'T', error_tag = 'E';

template <class T>
void put(std::string& out, T value) {
  static_assert(std::is_trivially_copyable_v<T>);
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void put_bytes(std::string& out, std::string_view bytes) {
  put<uint64_t>(out, bytes.size());
  out.append(bytes);
}

template <class T>
void put_items(std::string& out, const std::vector<T>& items) {
  put<uint64_t>(out, items.size());
  for (const T& item : items) put(out, item);
}

class WireReader {
 public:
  explicit WireReader(std::string_view bytes) : rest_(bytes) {}

  template <class T>
  bool get(T& value) {
    if (rest_.size() < sizeof value) return false;
    std::memcpy(&value, rest_.data(), sizeof value);
    rest_.remove_prefix(sizeof value);
    return true;
  }
  bool get_bytes(std::string& bytes) {
    uint64_t size = 0;
    if (!get(size) || size > rest_.size()) return false;
    bytes.assign(rest_.substr(0, size));
    rest_.remove_prefix(size);
    return true;
  }
  template <class T>
  bool get_items(std::vector<T>& items) {
    uint64_t count = 0;
    if (!get(count) || count > rest_.size() / sizeof(T)) return false;
    items.resize(count);
    for (T& item : items) get(item);
    return true;
  }
  bool skip(std::string_view expected) {
    if (!rest_.starts_with(expected)) return false;
    rest_.remove_prefix(expected.size());
    return true;
  }
  bool at_end() const { return rest_.empty(); }

 private:
  std::string_view rest_;
};

}  // namespace

std::string encode_result(const Expected<ExtractedText, InputError>& result) {
  std::string out(magic);
  if (!result) {
    out += error_tag;
    put<uint32_t>(out, static_cast<uint32_t>(result.error().kind));
    put_bytes(out, result.error().detail);
    return out;
  }
  out += ok_tag;
  put_bytes(out, result->text);
  put_items(out, result->origins);
  put_items(out, result->boxes);
  put_items(out, result->ocr_pages);
  put_items(out, result->ocr_words);
  return out;
}

std::optional<Expected<ExtractedText, InputError>> decode_result(std::string_view bytes) {
  WireReader reader(bytes);
  char tag = 0;
  if (!reader.skip(magic) || !reader.get(tag)) return std::nullopt;
  if (tag == error_tag) {
    uint32_t kind = 0;
    InputError error{InputErrorKind::unreadable, {}};
    if (!reader.get(kind) || kind > static_cast<uint32_t>(InputErrorKind::last) || !reader.get_bytes(error.detail) || !reader.at_end())
      return std::nullopt;
    error.kind = static_cast<InputErrorKind>(kind);
    return Expected<ExtractedText, InputError>(std::move(error));
  }
  ExtractedText text;
  if (tag != ok_tag || !reader.get_bytes(text.text) || !reader.get_items(text.origins) || !reader.get_items(text.boxes) ||
      !reader.get_items(text.ocr_pages) || !reader.get_items(text.ocr_words) || !reader.at_end())
    return std::nullopt;
  return Expected<ExtractedText, InputError>(std::move(text));
}

}  // namespace convlint::source
