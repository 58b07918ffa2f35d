import { notFound } from 'next/navigation';

/**
 * Any path under /nl or /de that no page claims: the language's own 404 page (inside the
 * language layout, so it has <html lang> and the skip link), not Next's bare default.
 */
export default function MissingPage(): never {
  notFound();
}
