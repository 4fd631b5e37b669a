import { isLoopbackHost, joinBaseOf, lanUrls } from './venue-urls';

describe('venue urls', () => {
  it.each([
    [['10.0.0.5', '192.168.1.20'], 3000, ['http://192.168.1.20:3000', 'http://10.0.0.5:3000']],
    [['172.17.0.1', '10.2.3.4', '192.168.0.9'], 8080, ['http://192.168.0.9:8080', 'http://10.2.3.4:8080', 'http://172.17.0.1:8080']],
    [['127.0.0.1', '0.0.0.0', '169.254.3.3', '100.64.1.2'], 3000, ['http://100.64.1.2:3000', 'http://169.254.3.3:3000']],
    [['192.168.1.10', '192.168.1.9', '192.168.1.10'], 3000, ['http://192.168.1.9:3000', 'http://192.168.1.10:3000']],
    [['fe80::1', 'not-an-ip'], 3000, []],
    [['192.168.1.20'], null, []],
  ] as const)('%j on port %s → %j', (addresses, port, expected) => {
    expect(lanUrls([...addresses], port)).toEqual(expected);
  });

  it.each([
    ['https://contest.example.com', ['http://192.168.1.2:3000'], 'http://192.168.1.2:3000', 'https://contest.example.com'],
    [null, ['http://192.168.1.2:3000', 'http://10.0.0.2:3000'], 'http://10.0.0.2:3000', 'http://10.0.0.2:3000'],
    [null, ['http://192.168.1.2:3000'], 'http://10.9.9.9:3000', 'http://192.168.1.2:3000'],
    [null, ['http://192.168.1.2:3000'], null, 'http://192.168.1.2:3000'],
    [null, [], 'http://10.0.0.2:3000', null],
  ] as const)('public %s, addresses %j, chosen %s → %s', (publicUrl, urls, chosen, expected) => {
    expect(joinBaseOf(publicUrl, [...urls], chosen)).toBe(expected);
  });

  it.each([
    ['localhost', true],
    ['app.localhost', true],
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['[::1]', true],
    ['0.0.0.0', true],
    ['192.168.1.2', false],
    ['contest.example.com', false],
  ])('%s is loopback: %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});
