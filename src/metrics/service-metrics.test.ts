import { ServiceMetrics } from './service-metrics';

async function exposition(metrics: ServiceMetrics): Promise<string> {
  return metrics.registry.metrics();
}

describe('ServiceMetrics', () => {
  it('counts turns by channel, act and outcome, and times them by channel', async () => {
    const metrics = new ServiceMetrics();
    metrics.turnFinished({ channel: 'line', act: 'askJobType', outcome: 'ok', seconds: 0.003 });
    metrics.turnFinished({ channel: 'line', act: 'askJobType', outcome: 'ok', seconds: 0.2 });
    metrics.turnFinished({ channel: 'web', act: null, outcome: 'store_unavailable', seconds: 1.5 });
    const text = await exposition(metrics);
    expect(text).toContain('soudan_turns_total{channel="line",act="askJobType",outcome="ok"} 2');
    expect(text).toContain('soudan_turns_total{channel="web",act="none",outcome="store_unavailable"} 1');
    expect(text).toContain('soudan_turn_duration_seconds_bucket{le="0.005",channel="line"} 1');
    expect(text).toContain('soudan_turn_duration_seconds_bucket{le="0.25",channel="line"} 2');
    expect(text).toContain('soudan_turn_duration_seconds_count{channel="web"} 1');
  });

  it('counts responses by status class, starting every class at zero so rates exist before the first error', async () => {
    const metrics = new ServiceMetrics();
    expect(await exposition(metrics)).toContain('soudan_http_responses_total{status_class="5xx"} 0');
    metrics.httpResponse(200);
    metrics.httpResponse(503);
    metrics.httpResponse(404);
    const text = await exposition(metrics);
    expect(text).toContain('soudan_http_responses_total{status_class="2xx"} 1');
    expect(text).toContain('soudan_http_responses_total{status_class="4xx"} 1');
    expect(text).toContain('soudan_http_responses_total{status_class="5xx"} 1');
  });

  it('counts store errors, signature failures and skipped events', async () => {
    const metrics = new ServiceMetrics();
    metrics.eventSkipped('line', 'stale');
    metrics.eventSkipped('line', 'stale');
    metrics.eventSkipped('line', 'duplicate');
    metrics.storeFailed('get', Object.assign(new Error('down'), { name: 'SessionStoreUnavailableError' }));
    metrics.storeFailed('get', 'not an error');
    metrics.signatureRejected('line');
    const text = await exposition(metrics);
    expect(text).toContain(
      'soudan_session_store_errors_total{operation="get",error="SessionStoreUnavailableError"} 1',
    );
    expect(text).toContain('soudan_session_store_errors_total{operation="get",error="Unknown"} 1');
    expect(text).toContain('soudan_signature_failures_total{channel="line"} 1');
    expect(text).toContain('soudan_channel_events_skipped_total{channel="line",reason="stale"} 2');
    expect(text).toContain('soudan_channel_events_skipped_total{channel="line",reason="duplicate"} 1');
  });

  it('names only the version serving now, so a roll-back is a step in the graph', async () => {
    const metrics = new ServiceMetrics();
    metrics.dataLoaded({ model: 'aaaaaaaaaaaa', catalog: 'cccccccccccc', strategy: 'bayes' });
    metrics.dataLoaded({ model: 'bbbbbbbbbbbb', catalog: 'cccccccccccc', strategy: 'popular' });
    metrics.reloaded('loaded');
    const text = await exposition(metrics);
    expect(text).toContain('soudan_model_info{version="bbbbbbbbbbbb",strategy="popular"} 1');
    expect(text).not.toContain('aaaaaaaaaaaa');
    expect(text).toContain('soudan_catalog_info{version="cccccccccccc"} 1');
    expect(text).toContain('soudan_data_reloads_total{result="loaded"} 1');
    expect(text).toContain('soudan_data_reloads_total{result="refused"} 0');
  });

  it("adds Node's process metrics only when asked", async () => {
    expect(await exposition(new ServiceMetrics())).not.toContain('process_resident_memory_bytes');
    expect(await exposition(new ServiceMetrics({ defaultMetrics: true }))).toContain(
      'process_resident_memory_bytes',
    );
  });
});
