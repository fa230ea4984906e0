// Helpers shared by this problem's validators: reading the team's output and judging it.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <string>

namespace validate {

inline std::FILE* feedback_file(const char* dir, const char* name) {
  return std::fopen((std::string(dir) + "/" + name).c_str(), "w");
}

[[noreturn]] inline void accept() { std::exit(42); }

[[noreturn]] inline void reject(const char* feedback_dir, const char* message) {
  if (std::FILE* out = feedback_file(feedback_dir, "judgemessage.txt")) {
    std::fputs(message, out);
    std::fclose(out);
  }
  std::exit(43);
}

}  // namespace validate
