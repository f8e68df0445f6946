// A phone's export is the same picture as a desktop's: names at the legend's size, not the phone's pixels blown up.
import { expect, openApp, test } from './support/fixtures';
import { expectFinishedPictures, exported } from './support/pictures';

test('PNG and SVG from a phone look finished: centred and fitted, one typeface, every line inside, names at the legend’s size', async ({
  page,
}) => {
  await openApp(page, '/?from=2024-01&org=sk-group');
  const svg = await exported(page, /SVG/);
  const png = await exported(page, /PNG/);
  expect(png.name).toBe(`meeting-graph_2024-01-01_${svg.name.split('_')[2]}_org-sk-group.png`);
  await expectFinishedPictures(page, svg.bytes.toString('utf8'), png.bytes);
});
