import type { LanguageId } from "@arbiter/shared";

/** A correct A+B (64-bit sums, any whitespace between the numbers) in every language. */
export const APLUSB_SOLUTIONS: Record<LanguageId, string> = {
  python3: "a, b = map(int, open(0).read().split())\nprint(a + b)\n",
  c: '#include <stdio.h>\nint main(void){long long a,b;if(scanf("%lld %lld",&a,&b)!=2)return 1;printf("%lld\\n",a+b);return 0;}\n',
  cpp: "#include <iostream>\nint main(){long long a,b;std::cin>>a>>b;std::cout<<a+b<<'\\n';}\n",
  java: [
    "import java.util.*;",
    "public class Main {",
    "  public static void main(String[] args) {",
    "    Scanner in = new Scanner(System.in);",
    "    long a = in.nextLong(), b = in.nextLong();",
    "    System.out.println(a + b);",
    "  }",
    "}",
    "",
  ].join("\n"),
  javascript:
    "const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(BigInt);\nconsole.log((a + b).toString());\n",
  go: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar a, b int64\n\tfmt.Scan(&a, &b)\n\tfmt.Println(a + b)\n}\n',
  rust: [
    "use std::io::Read;",
    "fn main() {",
    "    let mut s = String::new();",
    "    std::io::stdin().read_to_string(&mut s).unwrap();",
    "    let v: Vec<i64> = s.split_whitespace().map(|x| x.parse().unwrap()).collect();",
    '    println!("{}", v[0] + v[1]);',
    "}",
    "",
  ].join("\n"),
};
