"use client";

import { createContext, useContext } from "react";

import type { Messages } from "@/lib/i18n/catalogues/en";
import { en } from "@/lib/i18n/catalogues/en";

type CommonMessages = Messages["common"];

const CommonMessagesContext = createContext<CommonMessages>(en.common);

/** Hands the shared words (button states and the like) of the visitor's language to client components. */
export function CommonMessagesProvider({ messages, children }: { messages: CommonMessages; children: React.ReactNode }) {
  return <CommonMessagesContext.Provider value={messages}>{children}</CommonMessagesContext.Provider>;
}

export const useCommonMessages = () => useContext(CommonMessagesContext);
