/** The navigation settings (`ecsEksArchitect.codeLens.enabled`, `ecsEksArchitect.inlayHints.enabled`), read apart from the rule settings. */
export interface NavSettingValues {
  codeLens: boolean;
  inlayHints: boolean;
}

export const defaultNavSettings: NavSettingValues = { codeLens: true, inlayHints: true };

export function parseNavSettings(raw: unknown): NavSettingValues {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const enabled = (key: string) => {
    const section = s[key];
    const v = section && typeof section === 'object' ? (section as Record<string, unknown>).enabled : undefined;
    return typeof v === 'boolean' ? v : true;
  };
  return { codeLens: enabled('codeLens'), inlayHints: enabled('inlayHints') };
}
