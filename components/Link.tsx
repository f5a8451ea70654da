/**
 * A link that is a real link: a plain click may run an action (the card shows an organization in
 * place), while a ctrl-, shift- or meta-click, a middle-click and "open in new tab" go to its
 * address as any link does.
 */
import type { ComponentChildren } from 'preact';

export interface LinkProps {
  readonly href: string;
  /** Runs on a plain left click instead of following the address; without it the link only navigates. */
  readonly onActivate?: () => void;
  /** Opens in a new tab (links of the card over a news page, which is not to be left). */
  readonly newTab?: boolean;
  readonly class?: string;
  readonly title?: string;
  readonly 'aria-label'?: string;
  readonly children: ComponentChildren;
}

export function Link({ href, onActivate, newTab, children, ...rest }: LinkProps) {
  return (
    <a
      href={href}
      {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}
      {...rest}
      onClick={(event) => {
        if (!onActivate || !isPlainClick(event)) return;
        event.preventDefault();
        onActivate();
      }}
    >
      {children}
    </a>
  );
}

/** A primary-button click without a modifier key: the one a page may handle itself. */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}
