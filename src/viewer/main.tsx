// The public viewer entry (built as public.html). It must not import editor code (store,
// persistence, features, app) nor the editor's heavy packages: test/unit/viewer-imports.test.ts.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readParams } from './url-state';
import { createViewerMap } from './viewer-map';
import { ViewerRoot } from './ViewerRoot';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ViewerRoot params={readParams(window.location.href)} baseUrl={new URL('./', window.location.href).href}
        createMap={createViewerMap} />
    </StrictMode>,
  );
}
