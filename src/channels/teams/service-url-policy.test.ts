import { isLoopbackHostname, serviceUrlAllowed, type ServiceUrlPolicy } from './service-url-policy';

const development: ServiceUrlPolicy = { loopback: true, origins: [] };
const listed: ServiceUrlPolicy = { loopback: true, origins: ['https://smba.trafficmanager.net'] };
const productionAny: ServiceUrlPolicy = { loopback: false, origins: null };
const productionListed: ServiceUrlPolicy = { loopback: false, origins: ['https://smba.trafficmanager.net'] };

describe('serviceUrlAllowed', () => {
  it('outside production takes loopback only, however it is spelled', () => {
    for (const url of [
      'http://localhost:3978/',
      'http://127.0.0.1:56000/',
      'http://127.1.2.3/',
      'http://[::1]:3978/',
      'http://0x7f.1/',
      'http://2130706433/',
      'https://LOCALHOST/',
    ]) {
      expect({ url, allowed: serviceUrlAllowed(url, development) }).toEqual({ url, allowed: true });
    }
    for (const url of [
      'https://smba.trafficmanager.net/apac/',
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.5/',
      'http://[::ffff:127.0.0.1]/',
      'http://localhost.attacker.example/',
      'http://127.0.0.1.attacker.example/',
      'http://127.0.0.1@attacker.example/',
      'http://localhost./',
      'ftp://127.0.0.1/',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect({ url, allowed: serviceUrlAllowed(url, development) }).toEqual({ url, allowed: false });
    }
  });

  it('adds listed origins exactly: same scheme, host and port', () => {
    expect(serviceUrlAllowed('https://smba.trafficmanager.net/apac/', listed)).toBe(true);
    expect(serviceUrlAllowed('https://smba.trafficmanager.net:443/emea/', listed)).toBe(true);
    expect(serviceUrlAllowed('http://localhost:3978/', listed)).toBe(true);
    expect(serviceUrlAllowed('http://smba.trafficmanager.net/apac/', listed)).toBe(false);
    expect(serviceUrlAllowed('https://smba.trafficmanager.net:8443/', listed)).toBe(false);
    expect(serviceUrlAllowed('https://smba.trafficmanager.net.attacker.example/', listed)).toBe(false);
  });

  it('in production takes what the token vouches for, unless a list narrows it (no loopback then)', () => {
    expect(serviceUrlAllowed('https://smba.trafficmanager.net/apac/', productionAny)).toBe(true);
    expect(serviceUrlAllowed('https://smba.infra.gcc.teams.microsoft.com/', productionAny)).toBe(true);
    expect(serviceUrlAllowed('ftp://smba.trafficmanager.net/', productionAny)).toBe(false);
    expect(serviceUrlAllowed('https://smba.trafficmanager.net/apac/', productionListed)).toBe(true);
    expect(serviceUrlAllowed('https://smba.infra.gcc.teams.microsoft.com/', productionListed)).toBe(false);
    expect(serviceUrlAllowed('http://localhost:3978/', productionListed)).toBe(false);
  });
});

describe('isLoopbackHostname', () => {
  it('knows localhost, 127.0.0.0/8 and ::1 as URL hostnames', () => {
    expect(['localhost', '127.0.0.1', '127.255.0.9', '[::1]'].map(isLoopbackHostname)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['localhost.', '128.0.0.1', '::1', 'example.com', '0.0.0.0'].map(isLoopbackHostname)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
