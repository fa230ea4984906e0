import type { LanguageId } from "@arbiter/shared";

/**
 * Starter code per language: read the input, compute, print the answer, using the
 * fast input idiom of each language (a classic cause of Time Limit Exceeded otherwise).
 */
export const STARTER_TEMPLATES: Record<LanguageId, string> = {
  python3: `import sys


def main() -> None:
    data = sys.stdin.read().split()
    n = int(data[0])
    # Solve the problem here.
    answer = n
    print(answer)


main()
`,
  c: `#include <stdio.h>

int main(void) {
    long long n;
    if (scanf("%lld", &n) != 1) return 0;
    /* Solve the problem here. */
    long long answer = n;
    printf("%lld\\n", answer);
    return 0;
}
`,
  cpp: `#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);

    long long n;
    cin >> n;
    // Solve the problem here.
    long long answer = n;
    cout << answer << '\\n';
    return 0;
}
`,
  java: `import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        long n = Long.parseLong(tokens.nextToken());
        // Solve the problem here.
        long answer = n;
        System.out.println(answer);
    }
}
`,
  javascript: `const data = require("fs").readFileSync(0, "utf8").split(/\\s+/).filter(Boolean);
const n = Number(data[0]);
// Solve the problem here.
const answer = n;
console.log(String(answer));
`,
  go: `package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()

	var n int64
	fmt.Fscan(in, &n)
	// Solve the problem here.
	answer := n
	fmt.Fprintln(out, answer)
}
`,
  rust: `use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: i64 = tokens.next().unwrap().parse().unwrap();
    // Solve the problem here.
    let answer = n;
    writeln!(io::stdout(), "{}", answer).unwrap();
}
`,
};
