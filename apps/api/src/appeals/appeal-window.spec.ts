import { appealClosesAt, appealOpensAt, type AppealTiming } from './appeal-window';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, minute));
const live = (over: Partial<AppealTiming>): AppealTiming => ({
  visibility: 'after-close',
  rq: { status: 'closed', closedAt: at(10) },
  paper: null,
  paperWindow: null,
  roundEndedAt: null,
  gradedAt: at(9),
  ...over,
});
const paper = (over: Partial<AppealTiming>): AppealTiming => ({
  visibility: 'after-round',
  rq: { status: 'pending', closedAt: null },
  paper: { submittedAt: at(5), deadline: at(30) },
  paperWindow: { closedAt: at(40) },
  roundEndedAt: null,
  gradedAt: at(6),
  ...over,
});

describe('appealOpensAt: once the question ended, the result is out and graded', () => {
  it.each<[string, AppealTiming, Date | null]>([
    ['a live question still open', live({ rq: { status: 'open', closedAt: null } }), null],
    ['after the close', live({}), at(10)],
    ['a judged answer graded after the close', live({ gradedAt: at(14) }), at(14)],
    ['results shown at once: still from the close', live({ visibility: 'immediately' }), at(10)],
    ['held to the round end, the round still running', live({ visibility: 'after-round' }), null],
    ['held to the round end, the round ended later', live({ visibility: 'after-round', roundEndedAt: at(25) }), at(25)],
    ['a paper held to the collection, not collected yet', paper({ paperWindow: { closedAt: null } }), null],
    ['a paper held to the collection, collected 35 minutes after the hand-in', paper({}), at(40)],
    ['a paper shown at hand-in', paper({ visibility: 'immediately' }), at(6)],
    ['a paper out of time, never handed in', paper({ visibility: 'immediately', paper: { submittedAt: null, deadline: at(30) }, paperWindow: { closedAt: null } }), at(30)],
  ])('%s', (_name, timing, expected) => {
    expect(appealOpensAt(timing)).toEqual(expected);
  });
});

describe('appealClosesAt', () => {
  it.each<[string, boolean, number | null, Date | null, Date | null]>([
    ['a live question: when the next one opened', false, null, at(20), at(20)],
    ['a live question, no next one yet: open', false, null, null, null],
    ['the organizer set 5 minutes', false, 5, at(12), at(15)],
    ['a paper: 10 minutes by default', true, null, null, at(20)],
    ['a paper with the organizer’s 3 minutes', true, 3, null, at(13)],
  ])('%s', (_name, isPaper, minutes, nextOpenedAt, expected) => {
    expect(appealClosesAt(at(10), isPaper, minutes, nextOpenedAt)).toEqual(expected);
  });
});
