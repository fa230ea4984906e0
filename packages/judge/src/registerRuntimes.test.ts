import { describe, expect, it } from "vitest";
import { parseVersion } from "./registerRuntimes";

describe("parseVersion", () => {
  it("extracts the version number from each toolchain's banner", () => {
    expect(parseVersion("Python 3.11.2\n")).toBe("3.11.2");
    expect(parseVersion("go version go1.19.8 linux/amd64")).toBe("1.19.8");
    expect(parseVersion("javac 17.0.19")).toBe("17.0.19");
    expect(parseVersion("v18.20.4")).toBe("18.20.4");
    expect(parseVersion("rustc 1.63.0")).toBe("1.63.0");
    expect(parseVersion("no digits here")).toBeNull();
  });
});
