#include <cstdio>

int main() {
    double r;
    if (std::scanf("%lf", &r) != 1) return 1;
    // Wrong: 3.14 is off by 5e-4 relative, far outside the tolerance.
    std::printf("%.10f\n", 3.14 * r * r);
}
