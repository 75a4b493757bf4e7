// Exercise 5, solved: the environment file is loaded before anything reads it, it has a name the
// loader looks for, and the secret in it is long enough.
import nextEnv from "@next/env";

import { SECRET_VARIABLE, startVisitCounter } from "@/lib/workbook/visit-counter-server";

// Load first, then read: a value read before the file is loaded is the one the shell had, here none.
nextEnv.loadEnvConfig(import.meta.dirname, true, { info: () => {}, error: console.error });

const secret = process.env[SECRET_VARIABLE];

startVisitCounter({ secret, port: Number(process.env.PORT || 3005) });
