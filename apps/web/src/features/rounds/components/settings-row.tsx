import type { ReactNode } from 'react';

/** A form item's share of a settings row. */
export const settingsItem = { style: { flex: 1, minWidth: 160 } };

/** One row of settings fields, wrapping on narrow screens. */
export function SettingsRow({ children }: { children: ReactNode }) {
  return <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>{children}</div>;
}
