import { List, Tag } from 'antd';
import type { PaperView } from '@jingsai/domain';
import { useSubmissionResult } from '../../play/api/get-submission';
import { useT } from '../../../i18n/index';
import { formatPoints } from '../../play/components/answer-result';
import { AppealBox } from '../../appeals/components/appeal-box';

interface Props {
  contestId: string;
  token: string;
  view: PaperView;
}

/** After hand-in: each answer's result once it is out (right/wrong and the points), and 申诉 on a graded one. */
export function PaperResults({ contestId, token, view }: Props) {
  const t = useT();
  const numbers = new Map(view.questions.map((q, i) => [q.id, i + 1]));
  const answers = [...view.answers].sort((a, b) => (numbers.get(a.questionId) ?? 0) - (numbers.get(b.questionId) ?? 0));
  if (answers.length === 0) return null;
  return (
    <List
      size="small"
      header={<b>{t('paperResults')}</b>}
      dataSource={answers}
      style={{ textAlign: 'left', marginTop: 16 }}
      data-testid="paper-results"
      renderItem={(a) => (
        <List.Item style={{ display: 'block' }}>
          <PaperResult contestId={contestId} token={token} submissionId={a.submissionId} n={numbers.get(a.questionId) ?? 0} />
        </List.Item>
      )}
    />
  );
}

function PaperResult({ contestId, token, submissionId, n }: { contestId: string; token: string; submissionId: string; n: number }) {
  const t = useT();
  const result = useSubmissionResult(submissionId, token);
  const state = result.data;
  const graded = state?.status === 'graded';
  return (
    <div data-testid={`paper-result-${n}`}>
      <b>{t('questionN', { n })}</b>{' '}
      {!state || !graded ? (
        <Tag>{state?.status === 'review' ? t('resultReview') : t('paperResultHeld')}</Tag>
      ) : (
        <>
          <Tag color={state.correct ? 'green' : (state.score ?? 0) > 0 ? 'blue' : 'orange'}>{state.correct ? t('resultCorrect') : (state.score ?? 0) > 0 ? t('resultPartial') : t('resultWrong')}</Tag>
          <span>{t('resultScore', { n: formatPoints(state.points ?? state.score ?? 0) })}</span>
        </>
      )}
      {graded && <AppealBox contestId={contestId} token={token} submissionId={submissionId} />}
    </div>
  );
}
