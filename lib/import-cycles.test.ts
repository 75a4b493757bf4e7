// Imports go one way (app -> lib -> lib/session -> the stores' clients). A cycle is where that
// breaks first: modules that cannot be read, tested or loaded one without the other. This walks the
// import graph the TypeScript compiler sees and names every cycle it finds.
import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const ROOTS = ["app", "lib", "proxy.ts"];
const IGNORED = /(^|\/)(node_modules|generated)\//;

function projectOptions(): ts.CompilerOptions {
  const configPath = path.join(root, "tsconfig.json");
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, root).options;
}

function sourceFiles(): string[] {
  return ROOTS.flatMap((entry) => {
    const full = path.join(root, entry);
    return ts.sys.fileExists(full) ? [full] : ts.sys.readDirectory(full, [".ts", ".tsx"]);
  }).filter((file) => !IGNORED.test(path.relative(root, file)));
}

/** Every project file each file imports, type-only imports and re-exports included. */
function importGraph(): Map<string, string[]> {
  const options = projectOptions();
  const files = sourceFiles();
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(ts.sys.readFile(file)!, true, true);
    const targets = importedFiles
      .map(({ fileName }) => ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule?.resolvedFileName)
      .filter((target): target is string => target !== undefined && known.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The strongly connected components with more than one file, or a file importing itself (Tarjan). */
function cyclesOf(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];

  function visit(file: string) {
    index.set(file, next);
    lowLink.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        lowLink.set(file, Math.min(lowLink.get(file)!, lowLink.get(target)!));
      } else if (onStack.has(target)) {
        lowLink.set(file, Math.min(lowLink.get(file)!, index.get(target)!));
      }
    }
    if (lowLink.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(path.relative(root, member));
    } while (member !== file);
    if (component.length > 1 || graph.get(file)!.includes(file)) cycles.push(component.sort());
  }

  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

describe("imports", () => {
  it("form no cycle in app/, lib/ and proxy.ts", () => {
    const graph = importGraph();
    // The walk found the project: a broken walk would find no cycle either.
    expect(graph.size).toBeGreaterThan(100);
    expect([...graph.values()].some((targets) => targets.length > 0)).toBe(true);
    expect(cyclesOf(graph).map((files) => files.join(" <-> "))).toEqual([]);
  });
});
