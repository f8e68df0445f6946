// graphology-gexf's writer on its own: its browser entry also loads a parser that needs a global DOMParser.
declare module 'graphology-gexf/common/writer' {
  import type { write } from 'graphology-gexf';
  const writeGexf: typeof write;
  export default writeGexf;
}
