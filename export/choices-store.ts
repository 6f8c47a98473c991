/**
 * The export choices remembered per trip, under the setting `export:<tripId>`.
 *
 * Only what the user changed is stored (a partial of ExportOptions, plus the panel's
 * blog-folder subfolder), so defaults that change later (and "today" for the post date)
 * still apply to everything the user never touched. On read the value is checked with
 * `exportChoicesSchema` (markdown/export-options.ts, the partial form of
 * `exportOptionsSchema`): a field that fails is dropped, the rest kept; a value that is
 * not an object at all reads as no choices.
 */
import type { z } from 'zod';
import { exportChoicesKey, getStoredValue, setSetting } from '../storage/settings';
import { storedExportChoicesSchema } from '../storage/settings-registry';

/** The schema of the settings registry (storage/settings-registry.ts), by the name the panel knows it. */
export const panelChoicesSchema = storedExportChoicesSchema;

export type PanelChoices = z.infer<typeof panelChoicesSchema>;

export { exportChoicesKey };

/** Keep the fields of `value` that pass the schema; drop the others. Pure. */
export function salvageChoices(value: unknown): PanelChoices {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const whole = panelChoicesSchema.safeParse(value);
  if (whole.success) return whole.data;
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const probe = panelChoicesSchema.safeParse({ [key]: field });
    if (probe.success) Object.assign(kept, probe.data);
  }
  return panelChoicesSchema.parse(kept);
}

export async function loadChoices(tripId: string): Promise<PanelChoices> {
  return salvageChoices(await getStoredValue(exportChoicesKey(tripId)));
}

export async function saveChoices(tripId: string, choices: PanelChoices): Promise<void> {
  const checked = panelChoicesSchema.parse(choices);
  // Drop undefined fields: setting values are plain JSON.
  const json: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(checked)) if (value !== undefined) json[key] = value;
  await setSetting(exportChoicesKey(tripId), json);
}
