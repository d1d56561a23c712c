/**
 * The data saver's photos in an article body already on the page: each <img> that sanitizing
 * left without src (its address in data-held-src) becomes a button labelled `label`, in the
 * interface language `lang`, that puts the photo back, and only then downloads it. Built with
 * DOM calls, never HTML, so Trusted Types has nothing to check.
 */
export function holdBackImages(container: HTMLElement, label: string, lang: string): void {
  for (const image of container.querySelectorAll<HTMLImageElement>('img[data-held-src]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'photo-button';
    button.lang = lang;
    button.textContent = label;
    button.addEventListener('click', () => {
      image.src = image.dataset.heldSrc ?? '';
      image.removeAttribute('data-held-src');
      button.replaceWith(image);
    });
    image.replaceWith(button);
  }
}
