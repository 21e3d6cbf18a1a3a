import { describe, expect, it } from 'vitest';
import {
  EMPTY_QUERY,
  proposalQueryFromSearch,
  searchFromProposalQuery,
  splitExplanation,
  topReasons,
  type ProposalQuery,
} from './proposal-view';
import { parseScore } from './score';
import { anywhereProposal, leedsProposal, yorkProposal } from './test-data';

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
    const query: ProposalQuery = { sort: 'distance-nearest', urgency: 'HIGH', q: 'leeds', page: 2 };
    const search = searchFromProposalQuery(query);
    expect(search.toString()).toBe('sort=distance-nearest&urgency=HIGH&q=leeds&page=3');
    expect(proposalQueryFromSearch(search)).toEqual(query);
    expect(searchFromProposalQuery(EMPTY_QUERY).toString()).toBe('');
  });

  it('ignores values it does not know', () => {
    expect(proposalQueryFromSearch(new URLSearchParams('sort=random&urgency=SOON&page=-4'))).toEqual(EMPTY_QUERY);
    expect(proposalQueryFromSearch(new URLSearchParams('page=1.5')).page).toBe(0);
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
