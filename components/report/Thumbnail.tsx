/**
 * A video's thumbnail (YouTube's `mqdefault`, 320×180), lazy-loaded. When it cannot be
 * loaded (offline, removed video) a quiet neutral box shows the stream time instead.
 * Decorative: the row's "Watch at" link carries the name, so this is hidden from
 * assistive technology and out of the tab order.
 */
import { useState } from 'preact/hooks';
import { thumbnailUrl } from '../../ui/labels';
import { formatClock } from '../../youtube/time';

/** Video ids whose thumbnail failed in this page: no use asking again for every row. */
const failedVideos = new Set<string>();

export interface ThumbnailProps {
  videoId: string;
  seconds: number;
  href: string;
}

export function Thumbnail({ videoId, seconds, href }: ThumbnailProps) {
  const [failed, setFailed] = useState(() => failedVideos.has(videoId));
  const clock = formatClock(seconds);
  return (
    <a class="thumb" href={href} target="_blank" rel="noopener noreferrer" tabIndex={-1} aria-hidden="true">
      {failed ? (
        <span class="thumb-placeholder">{clock}</span>
      ) : (
        <>
          <img
            src={thumbnailUrl(videoId)}
            alt=""
            width={160}
            height={90}
            loading="lazy"
            decoding="async"
            referrerpolicy="no-referrer"
            onError={() => {
              failedVideos.add(videoId);
              setFailed(true);
            }}
          />
          <span class="thumb-time">{clock}</span>
        </>
      )}
    </a>
  );
}
