import { describe, expect, it } from 'vitest';
import { breakEvenMembership, computeContribution, computeIndicators, standardNormalCdf } from '../../src/engine/insurance';
import { loadCourse } from '../../src/course/load-course';

// The seminar's named cases (issue 15, part 1) are taught as labelled teaching cases with
// fictional figures: this test recomputes every figure the case lessons print with the
// engine, and checks that each case box carries the « chiffres fictifs » label.
const { course } = loadCourse(process.cwd());
const hospital = { id: 'hospitalisation', frequency: 0.05, averageCost: 25000, coverageRate: 0.8 };

describe('case lessons are labelled teaching cases', () => {
  it.each(['cas-modeles-gestion', 'cas-information-contractualisation'])('%s labels every case box as fictional', (id) => {
    const body = course.lessons.get(id)?.body ?? '';
    const boxes = [...body.matchAll(/<Encadre type="cas" titre="([^"]*)"/g)].map((m) => m[1]);
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    for (const title of boxes) expect(title).toMatch(/chiffres fictifs/);
  });
});

describe('Module 2 case: partner-agent versus carrying the risk', () => {
  const own = computeContribution({ benefits: [hospital], safetyMargin: 0.1, managementLoading: 0.2 });
  it('prices option A at 1 000 pure, 1 100 with margin, 1 375 per beneficiary', () => {
    expect(own.purePremium).toBeCloseTo(1000, 6);
    expect(own.withMargin).toBeCloseTo(1100, 6);
    expect(own.annual).toBeCloseTo(1375, 6);
  });
  it('a margin of one standard deviation (110 of 100 stays, sd 10) holds about 84 % of years', () => {
    const expected = 2000 * hospital.frequency;
    const sd = Math.sqrt(expected);
    expect(expected).toBe(100);
    expect((expected * 1.1 - expected) / sd).toBeCloseTo(1, 9);
    expect(standardNormalCdf(1)).toBeCloseTo(0.8413, 4);
  });
  it('option B: commission 300 000, insurer claims ratio 66.7 %, 125 FCFA dearer', () => {
    const insurer = computeIndicators({ claims: own.purePremium * 2000, contributionsEarned: 1500 * 2000 });
    expect(insurer['claims-ratio'].value).toBeCloseTo(0.6667, 4);
    expect(0.1 * 1500 * 2000).toBe(300000);
    expect(1500 - own.annual).toBeCloseTo(125, 6);
    expect((1500 - own.annual) / own.annual).toBeCloseTo(0.0909, 4);
  });
  it('delegation: expense ratio 20 % with the centre, 25 % with an own accountant; centre needs 30 000 beneficiaries', () => {
    const withCentre = computeIndicators({ operatingCosts: 900000 + 300000, contributionsEarned: 2000 * 3000 });
    const ownAccountant = computeIndicators({ operatingCosts: 900000 + 600000, contributionsEarned: 2000 * 3000 });
    expect(withCentre['expense-ratio'].value).toBeCloseTo(0.2, 9);
    expect(ownAccountant['expense-ratio'].value).toBeCloseTo(0.25, 9);
    expect(breakEvenMembership({ fixedCosts: 4500000, contribution: 150, expectedClaims: 0 })).toBe(30000);
    expect(4500000 / 20000).toBe(225);
  });
});

describe('Module 3 case: network extract and contracting feasibility', () => {
  const mutuelles = [
    { id: 'A', enrolled: 1100, inRights: 1000, cases: 1300, claims: 2600000, utilisation: 1.3, cost: 2000 },
    { id: 'B', enrolled: 1700, inRights: 1500, cases: 1800, claims: 3330000, utilisation: 1.2, cost: 1850 },
    { id: 'C', enrolled: 1000, inRights: 800, cases: 1600, claims: 4000000, utilisation: 2.0, cost: 2500 },
  ];
  it.each(mutuelles)('mutuelle $id: utilisation and average cost on the exposure', (m) => {
    const r = computeIndicators({ beneficiaries: m.inRights, cases: m.cases, claims: m.claims });
    expect(r.utilisation.value).toBeCloseTo(m.utilisation, 9);
    expect(r['average-cost'].value).toBeCloseTo(m.cost, 9);
  });
  it('network totals: 3 800 enrolled, 3 300 in rights, 1.42 cases, 2 113 FCFA; C on enrolled would read 1.6', () => {
    const sum = (k: 'enrolled' | 'inRights' | 'cases' | 'claims') => mutuelles.reduce((t, m) => t + m[k], 0);
    expect([sum('enrolled'), sum('inRights'), sum('cases'), sum('claims')]).toEqual([3800, 3300, 4700, 9930000]);
    const r = computeIndicators({ beneficiaries: sum('inRights'), cases: sum('cases'), claims: sum('claims') });
    expect(r.utilisation.value).toBeCloseTo(1.42, 2);
    expect(Math.round(r['average-cost'].value ?? 0)).toBe(2113);
    expect(computeIndicators({ beneficiaries: 1000, cases: 1600 }).utilisation.value).toBeCloseTo(1.6, 9);
  });
  it('forfait: 20 000 000 à l’acte, 17 600 000 au forfait, 2 400 000 saved (12 %), about 1 466 667 a month', () => {
    const perAct = computeContribution({ benefits: [hospital] });
    const forfait = computeContribution({ benefits: [{ ...hospital, averageCost: 22000 }] });
    expect(perAct.purePremium * 20000).toBeCloseTo(20000000, 3);
    expect(forfait.purePremium).toBeCloseTo(880, 6);
    expect(forfait.purePremium * 20000).toBeCloseTo(17600000, 3);
    expect((perAct.purePremium - forfait.purePremium) / perAct.purePremium).toBeCloseTo(0.12, 9);
    expect(Math.round((forfait.purePremium * 20000) / 12)).toBe(1466667);
  });
});
