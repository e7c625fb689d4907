/** CSS side-effect imports (Vite bundles them). */
declare module '*.css';
