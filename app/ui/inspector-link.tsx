import { getMessages } from "@/lib/i18n";

import { TextLink } from "./links";

/** Every lesson points here: the inspector shows what the last action did to the session. */
export async function InspectorLink() {
  const { common } = await getMessages();
  return (
    <TextLink href="/inspector" className="mt-3 inline-block text-sm">
      {common.seeInspector}
    </TextLink>
  );
}
