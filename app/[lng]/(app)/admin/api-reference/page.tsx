import type { Metadata } from 'next';
import { Fragment, type ReactNode } from 'react';
import { DownloadLink } from '@/app/_components/ui/button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { API_VERSION, apiTags, openApiDocument } from '@/lib/api/openapi';
import { loadPage } from '@/lib/pages/load-page';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import './api-reference.css';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'admin')('apiReference.title') };
}

type Json = Record<string, unknown>;
const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** A schema's type in a few words, with links to named schemas further down the page. */
function typeOf(schema: Json | undefined): ReactNode {
  if (!schema) return '—';
  const ref = schema.$ref as string | undefined;
  if (ref) {
    const name = ref.split('/').at(-1)!;
    return <a href={`#schema-${name}`}>{name}</a>;
  }
  const alternatives = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (alternatives)
    return alternatives.map((a, i) => (
      <Fragment key={i}>
        {i > 0 ? ' | ' : null}
        {typeOf(a)}
      </Fragment>
    ));
  const type = Array.isArray(schema.type) ? (schema.type as string[]).join(' | ') : ((schema.type as string | undefined) ?? 'any');
  const enumValues = schema.enum as unknown[] | undefined;
  if (enumValues) return `${type}: ${enumValues.map((v) => (v === null ? 'null' : JSON.stringify(v))).join(', ')}`;
  if (schema.items) return <>array of {typeOf(schema.items as Json)}</>;
  const format = schema.format ? ` (${String(schema.format)})` : '';
  const pattern = schema.pattern ? `, pattern ${String(schema.pattern)}` : '';
  return `${type}${format}${pattern}`;
}

function refName(content: Json | undefined): Json | undefined {
  const media = content ? (Object.values(content)[0] as Json | undefined) : undefined;
  return media?.schema as Json | undefined;
}

/**
 * The reference of the open API, rendered on the server from the same OpenAPI document that
 * /api/v1/openapi.json serves: no script, nothing from elsewhere, so the CSP stays as it is.
 * Grouped by tag, each operation with its scope, parameters, body and answers, then every schema.
 */
export default async function ApiReferencePage({ params }: Props) {
  const { lng, t } = await loadPage(params, '/[lng]/admin/api-reference', 'admin');
  const doc = openApiDocument() as unknown as {
    paths: Record<string, Record<string, Json>>;
    components: { schemas: Record<string, Json> };
    info: { description: string };
  };
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    methods.filter((m) => item[m]).map((m) => ({ path, method: m, op: item[m] as Json, id: `op-${m}-${path.replace(/[^a-z0-9]+/gi, '-')}` })),
  );
  return (
    <>
      <PageHeader
        lng={lng}
        title={t('apiReference.title')}
        intro={t('apiReference.intro', { version: API_VERSION })}
        actions={<DownloadLink href="/api/v1/openapi.json">{t('apiReference.download')}</DownloadLink>}
      />
      <div className="api-ref">
        <p className="api-ref__description" lang="en">
          {doc.info.description}
        </p>
        <nav aria-labelledby="api-ref-contents">
          <h2 id="api-ref-contents">{t('apiReference.contents')}</h2>
          <ul>
            {apiTags.map((tag) => (
              <li key={tag.name}>
                <a href={`#tag-${tag.name}`} lang="en">
                  {tag.name}
                </a>
              </li>
            ))}
            <li>
              <a href="#schemas">{t('apiReference.schemas')}</a>
            </li>
          </ul>
        </nav>
        {apiTags.map((tag) => (
          <section key={tag.name} aria-labelledby={`tag-${tag.name}`} className="api-ref__tag">
            <h2 id={`tag-${tag.name}`} lang="en">
              {tag.name}
            </h2>
            <p lang="en">{tag.description}</p>
            {operations
              .filter((o) => (o.op.tags as string[] | undefined)?.includes(tag.name))
              .map(({ path, method, op, id }) => {
                const parameters = (op.parameters as Json[] | undefined) ?? [];
                const security = (op.security as Record<string, string[]>[] | undefined)?.[0]?.apiKey ?? [];
                const body = op.requestBody as Json | undefined;
                return (
                  <article key={id} aria-labelledby={id} className="card api-ref__operation" data-testid={id}>
                    <h3 id={id}>
                      <code>
                        {method.toUpperCase()} /api/v1{path}
                      </code>{' '}
                      <span lang="en">{String(op.summary ?? '')}</span>
                    </h3>
                    {op.description ? <p lang="en">{String(op.description)}</p> : null}
                    <p>
                      {t('apiReference.scope')}: <code>{security.length > 0 ? security.join(', ') : t('apiReference.anyKey')}</code>
                    </p>
                    {parameters.length > 0 ? (
                      <div className="table-wrap" tabIndex={0}>
                        <table>
                          <caption>{t('apiReference.parameters')}</caption>
                          <thead>
                            <tr>
                              <th scope="col">{t('apiReference.name')}</th>
                              <th scope="col">{t('apiReference.in')}</th>
                              <th scope="col">{t('apiReference.required')}</th>
                              <th scope="col">{t('apiReference.schema')}</th>
                              <th scope="col">{t('apiReference.description')}</th>
                            </tr>
                          </thead>
                          <tbody>
                            {parameters.map((p) => (
                              <tr key={`${String(p.in)}-${String(p.name)}`}>
                                <th scope="row">
                                  <code>{String(p.name)}</code>
                                </th>
                                <td>{String(p.in)}</td>
                                <td>{p.required ? t('apiReference.yes') : t('apiReference.no')}</td>
                                <td className="api-ref__type">{typeOf(p.schema as Json)}</td>
                                <td lang="en">{String(p.description ?? (p.schema as Json | undefined)?.description ?? '')}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </div>
                    ) : null}
                    {body ? (
                      <p>
                        {t('apiReference.body')}: <span className="api-ref__type">{typeOf(refName(body.content as Json))}</span> (application/json)
                      </p>
                    ) : null}
                    <div className="table-wrap" tabIndex={0}>
                      <table>
                        <caption>{t('apiReference.responses')}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t('apiReference.status')}</th>
                            <th scope="col">{t('apiReference.description')}</th>
                            <th scope="col">{t('apiReference.schema')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {Object.entries(op.responses as Record<string, Json>).map(([status, r]) => (
                            <tr key={status}>
                              <th scope="row">{status}</th>
                              <td lang="en">{String(r.description ?? '')}</td>
                              <td className="api-ref__type">{r.content ? typeOf(refName(r.content as Json)) : '—'}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </article>
                );
              })}
          </section>
        ))}
        <section aria-labelledby="schemas">
          <h2 id="schemas">{t('apiReference.schemas')}</h2>
          {Object.entries(doc.components.schemas).map(([name, schema]) => {
            const properties = Object.entries((schema.properties as Record<string, Json> | undefined) ?? {});
            const required = new Set((schema.required as string[] | undefined) ?? []);
            return (
              <article key={name} className="card api-ref__schema" aria-labelledby={`schema-${name}`}>
                <h3 id={`schema-${name}`}>
                  <code>{name}</code>
                </h3>
                {schema.description ? <p lang="en">{String(schema.description)}</p> : null}
                <div className="table-wrap" tabIndex={0}>
                  <table>
                    <caption className="visually-hidden">{name}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('apiReference.field')}</th>
                        <th scope="col">{t('apiReference.type')}</th>
                        <th scope="col">{t('apiReference.required')}</th>
                        <th scope="col">{t('apiReference.description')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {properties.map(([field, p]) => (
                        <tr key={field}>
                          <th scope="row">
                            <code>{field}</code>
                          </th>
                          <td className="api-ref__type">{typeOf(p)}</td>
                          <td>{required.has(field) ? t('apiReference.yes') : t('apiReference.no')}</td>
                          <td lang="en">{String(p.description ?? '')}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </article>
            );
          })}
        </section>
      </div>
    </>
  );
}
