/** A place a link can be sent to from the share sheet. */
export interface ShareTarget {
  id: 'telegram' | 'viber' | 'facebook' | 'email';
  href: string;
}

/**
 * Links that hand an article to the messengers residents use, for browsers without the system
 * share sheet. They need no network to open: the target app or site takes over from there.
 */
export function listShareTargets(title: string, url: string): ShareTarget[] {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  return [
    { id: 'telegram', href: `https://t.me/share/url?url=${u}&text=${text}` },
    { id: 'viber', href: `viber://forward?text=${encodeURIComponent(`${title} ${url}`)}` },
    { id: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    {
      id: 'email',
      href: `mailto:?subject=${text}&body=${encodeURIComponent(`${title}\n\n${url}`)}`,
    },
  ];
}
