// Crashes: keeps its guesses in an array of 16, but binary search needs up to
// 30; std::array::at throws, and the uncaught exception aborts the program.
#include <array>
#include <iostream>
#include <string>

int main() {
    std::array<long long, 16> history{};
    long long lo = 1, hi = 1000000000;
    for (int question = 0; question < 30; ++question) {
        long long guess = (lo + hi) / 2;
        history.at(question) = guess;
        std::cout << guess << std::endl;
        std::string reply;
        if (!(std::cin >> reply) || reply == "=") return 0;
        if (reply == "<") hi = guess - 1;
        else lo = guess + 1;
    }
}
