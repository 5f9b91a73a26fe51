// The minutes screen: the in-app preview wears the house style, and every block of it says what
// the exported Word file says, paragraph for paragraph and style for style; gaps are listed.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { test, expect, SAMPLE } from './fixtures';
import { apiCall, openRoute } from './helpers';
import { readDocx } from '../integration/helpers/read-docx';

interface PreviewParagraph {
  /** The block's Word style id (its class); list items carry their list's. */
  style: string;
  text: string;
}

/** The preview's paragraphs as Word has them: one per block, one per numbered clause; <br> is a line break. */
async function previewParagraphs(
  page: Page,
  label: string,
): Promise<{ paragraphs: PreviewParagraph[]; footer: string }> {
  return page.evaluate((name) => {
    const article = document.querySelector(`article[aria-label="${name}"]`);
    if (!article) throw new Error(`no preview named ${name}`);
    const textOf = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? '';
      if (node.nodeName === 'BR') return '\n';
      return [...node.childNodes].map(textOf).join('');
    };
    const styleOf = (el: Element) => [...el.classList].find((c) => !c.startsWith('svelte-')) ?? '';
    const paragraphs = [...article.querySelectorAll('[data-block]')].flatMap((el) =>
      el.tagName === 'OL'
        ? [...el.children].map((li) => ({ style: styleOf(el), text: textOf(li) }))
        : [{ style: styleOf(el), text: textOf(el) }],
    );
    return { paragraphs, footer: textOf(article.querySelector('[data-footer]')!) };
  }, label);
}

async function downloaded(download: Download): Promise<Uint8Array> {
  return new Uint8Array(await readFile((await download.path())!));
}

test.describe('the sample meeting', () => {
  test('the preview shows the house style: heading, PRESENT groups, items, ACTION lines, RESOLVED, closing lines', async ({
    app,
    devHost,
  }) => {
    await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/minutes`);
    await expect(app.getByRole('heading', { level: 1, name: 'Draft minutes' })).toBeVisible();
    const preview = app.getByRole('article', { name: 'Draft minutes' });

    await expect(preview.locator('p.Authority')).toHaveText(SAMPLE.authority);
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(`${SAMPLE.committee}Minutes`);
    await expect(preview.locator('p.Subtitle')).toHaveText(SAMPLE.meetingDate);
    await expect(preview.getByRole('heading', { level: 2, name: 'PRESENT' })).toBeVisible();

    const groups = preview.locator('p.Normal:has(> strong.Strong)');
    await expect(groups.locator('strong')).toHaveText([
      'Committee members:',
      'Co-opted members:',
      'Officers:',
      'External Guests:',
      'Also present:',
    ]);
    await expect(groups.first()).toContainText('Councillors Caroline Needham (Chair), Alan De');
    // Apologies were sent, so she is not PRESENT.
    await expect(groups.first()).not.toContainText('Chumnerly');

    const items = preview.locator('h2.Heading1').filter({ hasNotText: 'PRESENT' });
    await expect(items).toHaveCount(10);
    await expect(items.first()).toHaveText('1. MINUTES');
    await expect(items.nth(6)).toHaveText("7. THE IMPACT OF RECENT 'SEN' POLICY CHANGES");
    await expect(
      preview.getByText('Apologies for absence were received from Councillor Elaine Chumnerly.'),
    ).toBeVisible();
    await expect(preview.getByText('There were no declarations of interest.')).toBeVisible();

    await expect(preview.locator('p.Action')).toHaveCount(11);
    // Item 5's action follows the school-meals paragraph it came from.
    await expect(preview.locator('p.Normal:has-text("school meals") + p.Action')).toHaveText(
      "ACTION: Children's Services",
    );
    await expect(preview.locator('h3.Resolved')).toHaveCount(4);
    await expect(preview.locator('h3.Resolved').first()).toHaveText('RESOLVED');
    const clauses = preview.locator('ol.ListNumber').first().getByRole('listitem');
    await expect(clauses).toHaveCount(3);
    await expect(clauses.nth(1)).toHaveText(/; and$/);

    await expect(preview.locator('p.Closing')).toHaveText('Meeting started: 7.00 pmMeeting ended: 8.51 pm');
    await expect(preview.locator('p.Signature')).toContainText('Chair .....');
    await expect(preview.locator('p.ContactOfficer')).toContainText('Contact officer: Bathsheba Mall');
    await expect(preview.locator('footer')).toHaveText(
      /^Minutes are subject to confirmation at the next meeting as a correct record/,
    );
    await expect(preview.locator('mark')).toHaveCount(0);
    await expect(app.getByText('Nothing is marked “[to be completed]”.')).toBeVisible();
  });

  test('every preview block says what the exported Word paragraph says, in the same style', async ({
    app,
    devHost,
  }) => {
    await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/minutes`);
    await expect(app.getByRole('article', { name: 'Draft minutes' }).locator('p.Action')).toHaveCount(11);
    const shown = await previewParagraphs(app, 'Draft minutes');

    const [download] = await Promise.all([
      app.waitForEvent('download'),
      app.getByRole('button', { name: 'Export draft minutes (Word)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const docx = await readDocx(await downloaded(download));

    expect(shown.paragraphs.length).toBeGreaterThan(60);
    expect(shown.paragraphs.map((p) => p.text)).toEqual(docx.paragraphs.map((p) => p.text));
    // The class each block wears is the Word style its paragraph has.
    expect(shown.paragraphs.map((p) => docx.styleNames.get(p.style) ?? `no style ${p.style}`)).toEqual(
      docx.paragraphs.map((p) => p.style),
    );
    expect(shown.footer).toBe(docx.footer[0]?.text);

    const report = app.getByRole('region', { name: 'Export' });
    await expect(report).toContainText(`Exported the draft minutes (Word): ${download.suggestedFilename()}`);
    await expect(report).toContainText('It has no gaps');
  });

  test('the preview follows the meeting as it changes', async ({ app, devHost }) => {
    await openRoute(app, devHost, `#/meetings/${SAMPLE.meetingId}/minutes`);
    const preview = app.getByRole('article', { name: 'Draft minutes' });
    await expect(preview.locator('p.Closing')).toContainText('8.51 pm');
    // An edit from elsewhere (the live console in another window): the clock's end time goes.
    const edit = await apiCall(app, 'clock:setTimes', { meetingId: SAMPLE.meetingId, endedAt: null });
    expect(edit.ok, edit.error?.message).toBe(true);
    await expect(preview.locator('p.Closing mark.Marker')).toHaveText('[to be completed]');
    await expect(app.getByRole('list', { name: 'Gaps to complete' })).toContainText(
      'Closing: the time the meeting ended',
    );
  });
});

test('a new meeting lists its gaps, each leading to its marker in the draft, and the export lists them too', async ({
  app,
  devHost,
}) => {
  const created = await apiCall(app, 'meetings:create', { committeeId: SAMPLE.committeeId, date: '2017-01-16' });
  expect(created.ok).toBe(true);
  const meetingId = (created.value as { id: string }).id;
  await openRoute(app, devHost, `#/meetings/${meetingId}/minutes`);

  const gaps = app.getByRole('list', { name: 'Gaps to complete' });
  await expect(gaps).toContainText('PRESENT: no attendance recorded');
  await expect(gaps).toContainText('Closing: the time the meeting ended');
  await expect(gaps).toContainText('no notes and no resolution');
  const preview = app.getByRole('article', { name: 'Draft minutes' });
  await expect(preview.locator('mark.Marker').first()).toHaveText('[to be completed]');

  await gaps.getByRole('button', { name: /Show in the draft: Closing/ }).click();
  await expect(preview.locator('p.Closing')).toBeFocused();
  await gaps.getByRole('button', { name: /Show in the draft: PRESENT/ }).click();
  await expect(preview.locator('p.Normal', { hasText: 'Committee members:' })).toBeFocused();

  const listed = await gaps.getByRole('listitem').count();
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('button', { name: 'Export draft minutes (Word)' }).click(),
  ]);
  const docx = await readDocx(new Uint8Array(await readFile((await download.path())!)));
  expect(docx.paragraphs.filter((p) => p.text.includes('[to be completed]')).length).toBeGreaterThan(0);
  const exported = app.getByRole('list', { name: 'Gaps in the exported document' });
  await expect(exported.getByRole('listitem')).toHaveCount(listed);
  await expect(exported).toContainText('Closing: the time the meeting ended');

  // The agenda front sheet downloads from the same screen.
  const [agenda] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('button', { name: 'Export agenda front sheet' }).click(),
  ]);
  expect(agenda.suggestedFilename()).toMatch(/\.docx$/);
});
