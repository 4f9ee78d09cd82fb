// A4 print rules shared by the physio's printable pages (file report, handout): no navigation,
// black on white, full width.
export const A4_PRINT_CSS = `@media print {
  @page { size: A4; margin: 15mm; }
  body > header, nav.fixed, [data-skip-print] { display: none !important; }
  body { background: #fff; }
  main > div { padding-bottom: 0 !important; max-width: none !important; }
}`;
