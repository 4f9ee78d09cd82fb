// A4 print rules shared by the physio's printable pages (file report, handout): no navigation,
// black on white, full width. Charts are drawn at the screen's width and a printed page is laid out
// without running scripts, so on paper each chart scales to the A4 content width (180 mm) through its
// viewBox instead of running off the right edge (Recharts' sized boxes are made fluid here).
export const A4_PRINT_CSS = `@media print {
  @page { size: A4; margin: 15mm; }
  body > header, nav.fixed, [data-skip-print] { display: none !important; }
  body { background: #fff; }
  main > div { padding-bottom: 0 !important; max-width: none !important; }
  main, main > div { width: auto !important; min-width: 0 !important; }
  .recharts-responsive-container, .recharts-responsive-container > div, .recharts-wrapper {
    width: 100% !important; max-width: 100% !important; height: auto !important;
  }
  svg.recharts-surface { width: 100% !important; height: auto !important; }
  svg { max-width: 100%; }
  /* A table that scrolls sideways on a phone wraps its cells on paper: nothing is hidden past the edge. */
  .overflow-x-auto { overflow: visible !important; }
  table { max-width: 100%; min-width: 0 !important; font-size: 0.75rem !important; }
  th, td { padding-left: 0.25rem !important; padding-right: 0.25rem !important; }
}`;
