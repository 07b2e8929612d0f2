import { createVerify } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { rootCertificates } from 'node:tls';
import { AlexaVerificationError } from './alexa-verification-error';
import { CertChainCache } from './cert-chain-cache';
import { TrustedRoots, verifyCertChain, type VerifiedChain } from './cert-chain';
import { parseCertChainUrl } from './cert-chain-url';
import {
  DEFAULT_CERT_FETCH_LIMITS,
  fetchCertChain,
  type CertFetchLimits,
  type CertFetchRoute,
} from './fetch-cert-chain';

/** Amazon: a request more than 150 s from now is refused; skill lifecycle events may be an hour old. */
const TOLERANCE_MS = 150_000;
const SKILL_EVENT_TOLERANCE_MS = 3_600_000;
/** Downloads under way at once; more uncached URLs at the same time are refused, not queued. */
const MAX_FETCHES_IN_FLIGHT = 4;

export interface AlexaRequestVerifierOptions {
  /** PEM roots to trust; Node's bundled Mozilla roots by default. */
  readonly roots?: readonly string[];
  readonly fetchLimits?: CertFetchLimits;
  readonly route?: CertFetchRoute;
  readonly now?: () => number;
  readonly cacheCapacity?: number;
  /**
   * Chains known in advance by their URL (a QA lab's, see QA_TRUST_FILE): verified against `roots` like a
   * downloaded one, but never fetched.
   */
  readonly pinnedChains?: Readonly<Record<string, string>>;
}

/**
 * Verifies that a request came from Alexa, following Amazon's "host a custom skill as a web service" checks:
 * the certificate URL, the chain, the RSA-SHA256 signature over the raw body (`Signature-256`) and the
 * request timestamp. Replaces the express adapter's verifiers, whose URL check could be bypassed and whose
 * download had no size limit or timeout.
 */
export class AlexaRequestVerifier {
  private readonly roots: TrustedRoots;
  private readonly cache: CertChainCache;
  private readonly inFlight = new Map<string, Promise<VerifiedChain>>();
  private readonly now: () => number;

  constructor(private readonly options: AlexaRequestVerifierOptions = {}) {
    this.roots = new TrustedRoots(options.roots ?? rootCertificates);
    this.cache = new CertChainCache(options.cacheCapacity);
    this.now = options.now ?? Date.now;
  }

  async verify(rawBody: Buffer, headers: IncomingHttpHeaders, envelope: AlexaTimestamped): Promise<void> {
    checkTimestamp(envelope, this.now());
    const urlHeader = single(headers.signaturecertchainurl);
    const signature = single(headers['signature-256']);
    if (urlHeader === undefined || signature === undefined) {
      throw new AlexaVerificationError('missing_headers', 'SignatureCertChainUrl or Signature-256 missing');
    }
    const chain = await this.chainFor(parseCertChainUrl(urlHeader));
    const valid = createVerify('RSA-SHA256')
      .update(rawBody)
      .verify(chain.signer.publicKey, signature, 'base64');
    if (!valid) throw new AlexaVerificationError('bad_signature', 'the body does not match its signature');
  }

  private async chainFor(url: URL): Promise<VerifiedChain> {
    const key = url.href;
    const cached = this.cache.get(key, this.now());
    if (cached !== undefined) return cached;
    const pending = this.inFlight.get(key);
    if (pending !== undefined) return pending;
    if (this.inFlight.size >= MAX_FETCHES_IN_FLIGHT) {
      throw new AlexaVerificationError('cert_fetch_busy', 'too many certificate downloads under way');
    }
    const pinned = this.options.pinnedChains?.[key];
    const pem =
      pinned !== undefined
        ? Promise.resolve(pinned)
        : fetchCertChain(url, this.options.fetchLimits ?? DEFAULT_CERT_FETCH_LIMITS, this.options.route);
    const loading = pem
      .then((pem) => {
        const chain = verifyCertChain(pem, this.roots, this.now());
        this.cache.set(key, chain, this.now());
        return chain;
      })
      .catch((error: unknown) => {
        // Whatever went wrong getting the chain, the request is refused, never answered with a 500.
        if (error instanceof AlexaVerificationError) throw error;
        throw new AlexaVerificationError('cert_fetch_failed', 'certificate chain could not be checked', {
          cause: error,
        });
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, loading);
    return loading;
  }
}

/** The part of the envelope the timestamp check reads (checkAlexaEnvelope has made sure it is an object). */
export interface AlexaTimestamped {
  readonly request: { readonly type: string; readonly timestamp?: unknown };
}

function checkTimestamp(envelope: AlexaTimestamped, now: number): void {
  const { timestamp, type } = envelope.request;
  const at = typeof timestamp === 'string' ? Date.parse(timestamp) : NaN;
  const tolerance = type.startsWith('AlexaSkillEvent.') ? SKILL_EVENT_TOLERANCE_MS : TOLERANCE_MS;
  if (!Number.isFinite(at) || Math.abs(now - at) > tolerance) {
    throw new AlexaVerificationError(
      'stale_timestamp',
      'the request timestamp is missing or too far from now',
    );
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
