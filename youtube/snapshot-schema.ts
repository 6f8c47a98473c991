/**
 * The runtime check of the PageSnapshot a content script sends to the background
 * (the background trusts nothing from a page). Unknown top-level keys are stripped;
 * every known key must have its type. The player part is carried as unknown values,
 * which youtube/player-facts.ts reads defensively.
 */
import { z } from 'zod';
import type { PageSnapshot } from './snapshot';

/** Largest serialized snapshot accepted (JSON characters); YouTube's initial data is far smaller. */
export const MAX_SNAPSHOT_JSON_LENGTH = 2_000_000;

const cappedText = z.string().max(1000).nullable();

export const rawPlayerSnapshotSchema = z.object({
  currentTime: z.unknown(),
  videoData: z.unknown(),
  progress: z.unknown(),
  playerResponse: z.unknown(),
  initialData: z.unknown(),
  navigationVideoId: z.unknown(),
  adShowing: z.unknown(),
});

export const pageSnapshotSchema = z.object({
  url: z.string().max(4096),
  capturedAt: z.iso.datetime({ offset: true }),
  utcOffsetMinutes: z.number().int().min(-840).max(840),
  pageVideoId: z.string().max(64).nullable(),
  domTitle: cappedText,
  domChannel: cappedText,
  videoElementTime: z.number().min(0).nullable(), // zod 4 numbers are finite
  adShowing: z.boolean(),
  player: rawPlayerSnapshotSchema.nullable(),
});

function serializedLength(data: unknown): number {
  try {
    return JSON.stringify(data)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

/** The size guard first (oversize or unserializable -> one issue, nothing else checked), then the shape. */
export const boundedPageSnapshotSchema = z
  .unknown()
  .check(
    z.refine(
      (data) => serializedLength(data) <= MAX_SNAPSHOT_JSON_LENGTH,
      `page snapshot is larger than ${MAX_SNAPSHOT_JSON_LENGTH} characters of JSON`,
    ),
  )
  .pipe(pageSnapshotSchema);

export function parsePageSnapshot(data: unknown): z.ZodSafeParseResult<PageSnapshot> {
  return boundedPageSnapshotSchema.safeParse(data);
}

// Compile-time proof that the schema's output is the PageSnapshot type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SnapshotSchemaChecks = [Assert<Same<z.output<typeof pageSnapshotSchema>, PageSnapshot>>];
