import Link from 'next/link';
import type { TFunction } from 'i18next';
import type { Todo } from '@/db/queries/todos';
import { formatDate, formatDateTime, formatNumber } from '@/lib/i18n/format';
import type { Lng } from '@/lib/i18n/settings';
import { getT } from '@/lib/i18n/server';
import { Card } from '@/app/_components/ui/card';
import { StatusBadge } from '@/app/_components/ui/status-badge';
import { TodoButtons } from './todo-buttons';
import './todos.css';

function todoText(todo: Todo, lng: Lng, t: TFunction, domain: TFunction): { text: string; href: string } {
  switch (todo.kind) {
    case 'candidate':
      return { text: t('home.todos.candidate', { title: todo.vacancyTitle }), href: `/${lng}/proposals/${todo.proposalId}` };
    case 'interview': {
      const values = { stage: domain(`proposalStage.${todo.stage}`), title: todo.vacancyTitle, when: formatDateTime(lng, todo.at), person: todo.person };
      return { text: t(todo.person ? 'home.todos.interviewWith' : 'home.todos.interview', values), href: `/${lng}/proposals/${todo.proposalId}` };
    }
    case 'reply':
      return {
        text: t('home.todos.reply', { person: todo.person, title: todo.vacancyTitle, stage: domain(`proposalStage.${todo.stage}`) }),
        href: `/${lng}/proposals/${todo.proposalId}`,
      };
    case 'check':
      return {
        text: t('home.todos.check', { months: todo.months, person: todo.person, due: formatDate(lng, todo.dueOn) }),
        href: `/${lng}/placements/${todo.placementId}`,
      };
    case 'consent':
      return { text: t('home.todos.consent', { person: todo.person, until: formatDate(lng, todo.until) }), href: `/${lng}/job-seekers/${todo.jobSeekerId}` };
    case 'stream':
      return {
        text: t('home.todos.stream', {
          stream: domain(`funding.${todo.funding}`),
          counted: formatNumber(lng, todo.counted),
          expected: formatNumber(lng, todo.expected),
          target: formatNumber(lng, todo.target),
        }),
        href: `/${lng}/targets`,
      };
  }
}

/** The home page's first card: what waits on the user, each with its way there, "done" and "hide". */
export function TodoList({ todos, lng, t, today }: { todos: Todo[]; lng: Lng; t: TFunction; today: string }) {
  const domain = getT(lng, 'domain');
  return (
    <Card title={t('home.todos.title')} id="home-todos" testId="home-todos" className="todo-card">
      {todos.length === 0 ? (
        <p data-testid="todos-empty">{t('home.todos.empty')}</p>
      ) : (
        <ul className="todo-list" aria-label={t('home.todos.listLabel')}>
          {todos.map((todo) => {
            const { text, href } = todoText(todo, lng, t, domain);
            return (
              <li key={todo.key} data-testid={`todo-${todo.key}`} className="todo-item">
                <p className="todo-text">
                  {todo.kind === 'check' && todo.dueOn < today ? <StatusBadge status="warning">{t('home.todos.overdue')}</StatusBadge> : null} {text}
                </p>
                <div className="todo-actions">
                  <Link href={href}>{t('home.todos.open')}</Link>
                  <TodoButtons todoKey={todo.key} what={text} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
