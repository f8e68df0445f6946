import type { AppState } from '../../../core/store';
import { useLiveGraph } from '../context';
import { useStoreEffect } from '../hooks';
import { buildStylesheet } from '../stylesheet';

const langOf = (s: AppState) => s.lang;

// Exists so labels follow the interface language: the stylesheet maps `label` to the `ko` or `en` data field.
export function LanguageController() {
  const { cy, shared } = useLiveGraph();
  useStoreEffect(langOf, (lang) => {
    const style = shared.style.get();
    if (style.lang === lang) return;
    shared.style.set({ ...style, lang });
    cy.style().fromJson(buildStylesheet(shared.style.get())).update();
  });
  return null;
}
