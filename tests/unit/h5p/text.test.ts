import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { h5pLearnerText, h5pTextParts, htmlToText } from '../../../src/engine/h5p/text';
import { buildSearchIndex, createSearcher } from '../../../src/engine/search';

describe('learner-visible text of an H5P content.json', () => {
  it('strips HTML and decodes entities, keeping words apart (any run of spaces, non-breaking too, becomes one space)', () => {
    expect(htmlToText('<p>La <strong>prime</strong>&nbsp;pure</p><p>vaut&#160;1&#x20;960&nbsp;FCFA</p>')).toBe('La prime pure vaut 1 960 FCFA');
    expect(htmlToText('<p>Taux &laquo;&nbsp;de cotisation&nbsp;&raquo; &amp; ticket</p><script>alert(1)</script>')).toBe('Taux « de cotisation » & ticket');
  });

  it('keeps strings in order, never keys, ids, library names, paths, URLs or numbers', () => {
    const content = {
      question: '<p>Combien vaut la <em>cotisation</em> ?</p>',
      answers: [
        { text: '<div>2 695 FCFA</div>', correct: true, tipsAndFeedback: { chosenFeedback: '<div>Juste</div>' } },
        { text: '1 960', correct: false },
      ],
      media: { type: { library: 'H5P.Image 1.1', params: { file: { path: 'images/file-1.png', mime: 'image/png' } }, subContentId: '6f1b2c3d-aaaa-4bbb-8ccc-1234567890ab', metadata: { title: 'Sans titre' } } },
      l10n: { checkAnswer: 'Vérifier', tryAgain: 'Recommencer' },
      overallFeedback: [{ from: 0, to: 100 }],
      video: 'https://example.org/film.mp4',
      colour: '#1a2b3c',
      library: 'H5P.MultiChoice 1.16',
    };
    expect(h5pTextParts(content)).toEqual(['Combien vaut la cotisation ?', '2 695 FCFA', 'Juste', 'Vérifier', 'Recommencer']);
  });

  it('reads the course activity: its question and feedback, not its benefit ids', () => {
    const content = JSON.parse(readFileSync('content/h5p-src/cotisation-par-beneficiaire/content/content.json', 'utf8'));
    const text = h5pLearnerText(content);
    expect(text).toContain('Hospitalisation : 0,05 cas par bénéficiaire');
    expect(text).toContain('Saisissez un nombre.');
    expect(text).not.toMatch(/\bconsultation\b/); // only "Consultations" (the question) is shown; "consultation" is an id
    expect(text).not.toContain('safetyMargin');
  });

  it('a word found only in the activity finds it in the search index', () => {
    const search = buildSearchIndex([
      { id: 'lecon', kind: 'lecon', title: 'Calculer la cotisation', href: 'modules/viabilite/calcul-cotisation/', text: 'La prime pure et la marge de sécurité.' },
      { id: 'h5p:x', kind: 'activite', title: 'Activité', href: 'modules/viabilite/calcul-cotisation/#h5p-title-x', text: h5pLearnerText({ feedback: '<p>Divisez par <b>(1 − frais de gestion)</b>.</p>' }) },
    ]);
    const hits = createSearcher(search).search('divisez');
    expect(hits.map((hit) => hit.document.id)).toEqual(['h5p:x']);
  });
});
