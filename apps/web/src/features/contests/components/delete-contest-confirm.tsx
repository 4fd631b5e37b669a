import { Popconfirm } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/index';

/** Asks before a contest is deleted (drafts, or archived ones without answers). */
export function DeleteContestConfirm({ onConfirm, children }: { onConfirm: () => Promise<unknown>; children: ReactNode }) {
  const t = useT();
  return (
    <Popconfirm title={t('deleteContestConfirm')} description={t('deleteContestHint')} okText={t('delete')} okButtonProps={{ danger: true }} cancelText={t('cancel')} onConfirm={onConfirm}>
      {children}
    </Popconfirm>
  );
}
