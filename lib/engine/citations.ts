// The published sources behind the clinical rules (rules.ts), each once: first author, year and
// journal (NLM abbreviation, volume, pages) for papers; author, title and date for the two source
// articles the product was built on. The rules page and lib/engine/README.md print them from here.

export interface JournalCitation {
  kind: "journal";
  /** First author, with "et al." when there are more than two authors. */
  authors: string;
  year: number;
  journal: string;
  /** Volume(issue):pages, as the journal prints it. */
  reference: string;
}

export interface ArticleCitation {
  kind: "article";
  authors: string;
  year: number;
  title: string;
  /** Publication day, YYYY-MM-DD. */
  publishedOn: string;
}

export type Citation = JournalCitation | ArticleCitation;

const journal = (authors: string, year: number, name: string, reference: string): JournalCitation => ({
  kind: "journal",
  authors,
  year,
  journal: name,
  reference,
});

export const citations = {
  steunebrink2026: {
    kind: "article",
    authors: "M. Steunebrink",
    year: 2026,
    title: "Hardlopen na een blessure: zo bouw je verantwoord weer op",
    publishedOn: "2026-01-19",
  },
  steunebrink2025: {
    kind: "article",
    authors: "M. Steunebrink",
    year: 2025,
    title: "Hardlopen en herstel",
    publishedOn: "2025-11-03",
  },
  fees1998: journal("Fees et al.", 1998, "Am J Sports Med", "26(5):732–742"),
  silbernagel2007: journal("Silbernagel et al.", 2007, "Am J Sports Med", "35(6):897–906"),
  nielsen2014: journal("Nielsen et al.", 2014, "J Orthop Sports Phys Ther", "44(10):739–747"),
  warden2014: journal("Warden et al.", 2014, "J Orthop Sports Phys Ther", "44(10):749–765"),
  hickey2020: journal("Hickey et al.", 2020, "J Orthop Sports Phys Ther", "50(2):91–103"),
  hickey2017: journal("Hickey et al.", 2017, "Sports Med", "47(7):1375–1387"),
  askling2013: journal("Askling et al.", 2013, "Br J Sports Med", "47(15):953–959"),
  mendiguchia2017: journal("Mendiguchia et al.", 2017, "Med Sci Sports Exerc", "49(7):1482–1492"),
  freckleton2014: journal("Freckleton et al.", 2014, "Br J Sports Med", "48(8):713–717"),
  ardern2016: journal("Ardern et al.", 2016, "Br J Sports Med", "50(14):853–864"),
  hegedus2021: journal("Hegedus et al.", 2021, "Sports Med", "51(12):2507–2523"),
  rio2015: journal("Rio et al.", 2015, "Br J Sports Med", "49(19):1277–1283"),
  beyer2015: journal("Beyer et al.", 2015, "Am J Sports Med", "43(7):1704–1711"),
  liem2013: journal("Liem et al.", 2013, "Curr Sports Med Rep", "12(3)"),
  mujika2000: journal("Mujika & Padilla", 2000, "Sports Med", "30(2):79–87"),
  finucane2020: journal("Finucane et al.", 2020, "J Orthop Sports Phys Ther", "50(7):350–372"),
  wells1997: journal("Wells et al.", 1997, "Lancet", "350:1795–1798"),
  robineau2016: journal("Robineau et al.", 2016, "J Strength Cond Res", "30(3):672–683"),
  eddens2018: journal("Eddens et al.", 2018, "Sports Med", "48(1):177–188"),
  thomee2011: journal("Thomeé et al.", 2011, "Knee Surg Sports Traumatol Arthrosc", "19(11):1798–1805"),
  silbernagel2006: journal("Silbernagel et al.", 2006, "Knee Surg Sports Traumatol Arthrosc", "14(11):1207–1217"),
} as const satisfies Record<string, Citation>;

export type CitationId = keyof typeof citations;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** One citation as plain English text (the table in lib/engine/README.md; the app formats per language). */
export function formatCitation(citation: Citation): string {
  if (citation.kind === "journal")
    return `${citation.authors} ${citation.year}, ${citation.journal} ${citation.reference}`;
  const [year, month, day] = citation.publishedOn.split("-").map(Number);
  return `${citation.authors}, ${citation.title} (${day} ${MONTHS[(month ?? 1) - 1]} ${year})`;
}
