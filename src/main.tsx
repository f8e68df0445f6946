import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { layoutOf } from './app/layout';
import { ErrorBoundary } from './app/ErrorBoundary';
import { QueryProvider } from './app/QueryProvider';
import './styles/base.css';
import './styles/layout.css';
import './styles/embed.css';
import { warmUp } from './features/loading/client';

// The loading worker starts downloading and compiling now, while React renders the first frame.
warmUp();

const root = document.getElementById('root')!;

createRoot(root, {
  // The boundary shows these to the reader; a warning keeps them out of the error console.
  onCaughtError: (error) => console.warn('Meeting Graph caught:', error),
}).render(
  <StrictMode>
    <ErrorBoundary>
      <QueryProvider>
        <App layout={layoutOf(root)} />
      </QueryProvider>
    </ErrorBoundary>
  </StrictMode>,
);
