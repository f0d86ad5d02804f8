// convlint: thin entry point; all logic lives in the libraries.
#include "cli/app.hpp"

int main(int argc, char** argv) { return convlint::cli::run(argc, argv); }
