// Crashes: splits the first line at its first space, so leading blanks (secret
// test 6) make std::stoll throw on an empty string, which aborts the program.
#include <iostream>
#include <string>

int main() {
    std::string line;
    std::getline(std::cin, line);
    std::size_t space = line.find(' ');
    long long a = std::stoll(line.substr(0, space));
    long long b = std::stoll(line.substr(space + 1));
    std::cout << a + b << '\n';
}
