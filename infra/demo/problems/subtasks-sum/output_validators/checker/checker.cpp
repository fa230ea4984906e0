// Checker for subtasks-sum, following testlib's conventions (written from
// scratch, without testlib.h):
//   checker <input> <output> <answer>
// exit 0 = accepted, 1 = wrong answer, 2 = presentation error, 3 = checker
// failure (a bad test: the jury's own answer is wrong). The message goes to stderr.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

enum Result { kAccepted = 0, kWrongAnswer = 1, kPresentationError = 2, kFail = 3 };

[[noreturn]] void quit(Result result, const std::string& message) {
    static const char* const kNames[] = {"ok", "wrong answer", "wrong output format", "FAIL"};
    std::cerr << kNames[result] << ": " << message << '\n';
    std::exit(result);
}

// Reads "i j" and checks it is a valid pair.
bool read_pair(std::istream& in, long long n, long long& i, long long& j) {
    std::string a, b;
    if (!(in >> a >> b)) return false;
    for (const std::string* token : {&a, &b}) {
        if (token->empty() || token->size() > 7) return false;
        for (char c : *token)
            if (c < '0' || c > '9') return false;
    }
    i = std::stoll(a);
    j = std::stoll(b);
    return i >= 1 && i <= n && j >= 1 && j <= n;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) quit(kFail, "usage: checker <input> <output> <answer>");
    std::ifstream input(argv[1]), output(argv[2]), answer(argv[3]);
    if (!input || !output || !answer) quit(kFail, "cannot open the files");

    long long n = 0, t = 0;
    if (!(input >> n >> t) || n < 2) quit(kFail, "bad input header");
    std::vector<long long> a(n);
    for (long long& value : a)
        if (!(input >> value)) quit(kFail, "bad input values");

    long long i = 0, j = 0;
    if (!read_pair(answer, n, i, j) || i == j || a[i - 1] + a[j - 1] != t) quit(kFail, "the jury's answer is wrong");

    if (!read_pair(output, n, i, j)) quit(kPresentationError, "expected two positions between 1 and n");
    std::string extra;
    if (output >> extra) quit(kPresentationError, "extra output after the two positions");
    if (i == j) quit(kWrongAnswer, "positions " + std::to_string(i) + " and " + std::to_string(j) + " are the same");
    if (a[i - 1] + a[j - 1] != t) {
        quit(kWrongAnswer, "a[" + std::to_string(i) + "] + a[" + std::to_string(j) + "] = " +
                               std::to_string(a[i - 1] + a[j - 1]) + ", not " + std::to_string(t));
    }
    quit(kAccepted, "a[" + std::to_string(i) + "] + a[" + std::to_string(j) + "] = " + std::to_string(t));
}
