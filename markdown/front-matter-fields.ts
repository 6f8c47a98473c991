/** What a report's front matter says, before it is written in one flavour or another. */
export interface FrontMatterFields {
  title: string;
  /** YYYY-MM-DD, or an RFC 3339 date-time with its offset when a post time is set. */
  date: string;
  tags: readonly string[];
  categories: readonly string[];
  /** Hugo only */
  draft?: boolean;
  /** Hugo only */
  description?: string;
}
