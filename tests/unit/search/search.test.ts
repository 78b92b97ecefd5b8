import { describe, expect, it } from 'vitest';
import { buildSearchIndex, createSearcher, queryTokens, type SearchDocument } from '../../../src/engine/search';

// A small fixed corpus in French, written for these tests.
const documents: SearchDocument[] = [
  { id: 'g:tm', kind: 'glossaire', title: 'Ticket modérateur', href: 'glossaire/#ticket-moderateur', text: 'Part du coût des soins qui reste à la charge du patient.', keywords: ['TM', 'copaiement'] },
  { id: 'g:cmu', kind: 'glossaire', title: 'Couverture maladie universelle', href: 'glossaire/#cmu', text: 'Programme sénégalais lancé en 2013 pour étendre la couverture du risque maladie.', keywords: ['CMU'] },
  { id: 'l1#adhesion', kind: 'lecon', title: 'L’adhésion volontaire', parent: 'Spécificités de la micro-assurance', href: 'modules/m1/specificites/#adhesion', text: "L'adhésion des ménages dépend de la confiance envers la mutualité et de la qualité des soins." },
  { id: 'l2#cotisation', kind: 'lecon', title: 'Calculer une cotisation', parent: 'Le calcul de la cotisation', href: 'modules/m3/calcul/#cotisation', text: 'On part de la prime pure, on ajoute une marge de sécurité, puis les chargements de gestion.' },
  { id: 'l3#periode', kind: 'lecon', title: 'Les règles de gestion', parent: 'La gestion technique', href: 'modules/m2/gestion/#regles', text: "La période d'observation protège la mutuelle contre la sélection adverse : les nouveaux adhérents attendent avant d'être pris en charge. Le ticket modérateur limite la surconsommation." },
  { id: 'l4#sinistralite', kind: 'lecon', title: 'Les ratios', parent: 'Gestion financière', href: 'modules/m2/finances/#ratios', text: 'Le taux de sinistralité rapporte les prestations payées aux cotisations acquises.' },
];
const searcher = createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(documents, { TM: 'ticket modérateur', CMU: 'couverture maladie universelle', UTG: 'unité technique de gestion' }))));
const ids = (query: string) => searcher.search(query).map((r) => r.document.id);

describe('French search', () => {
  it('words that are Object properties (constructor, __proto__, toString) find nothing instead of crashing', () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', '{{constructor.constructor("x")()}}']) {
      expect(() => searcher.search(word)).not.toThrow();
      expect(ids(word)).toEqual([]);
    }
  });

  it('ignores accents: mutualite finds mutualité', () => {
    expect(ids('mutualite')).toContain('l1#adhesion');
    expect(ids('MUTUALITÉ')).toContain('l1#adhesion');
  });

  it('splits elisions: l’adhésion and l\'adhesion find adhésion', () => {
    expect(ids('l’adhésion')[0]).toBe('l1#adhesion');
    expect(ids("l'adhesion")[0]).toBe('l1#adhesion');
  });

  it('stems plurals and verb forms', () => {
    expect(ids('cotisations')).toContain('l2#cotisation');
    expect(ids('adhérents')).toContain('l3#periode');
    expect(ids('payées')).toContain('l4#sinistralite');
  });

  it('finds words while they are being typed (prefix)', () => {
    expect(ids('sinistr')).toContain('l4#sinistralite');
    expect(ids('cotis')).toContain('l2#cotisation');
  });

  it('tolerates a typo in a longer word', () => {
    expect(ids('sinistralitée')).toContain('l4#sinistralite');
    expect(ids('sélektion')).toContain('l3#periode');
    expect(ids('asurance')).toContain('l1#adhesion');
  });

  it('looks for near spellings only of words the course does not contain', () => {
    // "modérateur" stems to "moder", two edits from "mode" and "modul": real words, not typos.
    const corpus: SearchDocument[] = [
      { id: 'tm', kind: 'lecon', title: 'Le copaiement', href: 'a/', text: 'Le ticket modérateur freine la surconsommation.' },
      { id: 'other', kind: 'lecon', title: 'Le calcul', href: 'b/', text: 'Ce module présente un mode de calcul.' },
    ];
    const local = createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(corpus))));
    expect(local.search('modérateur').map((r) => r.document.id)).toEqual(['tm']);
    expect(local.search('surconsomation').map((r) => r.document.id)).toEqual(['tm']);
  });

  it('finds a glossary term by its abbreviation or synonym', () => {
    expect(ids('TM')[0]).toBe('g:tm');
    expect(ids('tm')).toContain('l3#periode');
    expect(ids('CMU')[0]).toBe('g:cmu');
    expect(ids('copaiement')).toEqual(['g:tm']);
  });

  it('lets an abbreviation find its long form only where all of its words appear', () => {
    // "CMU" spelled out is "couverture maladie universelle": a text with only "maladie" is not about it.
    const corpus: SearchDocument[] = [
      { id: 'long-form', kind: 'lecon', title: 'La réforme', href: 'a/', text: 'La couverture maladie universelle finance les mutuelles.' },
      { id: 'one-word', kind: 'lecon', title: 'Les risques', href: 'b/', text: 'Le risque maladie touche les ménages pauvres.' },
    ];
    const local = createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(corpus, { CMU: 'couverture maladie universelle' }))));
    expect(local.search('CMU').map((r) => r.document.id)).toEqual(['long-form']);
    expect(local.search('CMU')[0]!.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['couverture', 'maladie', 'universelle']);
  });

  it('ranks a title match above a body match', () => {
    // "ticket modérateur" is the title of the glossary entry and only mentioned in a lesson body.
    const results = ids('ticket modérateur');
    expect(results.indexOf('g:tm')).toBeLessThan(results.indexOf('l3#periode'));
    expect(results.indexOf('l3#periode')).toBeGreaterThanOrEqual(0);
  });

  it('highlights the matched words in a snippet around them', () => {
    const [first] = searcher.search('sélection adverse');
    expect(first?.document.id).toBe('l3#periode');
    const matched = first!.snippet.filter((p) => p.match).map((p) => p.text);
    expect(matched).toEqual(['sélection', 'adverse']);
  });

  it('highlights a word without the punctuation stuck to it', () => {
    const [result] = searcher.search('surconsommation');
    expect(result?.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['surconsommation']);
    expect(result?.snippet.map((p) => p.text).join('')).toContain('surconsommation.');
  });

  it.each(['', '   ', 'de la les', '?!', ':', 'title:', '~', '^2', '+-*', 'x'.repeat(500), 'a~b:c^d*e+f-g', '"ticket', '*'])(
    'never throws on a malformed query (%j)',
    (query) => {
      expect(() => searcher.search(query)).not.toThrow();
    },
  );

  it('gives no result for stop words or punctuation only', () => {
    expect(ids('de la les')).toEqual([]);
    expect(ids('?!')).toEqual([]);
  });

  it('reads lunr syntax typed by accident as words', () => {
    expect(queryTokens('title:cotisation~2 +prime^3')).toEqual(['titlecotisation2', 'prime3']);
    expect(ids('cotisation~')).toContain('l2#cotisation');
    expect(ids('title:')).toEqual([]);
  });

  it('refuses an index file of another format', () => {
    expect(() => createSearcher({ format: 'autre' } as never)).toThrow();
  });
});
