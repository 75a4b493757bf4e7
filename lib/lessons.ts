// The lessons, in the order the tutorial teaches them. Titles and summaries are in the message
// catalogues (lib/i18n) under lessons.<key>. `ready: false` marks a page not built yet.
import type { Messages } from "@/lib/i18n/catalogues/en";

export interface Lesson {
  key: keyof Messages["lessons"];
  href: string;
  ready: boolean;
}

export const LESSONS: Lesson[] = [
  { key: "hello", href: "/hello", ready: true },
  { key: "basics", href: "/basics", ready: true },
  { key: "login", href: "/login", ready: true },
  { key: "roles", href: "/dashboard", ready: true },
  { key: "account", href: "/account", ready: true },
  { key: "adminUsers", href: "/admin/users", ready: true },
  { key: "securityLog", href: "/admin/log", ready: true },
  { key: "shop", href: "/shop", ready: true },
  { key: "orders", href: "/orders", ready: true },
  { key: "history", href: "/history", ready: true },
  { key: "preferences", href: "/preferences", ready: true },
  { key: "configuration", href: "/configuration", ready: true },
  { key: "stores", href: "/stores", ready: true },
  { key: "inspector", href: "/inspector", ready: true },
  { key: "timeline", href: "/timeline", ready: true },
  { key: "workbook", href: "/workbook", ready: true },
];
