/**
 * One live content script per document. After an install or an update the background puts the
 * content script into open pages (inject-open-tabs.ts), and a page that was still loading may get
 * the declared one as well: the background, which a page cannot reach, says which of them is
 * first. A DOM event could not decide it, since a page can dispatch and cancel any event.
 */
interface Sender {
  readonly documentId?: string;
}

export class PageClaims {
  private readonly claimed = new Set<string>();

  /**
   * True for the first content script of a document. Without a document id (Firefox, where the
   * background never injects) every claim is granted.
   */
  claim(sender: Sender): boolean {
    if (sender.documentId === undefined) return true;
    if (this.claimed.has(sender.documentId)) return false;
    this.claimed.add(sender.documentId);
    return true;
  }
}
