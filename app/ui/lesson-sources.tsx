import { Card } from "@/app/ui/card";
import { InspectorLink } from "@/app/ui/inspector-link";
import { SourceFiles } from "@/app/ui/source-files";

/** Where the page's code lives, and where to watch the session it just changed. */
export function LessonSources({ files }: { files: string[] }) {
  return (
    <Card className="self-start">
      <SourceFiles files={files} />
      <InspectorLink />
    </Card>
  );
}
