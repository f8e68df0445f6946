import { useEffect } from 'react';
import { useAppStoreApi } from '../../../core/store';
import { useCy } from '../CyContext';
import { STYLE_KEY } from './shared';
import { buildStylesheet, type StyleOptions } from '../stylesheet';

// Exists so labels follow the interface language: the stylesheet maps `label` to the `ko` or `en` data field.
export function LanguageController() {
  const cy = useCy();
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
    const apply = (lang: StyleOptions['lang']) => {
      const current = cy.scratch(STYLE_KEY) as StyleOptions;
      if (current.lang === lang) return;
      const options: StyleOptions = { ...current, lang };
      cy.scratch(STYLE_KEY, options);
      cy.style().fromJson(buildStylesheet(options)).update();
    };
    apply(store.getState().lang);
    return store.subscribe((s, prev) => {
      if (s.lang !== prev.lang) apply(s.lang);
    });
  }, [cy, store]);
  return null;
}
