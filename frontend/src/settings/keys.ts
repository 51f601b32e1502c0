// The programme settings' query key, shared with the pairing screens (the purpose statement).
export const SETTINGS_KEY = ["programme-settings"] as const;
