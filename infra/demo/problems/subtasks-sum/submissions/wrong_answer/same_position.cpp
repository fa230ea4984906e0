// Wrong: looks a partner up among all positions, itself included, so a value
// of exactly t/2 pairs with itself (a trap only the large subtask sets).
#include <cstdio>
#include <unordered_map>
#include <vector>

int main() {
    long long n, t;
    if (std::scanf("%lld %lld", &n, &t) != 2) return 1;
    std::vector<long long> a(n);
    std::unordered_map<long long, long long> position;
    for (long long i = 0; i < n; ++i) {
        if (std::scanf("%lld", &a[i]) != 1) return 1;
        position[a[i]] = i;
    }
    for (long long i = 0; i < n; ++i) {
        auto it = position.find(t - a[i]);
        if (it != position.end()) {
            std::printf("%lld %lld\n", i + 1, it->second + 1);
            return 0;
        }
    }
}
