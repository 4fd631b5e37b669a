/**
 * The venue: where phones reach the server (PUBLIC_URL or the machine's LAN addresses on the listening port),
 * and the big screen's public lobby (members as they join, join codes only when the organizer shows them).
 * Nothing here connects to a LAN address: the addresses are read, never dialled.
 */
import { ConfigError, loadConfig } from '../../apps/api/src/config/app-config';
import { HostNetwork } from '../../apps/api/src/venue/host-network';
import { ApiClient, eventually } from '../support/api-client';
import { aContest, join, signInAdmin } from '../support/builders';
import { aStaffUser } from '../support/live-helpers';
import { startTestApp, useTestApp, type TestApp } from '../support/test-app';

const LAN = ['10.1.2.3', '192.168.1.23', '127.0.0.1', '172.17.0.1'];

describe('venue: reachable join addresses and the lobby', () => {
  let t: TestApp;
  let api: ApiClient;
  let staff: ApiClient;
  let port: number;

  useTestApp((app) => {
    ({ t, api, admin: staff } = app);
    port = Number(new URL(t.baseUrl).port);
  });
  afterEach(() => jest.restoreAllMocks());

  const stubAddresses = (addresses: string[]) => jest.spyOn(t.app.get(HostNetwork), 'lanAddresses').mockReturnValue(addresses);

  it('GET /api/venue: the machine\'s own LAN addresses on the port it really listens on, never a loopback one', async () => {
    const res = await staff.get('/api/venue');
    expect(res.status).toBe(200);
    expect(res.body.publicUrl).toBeNull();
    expect(res.body.port).toBe(port);
    for (const url of res.body.addresses as string[]) {
      const parsed = new URL(url);
      expect(parsed.port).toBe(String(port));
      expect(parsed.hostname).not.toMatch(/^127\.|^localhost$/);
    }
  });

  it('GET /api/venue: home networks first, loopback left out; organizers and admins only', async () => {
    stubAddresses(LAN);
    const res = await staff.get('/api/venue');
    expect(res.body.addresses).toEqual([`http://192.168.1.23:${port}`, `http://10.1.2.3:${port}`, `http://172.17.0.1:${port}`]);

    const organizer = await aStaffUser(staff, 'organizer', `venue-org-${Date.now()}`);
    expect((await organizer.client.get('/api/venue')).status).toBe(200);
    const judge = await aStaffUser(staff, 'judge', `venue-judge-${Date.now()}`);
    expect((await judge.client.get('/api/venue')).status).toBe(403);
    expect((await api.get('/api/venue')).status).toBe(401);
    const c = await aContest(staff, { teams: ['城东'] });
    const phone = await join(api, c.contestId, c.teams[0].joinCode, '张三');
    expect((await phone.client.get('/api/venue')).status).toBe(403);
  });

  it('the lobby is public: title, stage, the join link on a reachable address, members as they join, no join codes', async () => {
    stubAddresses(LAN);
    const c = await aContest(staff, { teams: ['城东供电所', '城西供电所'], memberCap: 4 });
    const roster = await staff.post(`/api/contests/${c.contestId}/teams`, { name: '高新区营业厅', roster: ['王五', '赵六'] });
    expect(roster.status).toBe(201);

    const empty = await api.get(`/api/contests/${c.contestId}/lobby`);
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ contestId: c.contestId, title: '测试竞赛', status: 'draft', showJoinCodes: false, memberCount: 0 });
    expect(empty.body.joinBase).toBe(`http://192.168.1.23:${port}`);
    expect(empty.body.joinUrl).toBe(`http://192.168.1.23:${port}/join?contest=${c.contestId}`);
    expect(empty.body.teams.map((team: { name: string; capacity: number }) => [team.name, team.capacity])).toEqual([
      ['城东供电所', 4],
      ['城西供电所', 4],
      ['高新区营业厅', 2],
    ]);
    expect(JSON.stringify(empty.body)).not.toMatch(new RegExp(`${c.teams[0].joinCode}|${roster.body.joinCode}|joinCode`));

    await join(api, c.contestId, c.teams[0].joinCode, '张三');
    await join(api, c.contestId, c.teams[0].joinCode, '李四');
    await join(api, c.contestId, roster.body.joinCode, '赵六');
    const lobby = (await api.get(`/api/contests/${c.contestId}/lobby`)).body;
    expect(lobby.memberCount).toBe(3);
    expect(lobby.teams.map((team: { members: string[]; memberCount: number }) => [team.members, team.memberCount])).toEqual([
      [['张三', '李四'], 2],
      [[], 0],
      [['赵六'], 1],
    ]);
    // A removed member leaves the lobby.
    const members = (await staff.get(`/api/contests/${c.contestId}/members`)).body as { teams: { members: { id: string; name: string }[] }[] };
    const li = members.teams.flatMap((team) => team.members).find((m) => m.name === '李四');
    expect((await staff.delete(`/api/contests/${c.contestId}/members/${li?.id}`)).status).toBe(200);
    expect((await api.get(`/api/contests/${c.contestId}/lobby`)).body.teams[0].members).toEqual(['张三']);
  });

  it('join codes appear only when the organizer shows them; the organizer picks the address (remembered); another organizer cannot', async () => {
    stubAddresses(LAN);
    const c = await aContest(staff, { teams: ['城东', '城西'] });
    const shown = await staff.patch(`/api/contests/${c.contestId}/settings`, { venue: { showJoinCodes: true, joinUrl: `http://10.1.2.3:${port}/` } });
    expect(shown.status).toBe(200);
    expect(shown.body.settings.venue).toEqual({ showJoinCodes: true, joinUrl: `http://10.1.2.3:${port}` });
    const lobby = (await api.get(`/api/contests/${c.contestId}/lobby`)).body;
    expect(lobby.teams.map((team: { joinCode: string }) => team.joinCode)).toEqual(c.teams.map((team) => team.joinCode));
    expect(lobby.joinBase).toBe(`http://10.1.2.3:${port}`);

    // The laptop moved to another network: the pick is gone, the first address serves.
    stubAddresses(['192.168.8.8']);
    expect((await api.get(`/api/contests/${c.contestId}/lobby`)).body.joinBase).toBe(`http://192.168.8.8:${port}`);
    // No network at all: the lobby says there is no join link.
    stubAddresses([]);
    const none = (await api.get(`/api/contests/${c.contestId}/lobby`)).body;
    expect([none.joinBase, none.joinUrl]).toEqual([null, null]);

    const hidden = await staff.patch(`/api/contests/${c.contestId}/settings`, { venue: { showJoinCodes: false } });
    expect(hidden.body.settings.venue).toEqual({ showJoinCodes: false, joinUrl: `http://10.1.2.3:${port}` });
    expect(JSON.stringify((await api.get(`/api/contests/${c.contestId}/lobby`)).body)).not.toContain(c.teams[0].joinCode);

    for (const bad of [{ showJoinCodes: 'yes' }, { joinUrl: 'ftp://10.1.2.3' }, { joinUrl: 'not a url' }, { other: 1 }]) {
      const res = await staff.patch(`/api/contests/${c.contestId}/settings`, { venue: bad });
      expect([JSON.stringify(bad), res.status]).toEqual([JSON.stringify(bad), 400]);
    }
    const other = await aStaffUser(staff, 'organizer', `venue-other-${Date.now()}`);
    expect((await other.client.patch(`/api/contests/${c.contestId}/settings`, { venue: { showJoinCodes: true } })).status).toBe(403);
  });

  it('the lobby: 404 for an unknown contest, 400 for a malformed id', async () => {
    expect((await api.get('/api/contests/00000000-0000-4000-8000-000000000000/lobby')).status).toBe(404);
    expect((await api.get('/api/contests/nope/lobby')).status).toBe(400);
  });

  it('group totals are the mean of the group\'s teams unless the organizer chooses the sum', async () => {
    const c = await aContest(staff, { teams: ['甲', '乙', '丙'] });
    for (const [i, group] of ['东区', '东区', '西区'].entries()) {
      expect((await staff.patch(`/api/contests/${c.contestId}/teams/${c.teams[i].id}`, { group })).status).toBe(200);
    }
    expect((await staff.patch(`/api/contests/${c.contestId}/settings`, { baseScore: 100 })).status).toBe(200);
    const groups = async () => {
      const board = (await api.get(`/api/contests/${c.contestId}/leaderboard`)).body as { groupScore: string; groups: { group: string; score: number }[] };
      return [board.groupScore, ...board.groups.map((g) => `${g.group}:${g.score}`).sort()];
    };
    await eventually(async () => JSON.stringify(await groups()) === JSON.stringify(['mean', '东区:100', '西区:100']), 10000, 'mean groups');
    expect((await staff.patch(`/api/contests/${c.contestId}/settings`, { groupScore: 'sum' })).body.settings.groupScore).toBe('sum');
    await eventually(async () => JSON.stringify(await groups()) === JSON.stringify(['sum', '东区:200', '西区:100']), 10000, 'summed groups');
    expect((await staff.patch(`/api/contests/${c.contestId}/settings`, { groupScore: 'max' })).status).toBe(400);
  });

  it('PUBLIC_URL is validated at boot and, when set, is the join address', async () => {
    const env = { ADMIN_PASSWORD: 'admin-password', JWT_SECRET: 'test-secret-of-enough-length' };
    expect(loadConfig({ ...env, PUBLIC_URL: 'https://contest.example.com/' }).publicUrl).toBe('https://contest.example.com');
    expect(loadConfig(env).publicUrl).toBeNull();
    for (const bad of ['contest.example.com', 'ftp://contest.example.com', 'https://contest.example.com/?a=1']) {
      expect(() => loadConfig({ ...env, PUBLIC_URL: bad })).toThrow(ConfigError);
    }

    const proxied = await startTestApp({ PUBLIC_URL: 'https://contest.example.com' });
    try {
      jest.spyOn(proxied.app.get(HostNetwork), 'lanAddresses').mockReturnValue(LAN);
      const admin = await signInAdmin(new ApiClient(proxied.baseUrl));
      const venue = await admin.get('/api/venue');
      expect(venue.body.publicUrl).toBe('https://contest.example.com');
      const c = await aContest(admin, { teams: ['城东'] });
      // A pick among the LAN addresses does not override PUBLIC_URL.
      await admin.patch(`/api/contests/${c.contestId}/settings`, { venue: { joinUrl: `http://10.1.2.3:${venue.body.port}` } });
      const lobby = (await new ApiClient(proxied.baseUrl).get(`/api/contests/${c.contestId}/lobby`)).body;
      expect(lobby.joinUrl).toBe(`https://contest.example.com/join?contest=${c.contestId}`);
    } finally {
      await proxied.close();
    }
  });
});
