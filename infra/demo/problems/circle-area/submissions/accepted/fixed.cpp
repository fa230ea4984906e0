#include <cmath>
#include <iomanip>
#include <iostream>

int main() {
    double r;
    std::cin >> r;
    // Nine digits after the point: tiny areas are within the absolute tolerance.
    std::cout << std::fixed << std::setprecision(9) << M_PI * r * r << '\n';
}
