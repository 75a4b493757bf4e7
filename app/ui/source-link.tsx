import Link from "next/link";

/** Where the source viewer shows a file, the excerpt's lines marked and scrolled to. */
export function sourceHref(file: string, region?: { name: string; firstLine: number }): string {
  const path = file.split("/").map(encodeURIComponent).join("/");
  return region ? `/source/${path}?region=${encodeURIComponent(region.name)}#L${region.firstLine}` : `/source/${path}`;
}

/** A file path that opens the file in the source viewer. */
export function SourceLink({ file, region, label }: { file: string; region?: { name: string; firstLine: number }; label?: string }) {
  return (
    <Link href={sourceHref(file, region)} prefetch={false} aria-label={label} className="font-mono break-all text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
      {file}
    </Link>
  );
}
