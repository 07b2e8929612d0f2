import { parseTraceHeaders, traceLogFields } from './trace-context';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';

describe('parseTraceHeaders', () => {
  it('reads W3C traceparent with its span and sampled flag', () => {
    expect(parseTraceHeaders({ traceparent: `00-${TRACE}-00f067aa0ba902b7-01` })).toEqual({
      traceId: TRACE,
      spanId: '00f067aa0ba902b7',
      sampled: true,
    });
    expect(parseTraceHeaders({ traceparent: `00-${TRACE}-00f067aa0ba902b7-00` })?.sampled).toBe(false);
  });

  it("reads X-Cloud-Trace-Context, turning its decimal span id into Cloud Logging's 16 hex digits", () => {
    expect(parseTraceHeaders({ 'x-cloud-trace-context': `${TRACE.toUpperCase()}/1;o=1` })).toEqual({
      traceId: TRACE,
      spanId: '0000000000000001',
      sampled: true,
    });
    expect(parseTraceHeaders({ 'x-cloud-trace-context': TRACE })).toEqual({
      traceId: TRACE,
      spanId: undefined,
      sampled: false,
    });
  });

  it('prefers traceparent and falls back to the Cloud header when traceparent is malformed', () => {
    const other = 'a'.repeat(32);
    expect(
      parseTraceHeaders({ traceparent: `00-${TRACE}-00f067aa0ba902b7-01`, 'x-cloud-trace-context': other })
        ?.traceId,
    ).toBe(TRACE);
    expect(parseTraceHeaders({ traceparent: 'garbage', 'x-cloud-trace-context': other })?.traceId).toBe(
      other,
    );
  });

  it.each([
    [{}],
    [{ traceparent: `00-${'0'.repeat(32)}-00f067aa0ba902b7-01` }],
    [{ traceparent: `ff-${TRACE}-00f067aa0ba902b7-01` }],
    [{ traceparent: `00-${TRACE}-${'0'.repeat(16)}-01` }],
    [{ 'x-cloud-trace-context': 'not-a-trace/12;o=1' }],
    [{ 'x-cloud-trace-context': `${TRACE}/1;o=1"}{"severity":"ERROR` }],
  ])('treats %j as no trace', (headers) => {
    expect(parseTraceHeaders(headers)).toBeNull();
  });

  it('drops a span id that does not fit in 64 bits', () => {
    expect(parseTraceHeaders({ 'x-cloud-trace-context': `${TRACE}/99999999999999999999` })?.spanId).toBe(
      undefined,
    );
  });
});

describe('traceLogFields', () => {
  it('names the trace inside the project so the log viewer links it', () => {
    expect(
      traceLogFields({ traceId: TRACE, spanId: '00f067aa0ba902b7', sampled: true }, 'soudan-prod'),
    ).toEqual({
      'logging.googleapis.com/trace': `projects/soudan-prod/traces/${TRACE}`,
      'logging.googleapis.com/spanId': '00f067aa0ba902b7',
      'logging.googleapis.com/trace_sampled': true,
    });
    expect(traceLogFields({ traceId: TRACE, sampled: false }, null)).toEqual({
      'logging.googleapis.com/trace': TRACE,
      'logging.googleapis.com/trace_sampled': false,
    });
  });
});
