import { useMemo } from 'react';
import type { GraphIndex } from '../../core/graph/types';
import { buildPalette, type Palette } from '../../core/graph/palette';

const cache = new WeakMap<GraphIndex, Palette>();

/** The graph and the legend must agree on colours: one palette per loaded graph. */
export function usePalette(index: GraphIndex): Palette {
  return useMemo(() => {
    let palette = cache.get(index);
    if (!palette) cache.set(index, (palette = buildPalette(index)));
    return palette;
  }, [index]);
}
