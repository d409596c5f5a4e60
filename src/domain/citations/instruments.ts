/**
 * The legal instruments the graph knows, with the names, abbreviations and identifiers by which
 * citations name them. Facts only: ids follow design.md §3 (`eu:reg/YYYY/N`, `eu:dir/YYYY/N`,
 * `nl:<BWB id>`); the Charter is `eu:charter/2012/C326` and the BIO (a standard, not law) `nl:bio`.
 */
export interface InstrumentInfo {
  id: string;
  label: string;
  shortName: string;
  jurisdiction: 'EU' | 'NL' | 'INT';
  type: 'regulation' | 'directive' | 'act' | 'code' | 'charter' | 'treaty' | 'standard';
  celex?: string;
  eli?: string;
  bwb?: string;
  uri: string;
  /** Names, spellings and abbreviations recognised in text, case-insensitively. */
  aliases: string[];
  /** Where articles hang when not directly under the instrument (BW books). */
  articleBase?: string;
}

const eurlex = (celex: string) => `https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:${celex}`;
const wetten = (bwb: string) => `https://wetten.overheid.nl/${bwb}`;

export const INSTRUMENTS: readonly InstrumentInfo[] = [
  {
    id: 'eu:reg/2024/1689', label: 'AI-verordening (EU) 2024/1689', shortName: 'AI-verordening', jurisdiction: 'EU', type: 'regulation',
    celex: '32024R1689', eli: 'http://data.europa.eu/eli/reg/2024/1689/oj', uri: eurlex('32024R1689'),
    aliases: ['Verordening Artificiële Intelligentie', 'Verordening Artificiele Intelligentie', 'AI-verordening', 'AI verordening', 'AI Act', 'AI-Act', 'AIA', 'Artificial Intelligence Act', 'Verordening (EU) 2024/1689', 'Verordening 2024/1689', 'Regulation (EU) 2024/1689', 'OJ:L_202401689'],
  },
  {
    id: 'eu:reg/2016/679', label: 'Algemene verordening gegevensbescherming (EU) 2016/679', shortName: 'AVG', jurisdiction: 'EU', type: 'regulation',
    celex: '32016R0679', eli: 'http://data.europa.eu/eli/reg/2016/679/oj', uri: eurlex('32016R0679'),
    aliases: ['Algemene Verordening Gegevensbescherming', 'AVG', 'GDPR', 'General Data Protection Regulation', 'Verordening (EU) 2016/679', 'Verordening 2016/679'],
  },
  {
    id: 'eu:reg/2017/745', label: 'Verordening medische hulpmiddelen (EU) 2017/745', shortName: 'MDR', jurisdiction: 'EU', type: 'regulation',
    celex: '32017R0745', eli: 'http://data.europa.eu/eli/reg/2017/745/oj', uri: eurlex('32017R0745'),
    aliases: ['Verordening medische hulpmiddelen', 'Medical Device Regulation', 'MDR', 'Verordening (EU) 2017/745', 'Verordening 2017/745', 'Regulation (EU) 2017/745'],
  },
  {
    id: 'eu:dir/1985/374', label: 'Richtlijn productaansprakelijkheid 85/374/EEG', shortName: 'Richtlijn 85/374/EEG', jurisdiction: 'EU', type: 'directive',
    celex: '31985L0374', uri: eurlex('31985L0374'),
    aliases: ['Richtlijn 85/374/EEG', 'Richtlijn 85/374', 'Productaansprakelijkheidsrichtlijn 1985'],
  },
  {
    id: 'eu:dir/2024/2853', label: 'Richtlijn productaansprakelijkheid (EU) 2024/2853', shortName: 'Richtlijn productaansprakelijkheid', jurisdiction: 'EU', type: 'directive',
    celex: '32024L2853', eli: 'http://data.europa.eu/eli/dir/2024/2853/oj', uri: eurlex('32024L2853'),
    aliases: ['Richtlijn Productaansprakelijkheid', 'herziene Richtlijn Productaansprakelijkheid', 'Product Liability Directive', 'PLD', 'Richtlijn (EU) 2024/2853', 'Richtlijn 2024/2853'],
  },
  {
    id: 'eu:dir/2019/790', label: 'DSM-auteursrechtrichtlijn (EU) 2019/790', shortName: 'DSM-richtlijn', jurisdiction: 'EU', type: 'directive',
    celex: '32019L0790', uri: eurlex('32019L0790'),
    aliases: ['DSM-auteursrechtrichtlijn', 'DSM-richtlijn', 'Richtlijn (EU) 2019/790', 'Richtlijn 2019/790'],
  },
  {
    id: 'eu:dir/1996/9', label: 'Databankrichtlijn 96/9/EG', shortName: 'Databankrichtlijn', jurisdiction: 'EU', type: 'directive',
    celex: '31996L0009', uri: eurlex('31996L0009'),
    aliases: ['Databankrichtlijn', 'Richtlijn 96/9/EG'],
  },
  {
    id: 'eu:charter/2012/C326', label: 'Handvest van de grondrechten van de Europese Unie', shortName: 'Handvest', jurisdiction: 'EU', type: 'charter',
    celex: '12012P/TXT', uri: 'https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:12012P/TXT',
    aliases: ['Handvest van de grondrechten van de Europese Unie', 'Handvest van de grondrechten', 'Handvest', 'C2012/326/02'],
  },
  {
    id: 'nl:BWBV0001507', label: 'Verdrag betreffende de Europese Unie', shortName: 'VEU', jurisdiction: 'EU', type: 'treaty', bwb: 'BWBV0001507', uri: wetten('BWBV0001507'),
    aliases: ['Verdrag betreffende de Europese Unie', 'VEU'],
  },
  {
    id: 'nl:BWBR0005289', label: 'Burgerlijk Wetboek Boek 6', shortName: 'BW Boek 6', jurisdiction: 'NL', type: 'code', bwb: 'BWBR0005289', uri: wetten('BWBR0005289'),
    articleBase: 'nl:BWBR0005289/boek_6', aliases: ['Burgerlijk Wetboek Boek 6', 'BW Boek 6'],
  },
  {
    id: 'nl:BWBR0005290', label: 'Burgerlijk Wetboek Boek 7', shortName: 'BW Boek 7', jurisdiction: 'NL', type: 'code', bwb: 'BWBR0005290', uri: wetten('BWBR0005290'),
    articleBase: 'nl:BWBR0005290/boek_7', aliases: ['Burgerlijk Wetboek Boek 7', 'BW Boek 7'],
  },
  {
    id: 'nl:BWBR0037173', label: 'Wet kwaliteit, klachten en geschillen zorg', shortName: 'Wkkgz', jurisdiction: 'NL', type: 'act', bwb: 'BWBR0037173', uri: wetten('BWBR0037173'),
    aliases: ['Wet kwaliteit, klachten en geschillen zorg', 'Wkkgz'],
  },
  {
    id: 'nl:BWBR0040940', label: 'Uitvoeringswet Algemene verordening gegevensbescherming', shortName: 'UAVG', jurisdiction: 'NL', type: 'act', bwb: 'BWBR0040940', uri: wetten('BWBR0040940'),
    aliases: ['Uitvoeringswet AVG', 'Uitvoeringswet Algemene verordening gegevensbescherming', 'UAVG'],
  },
  {
    id: 'nl:BWBR0006251', label: 'Wet op de beroepen in de individuele gezondheidszorg', shortName: 'Wet BIG', jurisdiction: 'NL', type: 'act', bwb: 'BWBR0006251', uri: wetten('BWBR0006251'),
    aliases: ['Wet op de beroepen in de individuele gezondheidszorg', 'Wet BIG'],
  },
  {
    id: 'nl:BWBR0005537', label: 'Algemene wet bestuursrecht', shortName: 'Awb', jurisdiction: 'NL', type: 'act', bwb: 'BWBR0005537', uri: wetten('BWBR0005537'),
    aliases: ['Algemene wet bestuursrecht', 'Awb'],
  },
  {
    id: 'nl:BWBR0007376', label: 'Archiefwet 1995', shortName: 'Archiefwet', jurisdiction: 'NL', type: 'act', bwb: 'BWBR0007376', uri: wetten('BWBR0007376'),
    aliases: ['Archiefwet 1995', 'Archiefwet'],
  },
  {
    id: 'nl:BWBR0007748', label: 'Archiefbesluit 1995', shortName: 'Archiefbesluit', jurisdiction: 'NL', type: 'act', bwb: 'BWBR0007748', uri: wetten('BWBR0007748'),
    aliases: ['Archiefbesluit 1995', 'Archiefbesluit'],
  },
  {
    id: 'nl:BWBR0027041', label: 'Archiefregeling', shortName: 'Archiefregeling', jurisdiction: 'NL', type: 'act', bwb: 'BWBR0027041', uri: wetten('BWBR0027041'),
    aliases: ['Archiefregeling'],
  },
  {
    id: 'nl:BWBR0001886', label: 'Auteurswet', shortName: 'Auteurswet', jurisdiction: 'NL', type: 'act', bwb: 'BWBR0001886', uri: wetten('BWBR0001886'),
    aliases: ['Auteurswet'],
  },
  {
    id: 'nl:BWBR0010591', label: 'Databankenwet', shortName: 'Databankenwet', jurisdiction: 'NL', type: 'act', bwb: 'BWBR0010591', uri: wetten('BWBR0010591'),
    aliases: ['Databankenwet'],
  },
  {
    id: 'nl:BWBR0001840', label: 'Grondwet', shortName: 'Grondwet', jurisdiction: 'NL', type: 'act', bwb: 'BWBR0001840', uri: wetten('BWBR0001840'),
    aliases: ['Grondwet'],
  },
  {
    id: 'nl:BWBV0001000', label: 'Verdrag tot bescherming van de rechten van de mens en de fundamentele vrijheden', shortName: 'EVRM', jurisdiction: 'INT', type: 'treaty', bwb: 'BWBV0001000', uri: wetten('BWBV0001000'),
    aliases: ['Verdrag tot bescherming van de rechten van de mens en de fundamentele vrijheden', 'EVRM'],
  },
  {
    id: 'nl:BWBV0001676', label: 'Protocol nr. 12 bij het EVRM', shortName: 'Protocol nr. 12 EVRM', jurisdiction: 'INT', type: 'treaty', bwb: 'BWBV0001676', uri: wetten('BWBV0001676'),
    aliases: ['Protocol nr. 12 bij het Verdrag tot bescherming van de rechten van de mens en de fundamentele vrijheden', 'Protocol nr. 12'],
  },
  {
    id: 'nl:BWBR0006502', label: 'Algemene wet gelijke behandeling', shortName: 'Awgb', jurisdiction: 'NL', type: 'act', bwb: 'BWBR0006502', uri: wetten('BWBR0006502'),
    aliases: ['Algemene wet gelijke behandeling', 'Awgb'],
  },
  {
    id: 'nl:BWBR0032203', label: 'Aanbestedingswet 2012', shortName: 'Aanbestedingswet', jurisdiction: 'NL', type: 'act', bwb: 'BWBR0032203', uri: wetten('BWBR0032203'),
    aliases: ['Aanbestedingswet 2012', 'Aanbestedingswet'],
  },
  {
    id: 'nl:BWBR0045754', label: 'Wet open overheid', shortName: 'Woo', jurisdiction: 'NL', type: 'act', bwb: 'BWBR0045754', uri: wetten('BWBR0045754'),
    aliases: ['Wet open overheid', 'Woo'],
  },
  {
    id: 'nl:BWBR0022141', label: 'Besluit voorschrift informatiebeveiliging rijksdienst 2007', shortName: 'VIR 2007', jurisdiction: 'NL', type: 'act', bwb: 'BWBR0022141', uri: wetten('BWBR0022141'),
    aliases: ['Besluit voorschrift informatiebeveiliging rijksdienst 2007', 'Voorschrift informatiebeveiliging rijksdienst'],
  },
  {
    id: 'nl:BWBR0042812', label: 'Besluit lijst verwerkingen persoonsgegevens waarvoor een DPIA verplicht is', shortName: 'Besluit DPIA-lijst', jurisdiction: 'NL', type: 'act', bwb: 'BWBR0042812', uri: wetten('BWBR0042812'),
    aliases: ['Besluit lijst verwerkingen persoonsgegevens waarvoor een gegevensbeschermingseffectbeoordeling (DPIA) verplicht is'],
  },
  {
    id: 'nl:bio', label: 'Baseline Informatiebeveiliging Overheid', shortName: 'BIO', jurisdiction: 'NL', type: 'standard', uri: 'https://www.bio-overheid.nl/',
    aliases: ['Baseline Informatiebeveiliging Overheid', 'BIO'],
  },
];

const byId = new Map(INSTRUMENTS.map((i) => [i.id, i]));
/** Aliases longest first, so "Uitvoeringswet AVG" wins over "AVG". */
const aliasIndex = INSTRUMENTS.flatMap((instrument) =>
  [...instrument.aliases, instrument.shortName].map((alias) => ({ alias: fold(alias), instrument })),
).sort((a, b) => b.alias.length - a.alias.length);

/** The instrument with this id. */
export function instrumentById(id: string): InstrumentInfo | undefined {
  return byId.get(id);
}

/** Lower case, diacritics folded, hyphens and runs of spaces made one space: how names are compared. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[-\s]+/g, ' ').trim();
}

/** The first instrument named in `text` (alias or abbreviation, as whole words), and where in the folded text. */
export function findInstrumentInText(text: string): { instrument: InstrumentInfo; index: number; length: number } | undefined {
  const folded = fold(text);
  let best: { instrument: InstrumentInfo; index: number; length: number } | undefined;
  for (const { alias, instrument } of aliasIndex) {
    const index = wordIndex(folded, alias);
    // The earliest name wins ("Artikel 40 Uitvoeringswet AVG" is the UAVG); at one position, the longest.
    if (index >= 0 && (!best || index < best.index || (index === best.index && alias.length > best.length))) {
      best = { instrument, index, length: alias.length };
    }
  }
  return best;
}

/** The instrument named by an alias, an abbreviation, a CELEX number, an OJ reference, a BWB id or a URL. */
export function findInstrument(nameOrUrl: string): InstrumentInfo | undefined {
  return instrumentFromUrl(nameOrUrl) ?? findInstrumentInText(nameOrUrl)?.instrument;
}

/** The instrument a EUR-Lex URL (CELEX or OJ reference) or a wetten.overheid.nl URL (BWB id) identifies. */
export function instrumentFromUrl(url: string): InstrumentInfo | undefined {
  const celex = /CELEX(?::|%3A)([0-9A-Z]+(?:\/[A-Z]+)?)/i.exec(url)?.[1]?.toUpperCase();
  if (celex) {
    const found = INSTRUMENTS.find((i) => i.celex === celex);
    if (found) return found;
  }
  if (/C2012\/326\/02/.test(url)) return byId.get('eu:charter/2012/C326');
  const oj = /OJ:L_(\d{4})(\d{5})/i.exec(url);
  if (oj) return INSTRUMENTS.find((i) => i.celex === `3${oj[1]}R${oj[2]?.slice(1)}` || i.celex === `3${oj[1]}L${oj[2]?.slice(1)}`);
  const bwb = /(BW[BV][RV]\d{7})/.exec(url)?.[1];
  if (bwb) return INSTRUMENTS.find((i) => i.bwb === bwb);
  return undefined;
}

function wordIndex(haystack: string, needle: string): number {
  for (let from = 0; ; ) {
    const index = haystack.indexOf(needle, from);
    if (index < 0) return -1;
    const before = haystack[index - 1];
    const after = haystack[index + needle.length];
    if ((before === undefined || !/[a-z0-9]/.test(before)) && (after === undefined || !/[a-z0-9]/.test(after))) return index;
    from = index + 1;
  }
}
