import { Alert, App, Card, Select, Space, Switch, Typography } from 'antd';
import { WifiOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../lib/api-client';
import { useLobby } from '../api/get-lobby';
import { useUpdateVenue } from '../api/update-venue';
import { useVenue } from '../api/get-venue';
import { QrImage } from '../../../components/qr-image';
import { useT } from '../../../i18n/index';

/**
 * 会场: the address phones use to reach this server (PUBLIC_URL, or one of the machine's LAN addresses the
 * organizer picks, remembered with the contest), the join link and its QR code, and whether the big
 * screen's lobby shows the join codes. Says plainly when phones have no address to use.
 */
export function VenueCard({ contestId }: { contestId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const venue = useVenue();
  const lobby = useLobby(contestId);
  const update = useUpdateVenue(contestId);
  const onError = (error: unknown) => void message.error(errorMessage(error));
  const info = venue.data;
  const joinBase = lobby.data?.joinBase ?? null;
  const port = info?.port ?? (joinBase ? new URL(joinBase).port : '');
  return (
    <Card title={<Space><WifiOutlined />{t('venueTitle')}</Space>} size="small" style={{ marginBottom: 16 }} data-testid="venue-card" loading={venue.isLoading || lobby.isLoading}>
      <Space direction="vertical" size={10} style={{ width: '100%' }}>
        {venue.isError && <Alert type="warning" showIcon message={errorMessage(venue.error)} />}
        {info && !info.publicUrl && info.addresses.length === 0 && (
          <Alert type="error" showIcon message={t('venueNoAddress')} description={t('venueNoAddressHint')} data-testid="venue-no-address" />
        )}
        {info?.publicUrl && (
          <Typography.Text>
            {t('venuePublicUrl')}: <b>{info.publicUrl}</b>
          </Typography.Text>
        )}
        {info && !info.publicUrl && info.addresses.length > 1 && (
          <Space direction="vertical" size={2} style={{ width: '100%' }}>
            <Typography.Text strong>{t('venuePickAddress')}</Typography.Text>
            <Select
              value={joinBase ?? undefined}
              style={{ width: '100%' }}
              loading={update.isPending}
              onChange={(joinUrl: string) => update.mutate({ joinUrl }, { onError })}
              options={info.addresses.map((url) => ({ value: url, label: url }))}
              data-testid="venue-address"
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('venuePickHint')}
            </Typography.Text>
          </Space>
        )}
        {lobby.data?.joinUrl && (
          <Space align="start" size={12}>
            <QrImage value={lobby.data.joinUrl} size={240} style={{ width: 108, height: 108 }} testId="venue-qr" />
            <Space direction="vertical" size={2}>
              <Typography.Text type="secondary">{t('venueJoinLink')}</Typography.Text>
              <Typography.Text copyable strong data-testid="venue-join-url">
                {lobby.data.joinUrl}
              </Typography.Text>
              {!info?.publicUrl && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('venueWifiHint', { port })}
                </Typography.Text>
              )}
            </Space>
          </Space>
        )}
        <Space>
          <Switch
            checked={lobby.data?.showJoinCodes ?? false}
            loading={update.isPending}
            onChange={(showJoinCodes) => update.mutate({ showJoinCodes }, { onError })}
            data-testid="venue-show-codes"
          />
          <Typography.Text>{t('venueShowCodes')}</Typography.Text>
        </Space>
      </Space>
    </Card>
  );
}
