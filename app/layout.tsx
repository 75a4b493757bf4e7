import type { Metadata, Viewport } from "next";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import { connection } from "next/server";

import { checkConfig } from "@/lib/config";
import { getMessages } from "@/lib/i18n";
import { clientMessages } from "@/lib/i18n/client-messages";
import { DEFAULT_PREFERENCES, getPreferences } from "@/lib/preferences";
import { activeStoreKind } from "@/lib/session";

import { CommonMessagesProvider } from "./ui/common-messages";
import { ConfigProblems } from "./ui/config-problems";

import { SiteFooter } from "./ui/site-footer";
import { SiteHeader } from "./ui/site-header";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { common, meta } = await getMessages();
  return {
    title: { default: common.siteName, template: `%s · ${common.siteName}` },
    description: meta.description,
    applicationName: common.siteName,
    // The .ico for browsers that ask for /favicon.ico whatever the page says; the SVG stays sharp at any size.
    icons: { icon: [{ url: "/favicon.ico", sizes: "any" }, { url: "/icon.svg", type: "image/svg+xml" }] },
  };
}

// The page's background (slate-50, or its dark mirror), so the browser's bar matches the theme the session chose.
const THEME_COLOURS = { light: "#f8fafc", dark: "#020617" } as const;

export async function generateViewport(): Promise<Viewport> {
  const { theme } = checkConfig().ok ? await getPreferences() : DEFAULT_PREFERENCES;
  return { width: "device-width", initialScale: 1, themeColor: THEME_COLOURS[theme], colorScheme: theme };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page shows live session state, so nothing is prerendered at build time.
  await connection();
  const config = checkConfig();
  // Read on the server so the first paint already has the right theme and language.
  const { theme, language } = config.ok ? await getPreferences() : DEFAULT_PREFERENCES;
  const messages = await getMessages();
  const { common } = messages;
  return (
    <html lang={language} data-theme={theme} className={`${GeistSans.variable} ${GeistMono.variable} ${theme === "dark" ? "dark" : ""}`}>
      <body className="flex min-h-dvh flex-col font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {common.skipToContent}
        </a>
        <CommonMessagesProvider messages={clientMessages(messages)}>
          <SiteHeader store={config.ok ? activeStoreKind() : common.notConfigured} />
          <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6 sm:py-10">
            {config.ok ? children : <ConfigProblems problems={config.problems} />}
          </main>
          <SiteFooter />
        </CommonMessagesProvider>
      </body>
    </html>
  );
}
