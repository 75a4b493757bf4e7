"use client";

import { createContext, useContext } from "react";

import type { ClientMessages } from "@/lib/i18n/client-messages";

const CommonMessagesContext = createContext<ClientMessages | null>(null);

/** Hands the words client components show (button states, the error page) in the visitor's language. */
export function CommonMessagesProvider({ messages, children }: { messages: ClientMessages; children: React.ReactNode }) {
  return <CommonMessagesContext.Provider value={messages}>{children}</CommonMessagesContext.Provider>;
}

/** The visitor's words, from the root layout; only the pages under it (all of them) may ask. */
export function useCommonMessages(): ClientMessages {
  const messages = useContext(CommonMessagesContext);
  if (!messages) throw new Error("useCommonMessages needs the root layout's CommonMessagesProvider above it.");
  return messages;
}
