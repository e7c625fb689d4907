/** Boot: find the node's URL, then render the app inside the chain connection. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { ChainProvider } from './chain/chainContext.js';
import { createConnection } from './chain/createConnection.js';
import { resolveRpcUrl } from './chain/resolveRpcUrl.js';
import './style.css';

const root = createRoot(document.getElementById('root')!);
void resolveRpcUrl(window.location).then((url) =>
  root.render(
    <StrictMode>
      <ChainProvider connection={createConnection(url)}>
        <App />
      </ChainProvider>
    </StrictMode>,
  ),
);
