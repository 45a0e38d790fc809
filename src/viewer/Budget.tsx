import type { Budget as BudgetValues } from '../domain/model';
import { formatSek } from '../i18n/translate';
import { useLang, useT } from './words';

export function Budget({ budget }: { budget: BudgetValues }) {
  const t = useT();
  const lang = useLang();
  const lines = [
    budget.investment > 0 && t('viewer.cost.investment', { amount: formatSek(budget.investment, lang) }),
    budget.operatingPerYear > 0 && t('viewer.cost.operating', { amount: formatSek(budget.operatingPerYear, lang) }),
    budget.externalFunding > 0 && t('viewer.cost.external', { amount: formatSek(budget.externalFunding, lang) }),
  ].filter((l): l is string => typeof l === 'string');
  if (lines.length === 0) return <p>{t('viewer.cost.none')}</p>;
  return <ul>{lines.map((l) => <li key={l}>{l}</li>)}</ul>;
}
