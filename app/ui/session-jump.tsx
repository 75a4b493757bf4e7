import { SESSION_CARD_ID } from "@/app/ui/session-card";
import { getMessages } from "@/lib/i18n";

/**
 * On a phone, where a page's forms stack above or below the session card, one tap brings the
 * session into view from anywhere on the page. From 1024 px the card sits beside the forms.
 */
export async function SessionJump() {
  const { codePanel: text } = await getMessages();
  return (
    <a
      href={`#${SESSION_CARD_ID}`}
      className="fixed right-4 bottom-4 z-20 rounded-full bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-lg hover:bg-indigo-700 lg:hidden"
      data-testid="session-jump"
    >
      {text.jumpToSession}
    </a>
  );
}
