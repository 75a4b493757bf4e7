// Where each pair of a panel sits: pure, so the registry test can check every pair still finds its lines.

/** The callout numbers on a line, by its 1-based number within a code block: one line can do two things. */
export type Callouts = Map<number, number[]>;

const add = (callouts: Callouts, line: number, number: number) => callouts.set(line, [...(callouts.get(line) ?? []), number]);

/** A comment line: our doc comments quote the Flask they replace, which is not the line doing it. */
const isComment = (line: string) => /^\s*(\/\/|\/\*|\*|#)/.test(line);

/** The first line (1-based) of `code` that contains `piece` and is not a comment, or 0. */
const lineContaining = (code: string, piece: string): number => code.split("\n").findIndex((line) => !isComment(line) && line.includes(piece)) + 1;

/**
 * The callout lines on each side: pair n marks the first Flask line with its Flask piece and the
 * first line of ours, across the excerpts in order, with its piece. A piece found nowhere throws,
 * so a renamed variable cannot quietly leave a callout behind.
 */
export function locatePairs(flask: string, ours: readonly string[], pairs: readonly (readonly [string, string])[]): { flask: Callouts; ours: Callouts[] } {
  const flaskCallouts: Callouts = new Map();
  const oursCallouts: Callouts[] = ours.map(() => new Map());
  pairs.forEach(([flaskPiece, ourPiece], index) => {
    const number = index + 1;
    const flaskLine = lineContaining(flask, flaskPiece);
    if (flaskLine === 0) throw new Error(`callout ${number}: no Flask line contains ${JSON.stringify(flaskPiece)}`);
    const excerpt = ours.findIndex((code) => lineContaining(code, ourPiece) > 0);
    if (excerpt === -1) throw new Error(`callout ${number}: none of our lines contains ${JSON.stringify(ourPiece)}`);
    add(flaskCallouts, flaskLine, number);
    add(oursCallouts[excerpt], lineContaining(ours[excerpt], ourPiece), number);
  });
  return { flask: flaskCallouts, ours: oursCallouts };
}
