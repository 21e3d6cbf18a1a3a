import { describe, expect, it } from 'vitest';
import {
  EMPTY_QUERY,
  PROPOSAL_SORTS,
  proposalQueryFromSearch,
  searchFromProposalQuery,
  splitExplanation,
  topReasons,
  viewProposals,
  type ProposalQuery,
  type ProposalSort,
} from './proposal-view';
import { parseScore } from './score';
import { anywhereProposal, leedsProposal, proposals, yorkProposal } from './test-data';

// leeds: score -42, 12 km, HIGH, 5 people, 9 days; york: -5, 3 km, NORMAL, 2 people, 30 days;
// anywhere: -100, no distance, CRITICAL, 7 people, 2 days.
const references = (query: Partial<ProposalQuery>) =>
  viewProposals(proposals, { ...EMPTY_QUERY, ...query }).map((proposal) => proposal.family.reference);

describe('sorting proposals', () => {
  const expected: Record<ProposalSort, string[]> = {
    'score-best': ['F-ABCD', 'F-7K2Q', 'F-ZZ99'],
    'score-worst': ['F-ZZ99', 'F-7K2Q', 'F-ABCD'],
    'distance-nearest': ['F-ABCD', 'F-7K2Q', 'F-ZZ99'],
    'distance-farthest': ['F-7K2Q', 'F-ABCD', 'F-ZZ99'], // no distance stays last either way
    urgency: ['F-ZZ99', 'F-7K2Q', 'F-ABCD'],
    'size-largest': ['F-ZZ99', 'F-7K2Q', 'F-ABCD'],
    'size-smallest': ['F-ABCD', 'F-7K2Q', 'F-ZZ99'],
    'waiting-longest': ['F-ABCD', 'F-7K2Q', 'F-ZZ99'],
  };
  for (const sort of PROPOSAL_SORTS) {
    it(`by ${sort}`, () => expect(references({ sort })).toEqual(expected[sort]));
  }

  it('breaks ties by the better score, so equal urgencies keep a stable order', () => {
    const twin = { ...leedsProposal, id: 'p-4', score: -1, family: { ...leedsProposal.family, reference: 'F-TWIN' } };
    const sorted = viewProposals([leedsProposal, twin], { ...EMPTY_QUERY, sort: 'urgency' });
    expect(sorted.map((proposal) => proposal.id)).toEqual(['p-4', 'p-1']);
  });

  it('does not reorder the list it was given', () => {
    const given = [...proposals];
    viewProposals(given, { ...EMPTY_QUERY, sort: 'score-worst' });
    expect(given).toEqual(proposals);
  });
});

describe('filtering proposals', () => {
  it('by urgency', () => {
    expect(references({ urgency: 'CRITICAL' })).toEqual(['F-ZZ99']);
  });

  it('by text in the reference, the offer title or its place, ignoring case and spaces around', () => {
    expect(references({ q: ' f-7k ' })).toEqual(['F-7K2Q']);
    expect(references({ q: 'river' })).toEqual(['F-ABCD']);
    expect(references({ q: 'bradford' })).toEqual(['F-ZZ99']);
    expect(references({ q: 'leeds', urgency: 'NORMAL' })).toEqual([]);
  });
});

describe('a proposal’s reasons', () => {
  it('splits soft terms from the hard rules checked', () => {
    const { soft, hard } = splitExplanation(leedsProposal.explanation);
    expect(soft.map((term) => term.rule)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
    expect(hard.map((term) => term.rule)).toEqual(['H1', 'H2', 'H9']);
  });

  it('leads with the two soft terms that cost most', () => {
    expect(topReasons(leedsProposal.explanation).map((term) => term.rule)).toEqual(['S3', 'S1']);
    expect(topReasons(anywhereProposal.explanation).map((term) => term.rule)).toEqual(['S2']);
  });

  it('still says something when nothing costs anything', () => {
    const free = yorkProposal.explanation.map((term) => ({ ...term, penalty: 0 }));
    expect(topReasons(free).map((term) => term.text)).toEqual([
      '3 km from preferred area (York)',
      'shares Ukrainian with the host',
    ]);
  });
});

describe('the list’s address', () => {
  it('keeps only what differs from the default, and reads it back', () => {
    const query: ProposalQuery = { sort: 'distance-nearest', urgency: 'HIGH', q: 'leeds' };
    const search = searchFromProposalQuery(query);
    expect(search.toString()).toBe('sort=distance-nearest&urgency=HIGH&q=leeds');
    expect(proposalQueryFromSearch(search)).toEqual(query);
    expect(searchFromProposalQuery(EMPTY_QUERY).toString()).toBe('');
  });

  it('ignores values it does not know', () => {
    expect(proposalQueryFromSearch(new URLSearchParams('sort=random&urgency=SOON'))).toEqual(EMPTY_QUERY);
  });
});

describe('scores', () => {
  it('reads the three levels as amounts to keep low', () => {
    expect(parseScore('0hard/-57medium/-1234soft')).toEqual({ hard: 0, medium: 57, soft: 1234 });
    expect(parseScore('-2init/-1hard/0medium/-3soft')).toEqual({ hard: 1, medium: 0, soft: 3 });
  });

  it('has nothing to say about a missing or unknown score', () => {
    expect(parseScore(null)).toBeNull();
    expect(parseScore('-12')).toBeNull();
  });
});
