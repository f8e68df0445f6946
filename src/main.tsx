import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { layoutOf } from './app/layout';
import { ErrorBoundary } from './app/ErrorBoundary';
import './styles/base.css';
import './styles/layout.css';
import './styles/embed.css';
import { warmUp } from './features/loading/client';
import { appStore } from './core/store';
import { loadStrings } from './i18n';

// The loading worker starts downloading and compiling now, while React renders the first frame.
warmUp();

const root = document.getElementById('root')!;

// The reader's strings (a chunk of their own) come before the first render, so no text is ever missing. Where they
// could not be downloaded, the error boundary says so.
loadStrings(appStore.getState().lang).then(render, render);

function render(): void {
  createRoot(root, {
    // The boundary shows these to the reader; a warning keeps them out of the error console.
    onCaughtError: (error) => console.warn('Meeting Graph caught:', error),
  }).render(
    <StrictMode>
      <ErrorBoundary>
        <App layout={layoutOf(root)} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
