// Correct but far too slow: adds one unit at a time (up to 2e9 steps), keeping
// the running total as decimal text as a hand-made big-number type would.
#include <iostream>
#include <string>

int main() {
    long long a, b;
    std::cin >> a >> b;
    std::string total = "0";
    for (long long value : {a, b}) {
        long long step = value > 0 ? 1 : -1;
        for (long long i = 0; i < (value > 0 ? value : -value); ++i) {
            total = std::to_string(std::stoll(total) + step);
        }
    }
    std::cout << total << '\n';
}
