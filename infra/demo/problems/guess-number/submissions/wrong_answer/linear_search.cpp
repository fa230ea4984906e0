// Wrong: tries 1, 2, 3, ... and so needs far more than 30 questions.
#include <iostream>
#include <string>

int main() {
    for (long long guess = 1;; ++guess) {
        std::cout << guess << std::endl;
        std::string reply;
        if (!(std::cin >> reply) || reply == "=") return 0;  // no reply: the judge hung up
    }
}
