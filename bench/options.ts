// npm run bench -- [--warmup=2] [--duration=2] [--rounds=16] [--connections=10] [--stores=cookie,sqlite]
//                  [--port-base=3700] [--skip-build] [--note="measured while CI ran"]
import { parseArgs } from "node:util";

export interface BenchOptions {
  warmupSeconds: number;
  durationSeconds: number;
  rounds: number;
  connections: number;
  /** Store ids to measure (bench/stores.ts); all when empty. */
  stores: string[];
  portBase: number;
  skipBuild: boolean;
  note?: string;
}

const positive = (name: string, text: string, integer: boolean): number => {
  const value = Number(text);
  if (!(value > 0) || (integer && !Number.isInteger(value))) throw new Error(`--${name} must be a positive ${integer ? "whole " : ""}number, not "${text}".`);
  return value;
};

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      warmup: { type: "string", default: "2" },
      duration: { type: "string", default: "2" },
      rounds: { type: "string", default: "16" },
      connections: { type: "string", default: "10" },
      stores: { type: "string", default: "" },
      "port-base": { type: "string", default: "3700" },
      "skip-build": { type: "boolean", default: false },
      note: { type: "string" },
    },
    strict: true,
  });
  return {
    warmupSeconds: positive("warmup", values.warmup, false),
    durationSeconds: positive("duration", values.duration, false),
    rounds: positive("rounds", values.rounds, true),
    connections: positive("connections", values.connections, true),
    stores: values.stores.split(",").map((store) => store.trim()).filter(Boolean),
    portBase: positive("port-base", values["port-base"], true),
    skipBuild: values["skip-build"],
    note: values.note,
  };
}
