import { getMessages } from "@/lib/i18n";

import { TextLink } from "./links";

/** Every lesson points here: the inspector shows what the last action did to the session, the timeline how each request did it. */
export async function InspectorLink() {
  const { common, timeline } = await getMessages();
  return (
    <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      <TextLink href="/inspector">{common.seeInspector}</TextLink>
      <TextLink href="/timeline" data-testid="timeline-link">
        {timeline.link}
      </TextLink>
    </p>
  );
}
