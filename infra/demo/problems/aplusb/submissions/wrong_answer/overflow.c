/* Wrong: each number fits in an int, but their sum can reach 4e9, which does
 * not (secret tests 3 and 4). On x86 the overflow wraps to a negative number. */
#include <stdio.h>

int main(void) {
    int a, b;
    if (scanf("%d %d", &a, &b) != 2) return 0;
    printf("%d\n", a + b);
    return 0;
}
