import { type AnalysisReport, QUESTION_TYPE_LABELS, type ReportQuestion } from '@jingsai/domain';
import { useBilingual, useT } from '../../../i18n/index';
import { choiceQuestions, teamsByRank } from '../utils/analysis-rows';
import { FLAG_TEXT, fixed2, optionLabel, pct } from '../utils/analysis-format';

/** Contestants printed at most (the best ranked); the workbook lists them all. */
const PRINT_CONTESTANTS = 30;

function Flags({ q }: { q: ReportQuestion }) {
  const t = useT();
  return <>{q.flags.map((f) => t(FLAG_TEXT[f])).join('；')}</>;
}

/** Every question, one line each: the item analysis as a table that breaks across pages. */
export function PrintItems({ report }: { report: AnalysisReport }) {
  const t = useT();
  const pick = useBilingual();
  return (
    <table className="an-print-table an-items" data-testid="print-items">
      <thead>
        <tr>
          <th>{t('anColNo')}</th>
          <th>{t('anColType')}</th>
          <th>{t('anColStem')}</th>
          <th>{t('anColAnswered')}</th>
          <th>{t('anColRight')}</th>
          <th>{t('anColFacility')}</th>
          <th>{t('anColMeanShare')}</th>
          <th>{t('anColDiscrimination')}</th>
          <th>{t('anColSeconds')}</th>
          <th>{t('anColFlags')}</th>
        </tr>
      </thead>
      <tbody>
        {report.questions.map((q) => (
          <tr key={q.questionId} className={q.flags.length ? 'an-flagged' : undefined}>
            <td className="nowrap">{q.label}</td>
            <td className="nowrap">{pick(QUESTION_TYPE_LABELS[q.type])}</td>
            <td className="an-stem">{q.stem}</td>
            <td className="num">{q.answered}</td>
            <td className="num">{q.right}</td>
            <td className="num">{pct(q.facility)}</td>
            <td className="num">{pct(q.meanShare)}</td>
            <td className="num">{fixed2(q.discrimination)}</td>
            <td className="num">{q.meanSeconds === null ? '—' : q.meanSeconds.toFixed(1)}</td>
            <td className="an-flags">
              <Flags q={q} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "题号 1-3 = 第一轮 必答题 第 3 题": the rounds by number, for the tables' question numbers. */
export function PrintRoundLegend({ report }: { report: AnalysisReport }) {
  const t = useT();
  return (
    <p className="an-print-legend">
      {t('anColNo')}：{report.rounds.map((r) => `${r.position} ${r.title}`).join('　')}
    </p>
  );
}

/** Each choice question's option shares as plain bars (crisp on paper). */
export function PrintOptions({ report }: { report: AnalysisReport }) {
  const t = useT();
  return (
    <div className="an-print-options" data-testid="print-options">
      {choiceQuestions(report).map((q) => (
        <div className="an-print-option-card" key={q.questionId}>
          <div className="an-print-option-title">
            {q.label} · {q.stem}
          </div>
          {(q.options ?? []).map((o) => (
            <div className="an-print-bar-row" key={o.key}>
              <span className="an-print-bar-key">{optionLabel(o.key, t)}</span>
              <span className="an-print-bar-track">
                <span className={`an-print-bar ${o.isKey ? 'key' : o.flags.length ? 'flagged' : ''}`} style={{ width: `${Math.min(100, o.share * 100)}%` }} />
              </span>
              <span className="an-print-bar-value">{pct(o.share)}</span>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

/** Teams by rank: score, per round, strongest and weakest knowledge points; then the best contestants. */
export function PrintStandings({ report }: { report: AnalysisReport }) {
  const t = useT();
  const rounds = report.rounds.filter((r) => !r.tieBreak);
  const teamName = new Map(report.teams.map((team) => [team.teamId, team.name]));
  const contestants = [...report.contestants].filter((c) => c.answered > 0).sort((a, b) => a.rank - b.rank).slice(0, PRINT_CONTESTANTS);
  const tags = (list: { tag: string; share: number }[]) => list.map((s) => `${s.tag} ${pct(s.share)}`).join('、');
  return (
    <>
      <h2>{t('anTeams')}</h2>
      <table className="an-print-table" data-testid="print-teams">
        <thead>
          <tr>
            <th>{t('anRank')}</th>
            <th>{t('anTeam')}</th>
            <th>{t('anTotal')}</th>
            {rounds.map((r) => (
              <th key={r.id}>{r.title}</th>
            ))}
            <th>{t('anStrongest')}</th>
            <th>{t('anWeakest')}</th>
          </tr>
        </thead>
        <tbody>
          {teamsByRank(report).map((team) => (
            <tr key={team.teamId}>
              <td className="num">{team.rank}</td>
              <td>{team.name}</td>
              <td className="num">{team.score}</td>
              {rounds.map((r) => (
                <td key={r.id} className="num">
                  {team.byRound[r.id] ?? 0}
                </td>
              ))}
              <td>{tags(team.strongest)}</td>
              <td>{tags(team.weakest)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {contestants.length > 0 && (
        <>
          <h2>{t('anContestants')}</h2>
          <table className="an-print-table" data-testid="print-contestants">
            <thead>
              <tr>
                <th>{t('anRank')}</th>
                <th>{t('anContestant')}</th>
                <th>{t('anTeam')}</th>
                <th>{t('anTotal')}</th>
                <th>{t('anColRight')}</th>
                <th>{t('anStrongest')}</th>
                <th>{t('anWeakest')}</th>
              </tr>
            </thead>
            <tbody>
              {contestants.map((c) => (
                <tr key={c.contestantId}>
                  <td className="num">{c.rank}</td>
                  <td>{c.name}</td>
                  <td>{teamName.get(c.teamId)}</td>
                  <td className="num">{c.total}</td>
                  <td className="num">
                    {c.right}/{c.answered}
                  </td>
                  <td>{tags(c.strongest)}</td>
                  <td>{tags(c.weakest)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
