// convlint: thin entry point; all logic lives in the libraries.
#include <exception>
#include <iostream>
#include <new>
#include <string_view>

#include "cli/app.hpp"
#include "source/reader_worker.hpp"

// Nothing a user feeds convlint may end it through std::terminate: an exception that escapes every handler below
// (a bug) still ends the run with a message and exit status 2, like any unreadable input.
int main(int argc, char** argv) {
  if (argc == 2 && std::string_view(argv[1]) == convlint::source::reader_worker_argument) convlint::source::run_reader_worker();
  try {
    return convlint::cli::run(argc, argv);
  } catch (const std::bad_alloc&) {
    std::cerr << "convlint: mémoire insuffisante / out of memory\n";
  } catch (const std::exception& problem) {
    std::cerr << "convlint: erreur interne / internal error: " << problem.what() << '\n';
  } catch (...) {
    std::cerr << "convlint: erreur interne / internal error\n";
  }
  return 2;
}
