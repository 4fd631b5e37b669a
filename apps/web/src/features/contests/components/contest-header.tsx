import { App, Button, Card, Space, Typography } from 'antd';
import { DesktopOutlined, MobileOutlined, TabletOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../lib/api-client';
import { useUpdateContest } from '../api/update-contest';
import type { ContestDetails } from '@jingsai/domain';
import { useLobby } from '../../venue/api/get-lobby';
import { useT } from '../../../i18n/index';
import { ContestLifecycle } from './contest-lifecycle';
import { ContestStatusTag } from './contest-status-tag';

/** The contest's title (click to rename), stage and stage buttons, big screen and the phones' join link. */
export function ContestHeader({ contest }: { contest: ContestDetails }) {
  const t = useT();
  const { message } = App.useApp();
  const update = useUpdateContest(contest.id);
  // The link phones can open: the server's reachable address (never this browser's localhost).
  const joinUrl = useLobby(contest.id).data?.joinUrl ?? null;
  const rename = (title: string) => {
    const next = title.trim();
    if (next && next !== contest.title) update.mutate({ title: next }, { onError: (error) => void message.error(errorMessage(error)) });
  };
  return (
    <Card>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }} align="start">
        <Space direction="vertical" size={4}>
          <Space wrap align="center">
            <Typography.Title level={3} style={{ margin: 0 }} editable={{ onChange: rename, tooltip: t('rename'), text: contest.title }}>
              {contest.title}
            </Typography.Title>
            <ContestStatusTag status={contest.status} />
          </Space>
          <Typography.Text type="secondary" copyable={{ text: contest.id }}>
            {t('contestId')}: {contest.id}
          </Typography.Text>
          <ContestLifecycle contestId={contest.id} status={contest.status} />
        </Space>
        <Space wrap>
          <Button icon={<DesktopOutlined />} href={`/screen/${contest.id}`} target="_blank">
            {t('bigScreen')}
          </Button>
          <Button icon={<TabletOutlined />} href={`/host/${contest.id}`} target="_blank" data-testid="open-host">
            {t('hostView')}
          </Button>
          {joinUrl ? (
            <Typography.Text copyable={{ text: joinUrl }}>
              <MobileOutlined /> {t('playLink')}
            </Typography.Text>
          ) : (
            <Typography.Text type="danger">
              <MobileOutlined /> {t('venueNoAddressShort')}
            </Typography.Text>
          )}
        </Space>
      </Space>
    </Card>
  );
}
