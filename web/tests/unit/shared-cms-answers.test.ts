import { describe, expect, it } from 'vitest';
import { forgetSharedCmsAnswers, sharedCmsAnswer } from '../../shared/utils/shared-cms-answers';

describe('CMS answers every page shares', () => {
  it('are asked once until the next publish, then asked again', async () => {
    forgetSharedCmsAnswers();
    let asked = 0;
    const load = async () => ({ siteName: `Liên hiệp Hội Lào Cai #${(asked += 1)}` });
    const first = await Promise.all([sharedCmsAnswer('settings', load), sharedCmsAnswer('settings', load)]);
    expect(asked).toBe(1);
    expect(first[0]).toBe(first[1]);
    expect(await sharedCmsAnswer('settings', load)).toEqual({ siteName: 'Liên hiệp Hội Lào Cai #1' });
    forgetSharedCmsAnswers();
    expect(await sharedCmsAnswer('settings', load)).toEqual({ siteName: 'Liên hiệp Hội Lào Cai #2' });
  });

  it('never keep a failed answer: the next page asks the CMS again', async () => {
    forgetSharedCmsAnswers();
    let asked = 0;
    const failing = async () => {
      asked += 1;
      throw new Error('CMS unavailable');
    };
    await expect(sharedCmsAnswer('menu', failing)).rejects.toThrow('CMS unavailable');
    await expect(sharedCmsAnswer('menu', failing)).rejects.toThrow('CMS unavailable');
    expect(asked).toBe(2);
  });
});
