import { Space, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import type { GraderDetail } from '@jingsai/domain';
import { useT } from '../../../i18n/index';

/** Why the grader gave its score: which blank failed (given vs expected), the options chosen, the key points covered, the judges' scores. */
export function GraderDetailView({ detail }: { detail: GraderDetail | null }) {
  const t = useT();
  const lines: { ok: boolean | null; text: string }[] = [];
  for (const blank of detail?.blanks ?? []) {
    lines.push({
      ok: blank.correct,
      text: t('appealBlankLine', { n: blank.index + 1, given: blank.given || '—', expected: blank.expected }) + (blank.match ? t('appealBlankLenient') : ''),
    });
  }
  if (detail?.selected) lines.push({ ok: null, text: t('appealSelected', { keys: detail.selected.join('、') || '—' }) });
  if (detail?.coverage && detail.coverage.length > 0) {
    lines.push({ ok: null, text: t('appealCoverage', { n: detail.coverage.filter((c) => c.covered).length, m: detail.coverage.length }) });
    for (const point of detail.coverage) lines.push({ ok: point.covered, text: point.keyPoint });
  }
  if (detail?.scores && detail.scores.length > 0) lines.push({ ok: null, text: t('appealJudged', { scores: detail.scores.join(' · ') }) });
  if (lines.length === 0) lines.push({ ok: null, text: t('appealAuto') });
  return (
    <Space direction="vertical" size={2} data-testid="appeal-grader">
      {lines.map((line, i) => (
        <Typography.Text key={i} type={line.ok === false ? 'danger' : undefined}>
          {line.ok === true && <CheckCircleFilled style={{ color: '#52c41a', marginRight: 6 }} />}
          {line.ok === false && <CloseCircleFilled style={{ marginRight: 6 }} />}
          {line.text}
        </Typography.Text>
      ))}
    </Space>
  );
}
