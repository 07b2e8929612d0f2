import { Agent, request } from 'node:http';

export interface HttpAnswer {
  readonly status: number;
  readonly retryAfter: string | undefined;
  readonly body: string;
}

/** Keep-alive connections to the service, as a load balancer holds them. */
const soakAgent = new Agent({ keepAlive: true, maxSockets: 256 });

/** One POST on loopback; rejects on a socket error or after timeoutMs without an answer. */
export function postJson(
  port: number,
  path: string,
  body: string,
  headers: Readonly<Record<string, string>> = {},
  timeoutMs = 10_000,
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent: soakAgent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'], body: text }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** GET /metrics from the metrics port; the value of each named series (first sample). */
export function scrapeValues(port: number, names: readonly string[]): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/metrics', agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        const values: Record<string, number> = {};
        for (const line of text.split('\n')) {
          const [series, value] = line.split(' ');
          if (series !== undefined && names.includes(series) && value !== undefined)
            values[series] = Number(value);
        }
        resolve(values);
      });
    });
    req.setTimeout(5000, () => req.destroy(new Error('metrics did not answer')));
    req.on('error', reject);
    req.end();
  });
}
