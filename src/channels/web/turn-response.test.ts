import { absoluteUrl } from './turn-response';

describe('absoluteUrl', () => {
  it('keeps absolute URLs and resolves relative ones against the public base', () => {
    expect(absoluteUrl('https://jobs.example.jp/jobs/1', 'https://soudan.example.jp')).toBe(
      'https://jobs.example.jp/jobs/1',
    );
    expect(absoluteUrl('/jobs/1', 'https://soudan.example.jp')).toBe('https://soudan.example.jp/jobs/1');
    expect(absoluteUrl('jobs/1', 'https://soudan.example.jp/app')).toBe(
      'https://soudan.example.jp/app/jobs/1',
    );
  });
});
