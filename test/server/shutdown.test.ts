import { shutdownUnderLoad } from '../../bench/api/shutdownUnderLoad';

// Runs the compiled `kg serve` (npm test builds first), as an operator would, and signals it.
describe('SIGTERM under load', () => {
  it('answers every request the server had received, including uploads still sending their body, then exits 0', async () => {
    const result = await shutdownUnderLoad({ clients: 6, slowUploads: 3, loadMs: 1000 });
    expect(result.exitCode).toBe(0);
    expect(result.inFlightAtSignal).toBeGreaterThanOrEqual(3);
    expect(result.slowUploadsAnswered).toBe(3);
    expect(result.answered).toBe(result.received);
    expect(result.clientAnswers + result.slowUploadsAnswered).toBe(result.answered);
    expect(result.clientNon200).toBe(0);
  });
});
