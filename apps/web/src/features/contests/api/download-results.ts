import { ApiError } from '../../../lib/api-client';

/** GET results.xlsx with the bearer token, then hands the blob to the browser as a download. */
export async function downloadResults(contestId: string, token: string | null): Promise<void> {
  const response = await fetch(`/api/contests/${contestId}/results.xlsx`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const body = (await response.json()) as { message?: string };
      if (body.message) message = body.message;
    } catch {
      /* not JSON */
    }
    throw new ApiError(response.status, message, null);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = /filename="?([^"]+)"?/.exec(disposition)?.[1] ?? `results-${contestId}.xlsx`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = decodeURIComponent(filename);
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
