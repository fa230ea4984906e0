#include <iostream>
#include <string>

int main() {
    long long lo = 1, hi = 1000000000;
    while (true) {
        long long guess = (lo + hi) / 2;
        std::cout << guess << std::endl;  // endl flushes
        std::string reply;
        if (!(std::cin >> reply) || reply == "=") return 0;
        if (reply == "<") hi = guess - 1;
        else lo = guess + 1;
    }
}
