// Exercise 5: "secret key not set". This starts a small session server of its own (a visit
// counter), with its settings in an environment file in this folder.
//
// TODO: it refuses to start. Run `npm run workbook:secret-server`, read the error, and fix the
// cause; then run it again: there is more than one. The usual suspects are listed at /workbook/5.
// A fix is not always an edit: one may be renaming a file in this folder.
// Check your work with `npm run workbook:check -- 5`.
import nextEnv from "@next/env";

import { SECRET_VARIABLE, startVisitCounter } from "@/lib/workbook/visit-counter-server";

const secret = process.env[SECRET_VARIABLE];

// Loads this folder's environment files as Next.js does in development: .env.development.local,
// .env.local, .env.development and .env. A file that is not there is skipped without a word.
nextEnv.loadEnvConfig(import.meta.dirname, true, { info: () => {}, error: console.error });

startVisitCounter({ secret, port: Number(process.env.PORT || 3005) });
