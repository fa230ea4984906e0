import { z } from "zod";
import { javaSourceFile } from "./javaSourceFile";
import { JAVASCRIPT_COMPILE, JAVA_COMPILE } from "./languageScripts";

/** Public language ids: a promise to API users, never renamed. */
export const LANGUAGE_IDS = ["python3", "c", "cpp", "java", "javascript", "go", "rust"] as const;
export const languageIdSchema = z.enum(LANGUAGE_IDS);
export type LanguageId = z.infer<typeof languageIdSchema>;

/**
 * Everything Arbiter knows about one language, in one place: the judge, the package
 * reader, the editor and the submission page all derive their view from this entry.
 * Paths are inside the container: sources are written to the work dir (`/box/work`),
 * build products are promoted read-only to `/box/prog`, and each test runs with
 * `/box/work` as cwd.
 */
export interface LanguageSpec {
  id: LanguageId;
  name: string;
  /**
   * File extensions (lower case, with the dot) that mean this language, in problem
   * packages (submissions/, validators) and in the editor's file upload. The first is
   * the one Arbiter writes on export. No extension may belong to two languages.
   */
  extensions: readonly string[];
  /** Image family under infra/sandbox/images/<image>. */
  image: string;
  /** The name the source is written under, unless `sourceFileFromSource` decides otherwise. */
  sourceFile: string;
  /**
   * For languages whose file name must follow the code (Java: a public class must sit in
   * a file of its name): the name to write this source under.
   */
  sourceFileFromSource?: (source: string) => string;
  /** The compile step; for interpreted languages a syntax check, so errors are CE. */
  compile: readonly string[];
  /** Files the compile step produces that the run step needs (globs on basename). */
  artifacts: readonly string[];
  /** `{memMb}` is replaced with the problem's memory limit in MiB. */
  run: readonly string[];
  /** Multiplies the problem's time limit for slow runtimes. */
  timeMultiplier: number;
  /** Extra environment for compile and run steps (the sandbox starts with an empty one). */
  env?: readonly string[];
  /** A runtime's own out-of-memory message on stderr, which means MLE rather than RE. */
  memoryErrorPattern?: string;
  /** Prints the toolchain version inside the image (first line is shown to users). */
  versionCommand: readonly string[];
  /** The web editor's CodeMirror mode (a key of the editor's loaders). */
  editorMode: string;
  /** The highlight.js grammar the submission page uses. */
  highlight: string;
  /** The editor's indentation unit, when not four spaces (Go's gofmt uses tabs). */
  editorIndent?: string;
  /**
   * Starter code in the editor: read the input, compute, print the answer, with the
   * language's fast input idiom (a classic cause of Time Limit Exceeded otherwise).
   */
  starterTemplate: string;
}

const PYTHON3_TEMPLATE = `import sys


def main() -> None:
    data = sys.stdin.read().split()
    n = int(data[0])
    # Solve the problem here.
    answer = n
    print(answer)


main()
`;

const C_TEMPLATE = `#include <stdio.h>

int main(void) {
    long long n;
    if (scanf("%lld", &n) != 1) return 0;
    /* Solve the problem here. */
    long long answer = n;
    printf("%lld\\n", answer);
    return 0;
}
`;

const CPP_TEMPLATE = `#include <bits/stdc++.h>
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
`;

const JAVA_TEMPLATE = `import java.io.*;
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
`;

const JAVASCRIPT_TEMPLATE = `const data = require("fs").readFileSync(0, "utf8").split(/\\s+/).filter(Boolean);
const n = Number(data[0]);
// Solve the problem here.
const answer = n;
console.log(String(answer));
`;

const GO_TEMPLATE = `package main

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
`;

const RUST_TEMPLATE = `use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: i64 = tokens.next().unwrap().parse().unwrap();
    // Solve the problem here.
    let answer = n;
    writeln!(io::stdout(), "{}", answer).unwrap();
}
`;

export const LANGUAGES: Record<LanguageId, LanguageSpec> = {
  python3: {
    id: "python3",
    name: "Python 3",
    extensions: [".py", ".py3"],
    image: "python",
    sourceFile: "main.py",
    // Byte-compiling catches syntax errors as CE, like a compiler would.
    compile: ["python3", "-m", "py_compile", "main.py"],
    artifacts: ["main.py"],
    run: ["python3", "/box/prog/main.py"],
    timeMultiplier: 1,
    memoryErrorPattern: "MemoryError",
    versionCommand: ["python3", "--version"],
    editorMode: "python",
    highlight: "python",
    starterTemplate: PYTHON3_TEMPLATE,
  },
  c: {
    id: "c",
    name: "C (gcc, C17)",
    extensions: [".c"],
    image: "gcc",
    sourceFile: "main.c",
    compile: ["gcc", "-std=gnu17", "-O2", "-pipe", "-static", "-o", "main", "main.c", "-lm"],
    artifacts: ["main"],
    run: ["/box/prog/main"],
    timeMultiplier: 1,
    versionCommand: ["gcc", "-dumpfullversion"],
    editorMode: "c",
    highlight: "c",
    starterTemplate: C_TEMPLATE,
  },
  cpp: {
    id: "cpp",
    name: "C++ (g++, C++20)",
    extensions: [".cpp", ".cc", ".cxx", ".c++", ".cp"],
    image: "gcc",
    sourceFile: "main.cpp",
    compile: ["g++", "-std=gnu++20", "-O2", "-pipe", "-static", "-o", "main", "main.cpp"],
    artifacts: ["main"],
    run: ["/box/prog/main"],
    timeMultiplier: 1,
    versionCommand: ["g++", "-dumpfullversion"],
    editorMode: "cpp",
    highlight: "cpp",
    starterTemplate: CPP_TEMPLATE,
  },
  java: {
    id: "java",
    name: "Java 17",
    extensions: [".java"],
    image: "java",
    sourceFile: "Main.java",
    sourceFileFromSource: javaSourceFile,
    compile: ["sh", "-c", JAVA_COMPILE],
    artifacts: ["main.jar"],
    run: [
      "java",
      "-Xss64m",
      "-Xmx{memMb}m",
      "-XX:+UseSerialGC",
      "-XX:TieredStopAtLevel=1",
      "-jar",
      "/box/prog/main.jar",
    ],
    timeMultiplier: 2,
    memoryErrorPattern: "java.lang.OutOfMemoryError",
    versionCommand: ["javac", "-version"],
    editorMode: "java",
    highlight: "java",
    starterTemplate: JAVA_TEMPLATE,
  },
  javascript: {
    id: "javascript",
    name: "JavaScript (Node.js)",
    extensions: [".js", ".mjs", ".cjs"],
    image: "node",
    sourceFile: "main.js",
    compile: ["sh", "-c", JAVASCRIPT_COMPILE],
    artifacts: ["main.js", "package.json"],
    run: ["node", "--stack-size=65500", "/box/prog/main.js"],
    timeMultiplier: 2,
    memoryErrorPattern: "JavaScript heap out of memory",
    versionCommand: ["node", "--version"],
    editorMode: "javascript",
    highlight: "javascript",
    starterTemplate: JAVASCRIPT_TEMPLATE,
  },
  go: {
    id: "go",
    name: "Go",
    extensions: [".go"],
    image: "go",
    sourceFile: "main.go",
    compile: ["go", "build", "-o", "main", "main.go"],
    artifacts: ["main"],
    run: ["/box/prog/main"],
    timeMultiplier: 1,
    env: ["GOCACHE=/tmp/.gocache", "GOPATH=/tmp/.gopath", "CGO_ENABLED=0", "GOFLAGS=-buildvcs=false"],
    versionCommand: ["go", "version"],
    editorMode: "go",
    highlight: "go",
    editorIndent: "\t",
    starterTemplate: GO_TEMPLATE,
  },
  rust: {
    id: "rust",
    name: "Rust",
    extensions: [".rs"],
    image: "rust",
    sourceFile: "main.rs",
    compile: ["rustc", "--edition=2021", "-O", "-o", "main", "main.rs"],
    artifacts: ["main"],
    run: ["/box/prog/main"],
    timeMultiplier: 1,
    versionCommand: ["rustc", "--version"],
    editorMode: "rust",
    highlight: "rust",
    starterTemplate: RUST_TEMPLATE,
  },
};

export function isLanguageId(value: string): value is LanguageId {
  return (LANGUAGE_IDS as readonly string[]).includes(value);
}

/** The name a source is written under in the sandbox (and shown on the submission page). */
export function sourceFileFor(language: LanguageSpec, source: string): string {
  return language.sourceFileFromSource?.(source) ?? language.sourceFile;
}

/** The language of a file, from its extension (case-insensitive); undefined when no language claims it. */
export function languageOfFile(fileName: string): LanguageId | undefined {
  const dot = fileName.lastIndexOf(".");
  if (dot < 0) return undefined;
  const extension = fileName.slice(dot).toLowerCase();
  return LANGUAGE_IDS.find((id) => LANGUAGES[id].extensions.includes(extension));
}

/** Every extension the table knows, for messages and file pickers (".py .py3 .c …"). */
export function knownExtensions(): string[] {
  return LANGUAGE_IDS.flatMap((id) => LANGUAGES[id].extensions);
}
