// Interactor for guess-number, following the ICPC output validator convention:
//   interactor <input> <answer> <feedback_dir> < program_stdout > program_stdin
// It reads the secret number from the input file, answers each guess with
// "<", ">" or "=", and exits 42 (accepted) or 43 (wrong answer), explaining
// its judgement in <feedback_dir>/judgemessage.txt.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

namespace {

const int kMaxQueries = 30;
const long long kMaxValue = 1000000000;

std::string feedback_dir;

[[noreturn]] void judge(int code, const std::string& message) {
    std::string path = feedback_dir;
    if (!path.empty() && path.back() != '/') path += '/';
    std::ofstream(path + "judgemessage.txt") << message << '\n';
    std::exit(code);
}

[[noreturn]] void accept(const std::string& message) { judge(42, message); }
[[noreturn]] void reject(const std::string& message) { judge(43, message); }

// A guess is a plain decimal integer in [1, 1e9]; anything else is rejected.
bool parse_guess(const std::string& token, long long& value) {
    if (token.empty() || token.size() > 10) return false;
    value = 0;
    for (char c : token) {
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    return value >= 1 && value <= kMaxValue;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::cerr << "usage: interactor <input> <answer> <feedback_dir>\n";
        return 1;  // neither 42 nor 43: a judging error
    }
    feedback_dir = argv[3];
    // A program that exits early closes the pipe: writing must fail, not kill us.
    std::signal(SIGPIPE, SIG_IGN);

    long long secret = 0;
    if (!(std::ifstream(argv[1]) >> secret) || secret < 1 || secret > kMaxValue) {
        std::cerr << "invalid input file\n";
        return 1;
    }

    for (int queries = 1;; ++queries) {
        std::string token;
        if (!(std::cin >> token)) reject("the program stopped before finding the number");
        long long guess = 0;
        if (!parse_guess(token, guess)) reject("invalid guess: " + token.substr(0, 20));
        if (queries > kMaxQueries) reject("more than 30 questions");
        if (guess == secret) {
            std::cout << "=" << std::endl;
            std::string extra;
            if (std::cin >> extra) reject("output after the number was found");
            accept("found " + std::to_string(secret) + " in " + std::to_string(queries) + " questions");
        }
        std::cout << (secret < guess ? "<" : ">") << std::endl;
    }
}
