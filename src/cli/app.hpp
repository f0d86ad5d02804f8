#pragma once

namespace convlint::cli {

inline constexpr const char* convlint_version = "0.1.0";

// Exit statuses of CLI.md.
inline constexpr int exit_clean = 0;
inline constexpr int exit_findings = 1;
inline constexpr int exit_failure = 2;

// Parses the command line, runs the command, returns the exit status.
int run(int argc, char** argv);

}  // namespace convlint::cli
