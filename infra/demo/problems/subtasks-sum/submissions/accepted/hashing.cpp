#include <cstdio>
#include <unordered_map>

int main() {
    long long n, t;
    if (std::scanf("%lld %lld", &n, &t) != 2) return 1;
    std::unordered_map<long long, long long> seen;
    seen.reserve(n * 2);
    for (long long j = 1; j <= n; ++j) {
        long long value;
        if (std::scanf("%lld", &value) != 1) return 1;
        auto it = seen.find(t - value);
        if (it != seen.end()) {
            std::printf("%lld %lld\n", it->second, j);
            return 0;
        }
        seen.emplace(value, j);
    }
}
