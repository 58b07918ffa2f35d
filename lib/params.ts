import { notFound } from 'next/navigation';
import { isLng, type Lng } from '@/lib/i18n/settings';

/** Route params of a page under /[lng]/.../[id]: a bad language or id is a 404, never a crash. */
export async function pageParams(params: Promise<{ lng: string; id?: string }>): Promise<{ lng: Lng; id: number }> {
  const { lng, id } = await params;
  const n = Number(id);
  if (!isLng(lng) || !id || !/^[1-9][0-9]{0,9}$/.test(id) || !Number.isSafeInteger(n) || n > 2_147_483_647) notFound();
  return { lng, id: n };
}

export async function pageLng(params: Promise<{ lng: string }>): Promise<Lng> {
  const { lng } = await params;
  return isLng(lng) ? lng : 'nl';
}
