// cytoscape-svg ships no types: the extension adds cy.svg(options) returning the view as an SVG document string.
declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';
  const extension: cytoscape.Ext;
  export default extension;
}
