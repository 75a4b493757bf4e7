import { describe, expect, it } from "vitest";

import { showableSourcePath } from "./source-path";

const path = (text: string) => showableSourcePath(text.split("/"));

describe("showableSourcePath", () => {
  it.each(["app/(lessons)/hello/actions.ts", "lib/session/index.ts", "app/globals.css", "app/ui/card.tsx"])("shows %s", (file) => {
    expect(path(file)).toBe(file);
  });

  it("shows an .mjs file under lib", () => {
    expect(path("lib/x/config.mjs")).toBe("lib/x/config.mjs");
  });

  it.each([
    ["a climb out", "app/../package.json"],
    ["a climb out at the start", "../package.json"],
    ["a file beside app/ and lib/", "proxy.ts"],
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
  });
});
