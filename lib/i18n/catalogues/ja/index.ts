// Japanese. A number or a placeholder and the word after it (1 つ, {limit} 件, {name} さん, 4 KB)
// are joined by a no-break space (U+00A0), not a plain one: Japanese breaks a line at any space,
// and a heading must not end in "1" with "つだけ" on the next line.
import type { CatalogueShape } from "../../format";
import type { Messages } from "../en";

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

export const ja: CatalogueShape<Messages> = { ...site, ...firstLessons, ...accounts, ...shop, ...tools, ...workbook, ...configuration, ...accountSecurity, ...storeCosts, ...code, ...timeline };
