#include <cmath>
#include <cstdio>

int main() {
    double r;
    if (std::scanf("%lf", &r) != 1) return 1;
    // Ten significant digits: far more than the 1e-6 relative tolerance needs.
    std::printf("%.10g\n", M_PI * r * r);
}
