import Link from "next/link";

import { getMessages } from "@/lib/i18n";

/** Every lesson points here: the inspector shows what the last action did to the session. */
export async function InspectorLink() {
  const { common } = await getMessages();
  return (
    <Link href="/inspector" className="mt-3 inline-block text-sm font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
      {common.seeInspector}
    </Link>
  );
}
