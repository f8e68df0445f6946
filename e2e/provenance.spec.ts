// Where a page does not print its outlet or date, the reader can see how the editors established it.
import { expect, openApp, test } from './support/fixtures';
import { graph } from './support/data';

test('a source whose outlet or date was worked out says so, and explains how', async ({ page }) => {
  const articles = graph().articles;
  const inferred = articles.find((a) => a.publishedNote);
  const attributed = articles.find((a) => a.note);
  expect(inferred, 'the shipped data has an article dated from its text').toBeTruthy();
  expect(attributed, 'the shipped data has an article whose outlet is attributed').toBeTruthy();

  const meetingOf = (articleId: string) => graph().meetings.find((m) => m.articles.includes(articleId))!;

  for (const article of [inferred!, attributed!]) {
    await openApp(page, `/?meeting=${meetingOf(article.id).id}`);
    const panel = page.getByRole('complementary', { name: 'Details' });
    const source = panel.locator('article.source', { hasText: article.title }).first();
    await expect(source).toBeVisible();
    if (article.publishedNote) await expect(source).toContainText('worked out from the text');
    const summary = source.getByText('How we established this');
    await summary.click();
    await expect(source).toContainText((article.note ?? article.publishedNote!).slice(0, 60).replace(/\s+/g, ' '));
  }
});
