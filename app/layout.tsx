import type { Metadata, Viewport } from "next";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import { connection } from "next/server";

import { checkConfig } from "@/lib/config";
import { DEFAULT_PREFERENCES, getPreferences } from "@/lib/preferences";
import { activeStoreKind } from "@/lib/session";

import { ConfigProblems } from "./ui/config-problems";

import { SiteFooter } from "./ui/site-footer";
import { SiteHeader } from "./ui/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Sessions by Example", template: "%s · Sessions by Example" },
  description: "Server-side web sessions, taught by working examples.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page shows live session state, so nothing is prerendered at build time.
  await connection();
  const config = checkConfig();
  // Read on the server so the first paint already has the right theme and language.
  const { theme, language } = config.ok ? await getPreferences() : DEFAULT_PREFERENCES;
  return (
    <html lang={language} data-theme={theme} className={`${GeistSans.variable} ${GeistMono.variable} ${theme === "dark" ? "dark" : ""}`}>
      <body className="flex min-h-dvh flex-col font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <SiteHeader store={config.ok ? activeStoreKind() : "not configured"} />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6 sm:py-10">
          {config.ok ? children : <ConfigProblems problems={config.problems} />}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
