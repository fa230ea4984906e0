#include <iostream>

int main() {
    long long a, b;  // the sum can reach 2e9: too large for int
    std::cin >> a >> b;
    std::cout << a + b << '\n';
}
