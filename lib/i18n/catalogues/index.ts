import type { Language } from "@/lib/preferences/schema";

import { en, type Messages } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { ja } from "./ja";

export const CATALOGUES: Record<Language, Messages> = { en, es, fr, ja };
