/**
 * Sharing a result: plain text that reads well aloud, sent with the Web Share
 * API where the browser has it, else copied to the clipboard.
 */

/** What happened to a share request. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/** The text and link to share. */
export interface ShareData {
  /** Sentence without the link, e.g. `I scored 5 out of 6 on the quiz “Budget 2024”`. */
  text: string;
  /** Link to the article or page, or empty. */
  url: string;
}

/** The clipboard form: `text: url`, or the text alone when there is no link. */
export function shareText({ text, url }: ShareData): string {
  return url ? `${text}: ${url}` : `${text}.`;
}

/**
 * Shares `data` with `navigator.share` when present (a cancelled share sheet
 * is `'cancelled'`, another failure falls back to the clipboard), else writes
 * {@link shareText} to the clipboard. Never throws.
 */
export async function share(data: ShareData, nav: Navigator = navigator): Promise<ShareOutcome> {
  if (nav.share) {
    try {
      await nav.share(data.url ? data : { text: data.text });
      return 'shared';
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await nav.clipboard.writeText(shareText(data));
    return 'copied';
  } catch {
    return 'failed';
  }
}
