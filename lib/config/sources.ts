import "server-only";

import nextEnv from "@next/env";

import { getConfig } from "./index";
import { withoutPassword } from "./redact";
import { describeSecrets, type SecretDescription } from "./secrets";
import { settingSource, type SettingSource } from "./setting-source";
import { SETTINGS, settingText, type SettingInfo } from "./settings";

export type { SettingSource } from "./setting-source";

export type SettingValue = { kind: "text"; text: string } | { kind: "secrets"; secrets: SecretDescription[] };

export interface EffectiveSetting extends SettingInfo {
  value: SettingValue;
  source: SettingSource;
}

/**
 * Next.js loads the .env files once, at start-up, through @next/env, and never lets a file
 * override a variable the environment already had. Asked again, loadEnvConfig answers from that
 * first load (the files it read and what each held), and `initialEnv` is the environment as it
 * was before any file was read. @next/env is a server external package (next.config.mjs), so
 * this is the very module instance Next.js used, not a bundled copy that never loaded anything.
 */
function loadedEnvFiles() {
  return nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production", { info: () => {}, error: () => {} }).loadedEnvFiles;
}

/** Every session setting as this server process sees it: its value (never a secret's) and where it came from. */
export function describeConfiguration(): EffectiveSetting[] {
  const config = getConfig();
  const envFiles = loadedEnvFiles();
  return SETTINGS.map((setting): EffectiveSetting => {
    const raw = config[setting.key];
    const text = settingText(raw);
    const value: SettingValue =
      setting.key === "sessionSecrets" ? { kind: "secrets", secrets: describeSecrets(config.sessionSecrets) } : { kind: "text", text: setting.address ? withoutPassword(text) : text };
    return { ...setting, value, source: settingSource(setting.name, nextEnv.initialEnv, envFiles, process.env[setting.name]) };
  });
}
