import { LAB_CERT_URL } from '../../src/qa/alexa-lab-pki';
import { alexaDriver } from '../../src/qa/channels/alexa-driver';
import { LineApiSink } from '../../src/qa/channels/line-api-sink';
import { lineDriver } from '../../src/qa/channels/line-driver';
import { startReplayApp } from '../../src/qa';

/** The replay's app verifies what it is sent as production does: only correctly signed requests take turns. */
describe('the in-process replay app checks platform signatures', () => {
  let app: Awaited<ReturnType<typeof startReplayApp>>;
  beforeAll(async () => {
    app = await startReplayApp();
  });
  afterAll(() => app.close());

  it('takes a signed Alexa launch and refuses the same request with a wrong signature', async () => {
    const signed = await app.drivers.alexa.open('sig-ok', null).send({ kind: 'start' }, []);
    expect(signed.status).toBe(200);
    expect(app.tap.take()?.input.kind).toBe('start');

    const forged = alexaDriver(app.baseUrl, 'amzn1.ask.skill.00000000-0000-4000-8000-00000000qa00', () => ({
      SignatureCertChainUrl: LAB_CERT_URL,
      'Signature-256': Buffer.from('not a signature').toString('base64'),
    }));
    await expect(forged.open('sig-bad', null).send({ kind: 'start' }, [])).rejects.toThrow(
      /alexa answered HTTP 400: .*verification_failed/,
    );
    expect(app.tap.take()).toBeNull();
  });

  it('refuses a LINE webhook signed with another secret', async () => {
    const sink = await new LineApiSink().start();
    try {
      const driver = lineDriver(app.baseUrl, 'not-the-channel-secret', sink);
      await expect(driver.open('line-bad', null).send({ kind: 'text', text: '大阪' }, [])).rejects.toThrow(
        /line answered HTTP 401/,
      );
      expect(app.tap.take()).toBeNull();
    } finally {
      await sink.stop();
    }
  });
});
