/**
 * `npm run dev -w @taonet/explorer`: Vite's dev server with hot reload for working on the app. The page
 * talks to ws://<host>:9944 unless its URL says `?rpc=ws://…`.
 */
import { createServer } from 'vite';
import { getViteConfig } from './server/buildExplorer.js';

const server = await createServer({ ...getViteConfig(), logLevel: 'info', server: { port: 5173 } });
await server.listen();
server.printUrls();
