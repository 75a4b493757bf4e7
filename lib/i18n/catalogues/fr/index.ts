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

export const fr: CatalogueShape<Messages> = { ...site, ...firstLessons, ...accounts, ...shop, ...tools, ...workbook, ...configuration, ...accountSecurity, ...storeCosts, ...code, ...timeline };
