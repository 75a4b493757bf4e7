import { describe, expect, it } from "vitest";

import { showableSourcePath } from "./source-path";

const path = (text: string) => showableSourcePath(text.split("/"));

describe("showableSourcePath", () => {
  it.each(["app/(lessons)/hello/actions.ts", "lib/session/index.ts", "app/globals.css", "app/ui/card.tsx"])("shows %s", (file) => {
    expect(path(file)).toBe(file);
  });

  it.each(["proxy.ts", "instrumentation.ts"])("shows %s, a root file Next.js itself defines", (file) => {
    expect(path(file)).toBe(file);
  });

  it("shows an .mjs file under lib", () => {
    expect(path("lib/x/config.mjs")).toBe("lib/x/config.mjs");
  });

  it.each([
    ["a climb out", "app/../package.json"],
    ["a climb out at the start", "../package.json"],
    ["another root file", "package.json"],
    ["a root source file Next.js does not define", "prisma.config.ts"],
    ["a root config file", "next.config.mjs"],
    ["the proxy's name in a folder", "lib/proxy.ts/x"],
    ["the proxy reached by a climb", "app/../proxy.ts"],
    ["the proxy with a trailing slash", "proxy.ts/"],
    ["another folder", "prisma/seed.ts"],
    ["the README", "README.md"],
    ["an .env file", "app/.env.local"],
    ["an .env file at the root", ".env.local"],
    ["a dot-folder", "lib/.secret/key.ts"],
    ["the generated Prisma client", "lib/generated/sqlite/index.ts"],
    ["a file type not shown", "lib/session/data.json"],
    ["a folder alone", "lib"],
    ["an empty segment", "lib//session/index.ts"],
    ["the current folder", "lib/./session/index.ts"],
  ])("refuses %s (%s)", (_why, file) => {
    expect(path(file)).toBeNull();
  });

  it("refuses a segment that smuggles a slash or backslash in", () => {
    expect(showableSourcePath(["app", "../../package.json"])).toBeNull();
    expect(showableSourcePath(["app", "..\\..\\package.json"])).toBeNull();
    expect(showableSourcePath(["lib", "x.ts\0.md"])).toBeNull();
    expect(showableSourcePath(["../proxy.ts"])).toBeNull();
    expect(showableSourcePath(["proxy.ts\0"])).toBeNull();
  });
});
