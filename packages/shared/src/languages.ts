import { z } from "zod";

/** Public language ids: a promise to API users, never renamed. */
export const LANGUAGE_IDS = ["python3", "c", "cpp", "java", "javascript", "go", "rust"] as const;
export const languageIdSchema = z.enum(LANGUAGE_IDS);
export type LanguageId = z.infer<typeof languageIdSchema>;

/**
 * How to build and run one language inside its sandbox image. Paths are inside the
 * container: sources are written to the work dir (`/box/work`), build products are
 * promoted read-only to `/box/prog`, and each test runs with `/box/work` as cwd.
 */
export interface LanguageSpec {
  id: LanguageId;
  name: string;
  /** Image family under infra/sandbox/images/<image>. */
  image: string;
  sourceFile: string;
  /** Absent for languages that only need a syntax check. */
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
  /** CodeMirror / highlighting mode hint for the web. */
  editorMode: string;
}

export const LANGUAGES: Record<LanguageId, LanguageSpec> = {
  python3: {
    id: "python3",
    name: "Python 3",
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
  },
  c: {
    id: "c",
    name: "C (gcc, C17)",
    image: "gcc",
    sourceFile: "main.c",
    compile: ["gcc", "-std=gnu17", "-O2", "-pipe", "-static", "-o", "main", "main.c", "-lm"],
    artifacts: ["main"],
    run: ["/box/prog/main"],
    timeMultiplier: 1,
    versionCommand: ["gcc", "-dumpfullversion"],
    editorMode: "c",
  },
  cpp: {
    id: "cpp",
    name: "C++ (g++, C++20)",
    image: "gcc",
    sourceFile: "main.cpp",
    compile: ["g++", "-std=gnu++20", "-O2", "-pipe", "-static", "-o", "main", "main.cpp"],
    artifacts: ["main"],
    run: ["/box/prog/main"],
    timeMultiplier: 1,
    versionCommand: ["g++", "-dumpfullversion"],
    editorMode: "cpp",
  },
  java: {
    id: "java",
    name: "Java 17",
    image: "java",
    sourceFile: "Main.java",
    compile: ["javac", "-encoding", "UTF-8", "-J-Xms16m", "-J-Xmx512m", "-J-XX:+UseSerialGC", "Main.java"],
    artifacts: ["*.class"],
    run: ["java", "-Xss64m", "-Xmx{memMb}m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", "/box/prog", "Main"],
    timeMultiplier: 2,
    memoryErrorPattern: "java.lang.OutOfMemoryError",
    versionCommand: ["javac", "-version"],
    editorMode: "java",
  },
  javascript: {
    id: "javascript",
    name: "JavaScript (Node.js)",
    image: "node",
    sourceFile: "main.js",
    compile: ["node", "--check", "main.js"],
    artifacts: ["main.js"],
    run: ["node", "--stack-size=65500", "/box/prog/main.js"],
    timeMultiplier: 2,
    memoryErrorPattern: "JavaScript heap out of memory",
    versionCommand: ["node", "--version"],
    editorMode: "javascript",
  },
  go: {
    id: "go",
    name: "Go",
    image: "go",
    sourceFile: "main.go",
    compile: ["go", "build", "-o", "main", "main.go"],
    artifacts: ["main"],
    run: ["/box/prog/main"],
    timeMultiplier: 1,
    env: ["GOCACHE=/tmp/.gocache", "GOPATH=/tmp/.gopath", "CGO_ENABLED=0", "GOFLAGS=-buildvcs=false"],
    versionCommand: ["go", "version"],
    editorMode: "go",
  },
  rust: {
    id: "rust",
    name: "Rust",
    image: "rust",
    sourceFile: "main.rs",
    compile: ["rustc", "--edition=2021", "-O", "-o", "main", "main.rs"],
    artifacts: ["main"],
    run: ["/box/prog/main"],
    timeMultiplier: 1,
    versionCommand: ["rustc", "--version"],
    editorMode: "rust",
  },
};

export function isLanguageId(value: string): value is LanguageId {
  return (LANGUAGE_IDS as readonly string[]).includes(value);
}
