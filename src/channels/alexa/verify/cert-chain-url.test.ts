import { parseCertChainUrl } from './cert-chain-url';

describe('parseCertChainUrl', () => {
  it.each([
    ['https://s3.amazonaws.com/echo.api/echo-api-cert.pem', '/echo.api/echo-api-cert.pem'],
    ['https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem', '/echo.api/echo-api-cert.pem'],
    ['HTTPS://s3.amazonaws.com/echo.api/echo-api-cert.pem', '/echo.api/echo-api-cert.pem'],
    ['https://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem', '/echo.api/echo-api-cert.pem'],
    ['https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem', '/echo.api/echo-api-cert.pem'],
  ])('accepts %s (Amazon’s valid examples) as %s', (raw, path) => {
    const url = parseCertChainUrl(raw);
    expect(url.hostname).toBe('s3.amazonaws.com');
    expect(url.pathname).toBe(path);
  });

  it.each([
    'http://s3.amazonaws.com/echo.api/echo-api-cert.pem',
    'https://notamazon.com/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem',
    'https://s3.amazonaws.com/invalid.path/echo-api-cert.pem',
    'https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem',
    // The traversal the SDK's check let through: validated before normalising, fetched after.
    'https://s3.amazonaws.com/echo.api/../some-bucket/big.pem',
    'https://s3.amazonaws.com/echo.api/%2e%2e/some-bucket/big.pem',
    'https://s3.amazonaws.com/echo.api\\..\\some-bucket/big.pem',
    'https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem',
    'https://user:pw@s3.amazonaws.com/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com/echo.api/echo-api-cert.pem?x=1',
    'not a url',
    '',
  ])('refuses %s', (raw) => {
    expect(() => parseCertChainUrl(raw)).toThrow(
      expect.objectContaining({ name: 'AlexaVerificationError', refusal: 'bad_cert_url' }),
    );
  });
});
