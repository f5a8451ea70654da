/** Sends a request to the background and unwraps its answer. */
import { browser } from 'wxt/browser';
import type { Request, Response, ResponseMap } from './store/messages';

export async function ask<T extends Request['type']>(request: Extract<Request, { type: T }>): Promise<ResponseMap[T]> {
  const response = (await browser.runtime.sendMessage(request)) as Response<T> | undefined;
  if (!response) throw new Error(`no answer to ${request.type}`);
  if (!response.ok) throw new Error(response.error);
  return response.value;
}
