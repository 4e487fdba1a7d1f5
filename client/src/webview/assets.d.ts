/** text files the webview bundles as strings (esbuild's text loader) */
declare module '*.csv' {
  const text: string;
  export default text;
}
