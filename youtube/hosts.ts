/** Hosts whose pages can show a YouTube video player we clip from. */
export const YOUTUBE_HOSTS = ['www.youtube.com', 'youtube.com', 'm.youtube.com', 'music.youtube.com'] as const;

/** Match patterns for content scripts and host permissions (YouTube only, never <all_urls>). */
export const YOUTUBE_MATCHES = [
  'https://www.youtube.com/*',
  'https://m.youtube.com/*',
  'https://music.youtube.com/*',
] as const;

export function isYouTubeHost(hostname: string): boolean {
  return (YOUTUBE_HOSTS as readonly string[]).includes(hostname);
}
