import { share, shareText } from '../../src/element/share.js';
import { en, format } from '../../src/element/messages.js';
import { equal } from './helpers.js';

/** A fake navigator with an optional share() and a clipboard that records or fails. */
function fakeNavigator(opts: { share?: (d: ShareData) => Promise<void>; clipboardFails?: boolean }) {
  const copied: string[] = [];
  const nav = {
    share: opts.share,
    clipboard: {
      writeText: async (t: string) => {
        if (opts.clipboardFails) throw new DOMException('denied', 'NotAllowedError');
        copied.push(t);
      },
    },
  } as unknown as Navigator;
  return { nav, copied };
}

const data = { text: format('en', en.shareText, { score: 5, total: 6, title: 'Budget 2024' }, 5), url: 'https://x.test/budget' };

describe('share', () => {
  it('the text reads well aloud, with the link after a colon', () => {
    equal(shareText(data), 'I scored 5 out of 6 on the quiz “Budget 2024”: https://x.test/budget', 'text');
  });

  it('formats large numbers', () => {
    equal(format('en', en.shareText, { score: 1200, total: 1500, title: 'Big' }, 1200), 'I scored 1,200 out of 1,500 on the quiz “Big”', 'text');
  });

  it('uses navigator.share when present', async () => {
    const shared: ShareData[] = [];
    const { nav, copied } = fakeNavigator({ share: async (d) => void shared.push(d) });
    equal(await share(data, nav), 'shared', 'outcome');
    equal(shared, [data], 'shared data');
    equal(copied, [], 'nothing copied');
  });

  it('a cancelled share sheet is not an error and copies nothing', async () => {
    const { nav, copied } = fakeNavigator({ share: () => Promise.reject(new DOMException('cancel', 'AbortError')) });
    equal(await share(data, nav), 'cancelled', 'outcome');
    equal(copied, [], 'nothing copied');
  });

  it('falls back to the clipboard when sharing fails otherwise', async () => {
    const { nav, copied } = fakeNavigator({ share: () => Promise.reject(new DOMException('no', 'NotAllowedError')) });
    equal(await share(data, nav), 'copied', 'outcome');
    equal(copied, [shareText(data)], 'copied');
  });

  it('reports a failed copy instead of throwing', async () => {
    const { nav } = fakeNavigator({ clipboardFails: true });
    equal(await share(data, nav), 'failed', 'outcome');
  });
});
