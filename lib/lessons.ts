// The lessons, in the order the tutorial teaches them. `ready: false` marks a page not built yet.
export interface Lesson {
  href: string;
  title: string;
  summary: string;
  ready: boolean;
}

export const LESSONS: Lesson[] = [
  { href: "/hello", title: "Hello, session", summary: "Type your name, see it on the next page, log out.", ready: true },
  { href: "/basics", title: "Session basics", summary: "Set, get, pop and clear keys; permanent sessions; cookie flags.", ready: true },
  { href: "/login", title: "Log in and out", summary: "A login form, a protected profile page, and a log-out that ends the session.", ready: false },
  { href: "/dashboard", title: "Roles", summary: "Pages for every user and pages for admins only.", ready: false },
  { href: "/shop", title: "Shopping cart", summary: "Add, view, remove and clear items, then check out.", ready: false },
  { href: "/history", title: "Visit history", summary: "Every page you visit, recorded in the session on each request.", ready: false },
  { href: "/preferences", title: "Preferences", summary: "Language, theme and notifications kept in the session.", ready: true },
  { href: "/configuration", title: "Configuration", summary: "The classic “secret key not set” error, and every setting explained.", ready: false },
  { href: "/stores", title: "Session stores", summary: "Cookie, database, Redis, files, Memcached: what each keeps where.", ready: false },
  { href: "/inspector", title: "Session inspector", summary: "The raw cookie and what the server decodes from it.", ready: false },
  { href: "/workbook", title: "Workbook", summary: "Exercises to write yourself, with checks that tell you what passes.", ready: false },
];
