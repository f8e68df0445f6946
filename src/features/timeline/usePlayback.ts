import { useEffect } from 'react';
import { useAppStoreApi } from '../../core/store';
import { prefersReducedMotion } from '../graph/controllers/shared';

const STEP_MS = 600;
const REDUCED_STEP_MS = 1600;

/** While playing, moves the window one step at a steady pace (slower for readers who ask for less motion). */
export function usePlayback(playing: boolean): void {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(
      () => store.getState().playTicked(),
      prefersReducedMotion() ? REDUCED_STEP_MS : STEP_MS,
    );
    return () => window.clearInterval(timer);
  }, [playing, store]);
}
