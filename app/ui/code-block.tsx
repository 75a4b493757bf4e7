/**
 * Highlighted code from lib/code-excerpts (shiki's HTML, made on the server from our own files
 * and the lessons' Flask, never from a visitor's input). Long lines scroll inside the block, with
 * a shadow at the edge that still has more (app/code.css).
 */
export function CodeBlock({ html, label, testId }: { html: string; label: string; testId?: string }) {
  return (
    // A keyboard user can scroll a block that is wider than the page: it takes focus.
    <div className="code-block" role="region" aria-label={label} tabIndex={0} data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
