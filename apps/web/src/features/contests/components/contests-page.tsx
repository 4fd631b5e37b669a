import { App, Button, Card, Empty, Form, Input, InputNumber, Modal, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../../lib/api-client';
import { useDeleteContest } from '../api/delete-contest';
import { useContests } from '../api/get-contests';
import { useCreateContest } from '../api/create-contest';
import { DeleteContestConfirm } from './delete-contest-confirm';
import type { ContestSummary } from '@jingsai/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { useDateFormat } from '../../../components/format-date';
import { useT } from '../../../i18n/index';
import { ContestStatusTag } from './contest-status-tag';

interface NewContestForm {
  title: string;
  baseScore?: number;
}

export function ContestsPage() {
  const t = useT();
  const dates = useDateFormat();
  const contests = useContests();
  const remove = useDeleteContest();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  return (
    <Card
      title={t('contests')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('newContest')}
        </Button>
      }
    >
      {contests.isError && <ErrorAlert error={contests.error} onRetry={() => void contests.refetch()} />}
      <Table<ContestSummary>
        rowKey="id"
        loading={contests.isLoading}
        dataSource={contests.data ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('noData')} /> }}
        columns={[
          { title: t('contestTitle'), dataIndex: 'title', render: (title: string, c) => <Link to={`/console/contests/${c.id}`}>{title}</Link> },
          { title: t('status'), dataIndex: 'status', width: 120, render: (_: unknown, c) => <ContestStatusTag status={c.status} /> },
          { title: t('baseScore'), dataIndex: 'baseScore', width: 100 },
          { title: t('createdAt'), dataIndex: 'createdAt', width: 200, render: (v: string) => <span data-testid="contest-created">{dates.dateTime(v)}</span> },
          {
            title: '',
            key: 'actions',
            width: 240,
            render: (_: unknown, c) => (
              <>
                <Link to={`/console/contests/${c.id}`}>{t('open')}</Link>
                {' · '}
                <a href={`/screen/${c.id}`} target="_blank" rel="noreferrer">
                  {t('bigScreen')}
                </a>
                {' · '}
                <DeleteContestConfirm onConfirm={() => remove.mutateAsync(c.id).catch((error: unknown) => void message.error(errorMessage(error)))}>
                  <a role="button">{t('delete')}</a>
                </DeleteContestConfirm>
              </>
            ),
          },
        ]}
      />
      <NewContestModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}

function NewContestModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const dates = useDateFormat();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateContest();
  const [form] = Form.useForm<NewContestForm>();
  const submit = (values: NewContestForm) =>
    create.mutate(values, {
      onSuccess: (contest) => {
        form.resetFields();
        onClose();
        navigate(`/console/contests/${contest.id}`);
      },
      onError: (error) => void message.error(errorMessage(error)),
    });
  return (
    <Modal open={open} title={t('newContest')} onCancel={onClose} onOk={() => form.submit()} okText={t('create')} cancelText={t('cancel')} confirmLoading={create.isPending} destroyOnHidden>
      <Form<NewContestForm> form={form} layout="vertical" onFinish={submit} initialValues={{ baseScore: 0 }}>
        <Form.Item name="title" label={t('contestTitle')} rules={[{ required: true, message: t('required') }]}>
          <Input maxLength={200} autoFocus />
        </Form.Item>
        <Form.Item name="baseScore" label={t('baseScore')} extra={t('baseScoreHint')}>
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
