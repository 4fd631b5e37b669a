import { App, Button, Input, Modal, Popconfirm, Space, Tooltip } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useState, type MouseEvent } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useDeleteBank } from '../api/delete-bank';
import { useRenameBank } from '../api/rename-bank';
import type { BankSummary } from '@jingsai/domain';
import { useT } from '../../../i18n/index';

const stop = (event: MouseEvent) => event.stopPropagation();

/** Rename a bank, or delete it when no contest uses its questions (the server's message says when one does). */
export function BankActions({ bank, onDeleted }: { bank: BankSummary; onDeleted: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const rename = useRenameBank();
  const remove = useDeleteBank();
  const [name, setName] = useState<string | null>(null);
  const save = () => {
    const next = name?.trim();
    if (!next) return;
    rename.mutate({ bankId: bank.id, name: next }, { onSuccess: () => setName(null), onError: (error) => void message.error(errorMessage(error)) });
  };
  return (
    <span onClick={stop} role="presentation">
      <Space size={0}>
        <Tooltip title={t('rename')}>
          <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('rename')} onClick={() => setName(bank.name)} />
        </Tooltip>
        <Popconfirm
          title={t('deleteBankConfirm', { name: bank.name })}
          description={t('deleteBankHint')}
          okText={t('delete')}
          okButtonProps={{ danger: true }}
          cancelText={t('cancel')}
          onConfirm={() => remove.mutateAsync(bank.id).then(onDeleted, (error: unknown) => void message.error(errorMessage(error)))}
        >
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('delete')} />
        </Popconfirm>
      </Space>
      <Modal open={name !== null} title={t('renameBank')} onCancel={() => setName(null)} onOk={save} okText={t('save')} cancelText={t('cancel')} confirmLoading={rename.isPending} destroyOnHidden>
        <Input value={name ?? ''} maxLength={200} onChange={(e) => setName(e.target.value)} onPressEnter={save} />
      </Modal>
    </span>
  );
}
