import { Fragment } from "react";

/**
 * A translated sentence with markup inside it: each "{name}" placeholder is filled with a React
 * node (a <strong>, a <code>, a link), so every language keeps its own word order around them.
 * A placeholder with no value stays visible, as format() leaves it.
 */
export function RichText({ text, values }: { text: string; values: Record<string, React.ReactNode> }) {
  // split() with a capturing group alternates: text, placeholder name, text, …
  const parts = text.split(/\{(\w+)\}/g);
  return <>{parts.map((part, index) => (index % 2 === 0 ? part : <Fragment key={index}>{Object.hasOwn(values, part) ? values[part] : `{${part}}`}</Fragment>))}</>;
}
