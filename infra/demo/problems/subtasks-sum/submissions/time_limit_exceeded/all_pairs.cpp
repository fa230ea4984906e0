// Correct but quadratic: fine for n = 1000, far too slow for n = 200000 (the
// large tests hide their only pair at the end: 2e10 comparisons).
#include <cstdio>
#include <vector>

int main() {
    long long n, t;
    if (std::scanf("%lld %lld", &n, &t) != 2) return 1;
    std::vector<long long> a(n);
    for (long long& value : a)
        if (std::scanf("%lld", &value) != 1) return 1;
    for (long long i = 0; i < n; ++i)
        for (long long j = i + 1; j < n; ++j)
            if (a[i] + a[j] == t) {
                std::printf("%lld %lld\n", i + 1, j + 1);
                return 0;
            }
}
