'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { FormMessage, SelectField, TextField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import type { DocumentKind } from '@/lib/domain/documents';
import { useT } from '@/lib/i18n/client';
import { documentMetaSchema, type DocumentMetaInput } from '@/lib/validation/documents';

type Message = { kind: 'error' | 'success'; text: string } | null;
const fileCodes = ['chooseFile', 'emptyFile', 'fileTooLarge', 'wrongType', 'docxOnlyForCv', 'badFileName', 'duplicate', 'personLimit'];

/**
 * Upload of one document to the upload route (not a server action: files are larger than an
 * action's 1 MB body). The form keeps what was typed when the server refuses the file.
 */
export function DocumentUploadForm({
  jobSeekerId,
  placementId,
  kinds,
  maxFileMb,
  maxPersonMb,
  idPrefix = 'document',
}: {
  jobSeekerId: number;
  placementId?: number;
  kinds: readonly DocumentKind[];
  maxFileMb: number;
  maxPersonMb: number;
  idPrefix?: string;
}) {
  const t = useT('documents');
  const errorText = useErrorText();
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<Message>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, getValues, formState } = useForm<DocumentMetaInput, unknown, z.output<typeof documentMetaSchema>>({
    resolver: zodResolver(documentMetaSchema),
    defaultValues: {
      kind: kinds.length === 1 ? kinds[0] : ('' as DocumentKind),
      title: '',
      documentDate: '',
      placementId: placementId ? String(placementId) : '',
    },
  });
  const fileText = (code: string, duplicateOf?: string | null) =>
    code === 'duplicate' && duplicateOf
      ? t('errors.duplicateOf', { title: duplicateOf })
      : t(`errors.${code}`, { max: code === 'personLimit' ? maxPersonMb : maxFileMb });
  const fileId = `${idPrefix}-file`;

  return (
    <form
      className="form"
      noValidate
      aria-label={t('upload')}
      onSubmit={handleSubmit(async () => {
        const values = getValues();
        setMessage(null);
        setFileError(null);
        const file = fileInput.current?.files?.[0];
        if (!file) {
          setFileError(fileText('chooseFile'));
          fileInput.current?.focus();
          return;
        }
        if (file.size > maxFileMb * 1024 * 1024) {
          setFileError(fileText('fileTooLarge'));
          fileInput.current?.focus();
          return;
        }
        const body = new FormData();
        body.set('kind', values.kind);
        body.set('title', values.title);
        body.set('documentDate', values.documentDate);
        body.set('placementId', values.placementId);
        body.set('file', file);
        let result: { ok: boolean; code?: string; fieldErrors?: Record<string, string>; duplicateOf?: string | null };
        try {
          const response = await fetch(`/api/job-seekers/${jobSeekerId}/documents`, { method: 'POST', body });
          result = (await response.json()) as typeof result;
        } catch {
          result = { ok: false, code: 'uploadBroken' };
        }
        if (!result.ok) {
          const { file: fileCode, ...others } = result.fieldErrors ?? {};
          if (fileCode) {
            setFileError(fileCodes.includes(fileCode) ? fileText(fileCode, result.duplicateOf) : errorText(fileCode)!);
            fileInput.current?.focus();
          }
          for (const [i, [field, code]] of Object.entries(others).entries()) {
            setError(field as keyof DocumentMetaInput, { message: code }, { shouldFocus: !fileCode && i === 0 });
          }
          if (!fileCode && Object.keys(others).length === 0)
            setMessage({ kind: 'error', text: result.code === 'uploadBroken' ? fileText('uploadBroken') : errorText(result.code)! });
          return;
        }
        reset();
        if (fileInput.current) fileInput.current.value = '';
        setMessage({ kind: 'success', text: t('uploaded') });
        router.refresh();
      })}
    >
      {message ? (
        <FormMessage kind={message.kind} testId={`${idPrefix}-message`}>
          {message.text}
        </FormMessage>
      ) : null}
      {kinds.length > 1 ? (
        <SelectField
          id={`${idPrefix}-kind`}
          label={t('kindLabel')}
          required
          placeholder=""
          options={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          registration={register('kind')}
          error={errorText(formState.errors.kind?.message)}
        />
      ) : null}
      <TextField
        id={`${idPrefix}-title`}
        label={t('titleLabel')}
        required
        registration={register('title')}
        error={errorText(formState.errors.title?.message)}
      />
      <TextField
        id={`${idPrefix}-date`}
        type="date"
        label={t('dateLabel')}
        registration={register('documentDate')}
        error={errorText(formState.errors.documentDate?.message)}
      />
      <div className={`field${fileError ? ' field-invalid' : ''}`}>
        <label htmlFor={fileId}>
          {t('fileLabel')}
          <span aria-hidden="true"> *</span>
        </label>
        <p id={`${fileId}-hint`} className="field-hint">
          {t('fileHint', { max: maxFileMb })}
        </p>
        <input
          id={fileId}
          ref={fileInput}
          type="file"
          name="file"
          accept=".pdf,.jpg,.jpeg,.png,.docx,application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          required
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? `${fileId}-hint ${fileId}-error` : `${fileId}-hint`}
          onChange={() => setFileError(null)}
        />
        {fileError ? (
          <p id={`${fileId}-error`} className="field-error" data-testid={`${idPrefix}-file-error`}>
            {fileError}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button-secondary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t('uploading') : t('upload')}
      </button>
    </form>
  );
}
