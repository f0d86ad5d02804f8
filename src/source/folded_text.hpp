#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <memory>
#include <utility>
#include <vector>

namespace convlint::source {

// An allocator whose resize() leaves new elements uninitialised: for buffers about to be written over.
template <class T>
struct UninitialisedAllocator : std::allocator<T> {
  template <class U>
  struct rebind {
    using other = UninitialisedAllocator<U>;
  };
  UninitialisedAllocator() = default;
  template <class U>
  UninitialisedAllocator(const UninitialisedAllocator<U>&) noexcept {}
  template <class U>
  void construct(U* at) noexcept {
    ::new (static_cast<void*>(at)) U;
  }
  template <class U, class... Args>
  void construct(U* at, Args&&... args) {
    ::new (static_cast<void*>(at)) U(std::forward<Args>(args)...);
  }
};

// A lowercase, accent-free view of a UTF-8 text for case- and accent-insensitive matching, with the byte offset in
// the original of every folded byte. « É » → "e", « œ » → "oe", ’ → ', « » “ ” → ", no-break spaces → ' '.
class FoldedText {
 public:
  // Line breaks read as spaces fold a whole document the way its paragraphs (document::Text) read.
  enum class LineBreaks { keep, as_spaces };

  FoldedText() = default;
  // `original` must outlive this view.
  explicit FoldedText(std::string_view original, LineBreaks line_breaks = LineBreaks::keep);

  const std::string& str() const { return folded_; }
  std::string_view view() const { return folded_; }

  // Original byte offset of folded byte `at` (at == size() maps to the end of the original).
  uint32_t original_offset(uint32_t at) const { return at < origin_.size() ? origin_[at] : original_size_; }
  // First folded byte that comes from original byte `original` or later.
  uint32_t folded_offset(uint32_t original) const;
  // Original byte range of folded bytes [begin, end).
  std::pair<uint32_t, uint32_t> original_range(uint32_t begin, uint32_t end) const;

 private:
  std::string_view original_;
  std::string folded_;
  std::vector<uint32_t, UninitialisedAllocator<uint32_t>> origin_;
  uint32_t original_size_ = 0;
};

// Folds a string without keeping offsets.
std::string fold(std::string_view original);

}  // namespace convlint::source
