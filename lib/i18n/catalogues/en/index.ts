// English: the reference catalogue, one file per area. Every other language must have the same
// keys (the type checker and lib/i18n/catalogues.test.ts both hold them to it).
import { site } from "./site";
import { firstLessons } from "./first-lessons";
import { accounts } from "./accounts";
import { shop } from "./shop";
import { tools } from "./tools";
import { workbook } from "./workbook";
import { configuration } from "./configuration";
import { accountSecurity } from "./account-security";
import { storeCosts } from "./store-costs";
import { code } from "./code";
import { timeline } from "./timeline";

export const en = { ...site, ...firstLessons, ...accounts, ...shop, ...tools, ...workbook, ...configuration, ...accountSecurity, ...storeCosts, ...code, ...timeline };

export type Messages = typeof en;
