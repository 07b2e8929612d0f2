/** The request's trace as Google's load balancer and W3C Trace Context send it. */
export interface TraceContext {
  /** 32 lower-case hex characters. */
  readonly traceId: string;
  /** Span id as Cloud Logging wants it: 16 hex characters, or undefined when the header had none. */
  readonly spanId?: string;
  readonly sampled: boolean;
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const CLOUD_TRACE = /^([0-9a-fA-F]{32})(?:\/(\d{1,20}))?(?:;o=([01]))?$/;
const ZERO_TRACE = /^0+$/;

/**
 * Reads `traceparent` first (the standard, which GCLB also sends), then `X-Cloud-Trace-Context`
 * (`TRACE_ID/SPAN_ID;o=1`, span id in decimal). Anything malformed counts as no trace: a header is client input.
 */
export function parseTraceHeaders(
  headers: Readonly<Record<string, string | string[] | undefined>>,
): TraceContext | null {
  const traceparent = single(headers.traceparent)?.trim().toLowerCase();
  const w3c = traceparent === undefined ? null : TRACEPARENT.exec(traceparent);
  if (w3c !== null && w3c[1] !== 'ff' && !ZERO_TRACE.test(w3c[2]!) && !ZERO_TRACE.test(w3c[3]!)) {
    return { traceId: w3c[2]!, spanId: w3c[3]!, sampled: (parseInt(w3c[4]!, 16) & 1) === 1 };
  }
  const cloud = single(headers['x-cloud-trace-context'])?.trim();
  const legacy = cloud === undefined ? null : CLOUD_TRACE.exec(cloud);
  if (legacy !== null && !ZERO_TRACE.test(legacy[1]!)) {
    return {
      traceId: legacy[1]!.toLowerCase(),
      spanId: decimalSpanToHex(legacy[2]),
      sampled: legacy[3] === '1',
    };
  }
  return null;
}

/** Cloud Logging's special fields, which link a line to its trace (the project makes the name absolute). */
export function traceLogFields(trace: TraceContext, projectId: string | null): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    'logging.googleapis.com/trace':
      projectId === null ? trace.traceId : `projects/${projectId}/traces/${trace.traceId}`,
    'logging.googleapis.com/trace_sampled': trace.sampled,
  };
  if (trace.spanId !== undefined) fields['logging.googleapis.com/spanId'] = trace.spanId;
  return fields;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function decimalSpanToHex(decimal: string | undefined): string | undefined {
  if (decimal === undefined) return undefined;
  const value = BigInt(decimal);
  if (value === 0n || value >= 2n ** 64n) return undefined;
  return value.toString(16).padStart(16, '0');
}
