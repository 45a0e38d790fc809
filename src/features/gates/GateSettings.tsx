// The workspace's gate model: rename (code and both names), add, reorder and remove gates. The
// commands keep the history honest (a gate with reviews cannot be removed); their refusals are
// shown here, next to the list.
import { useRef, useState, type FormEvent } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import type { Command } from '../../domain/commands/command';
import { addGate, moveGate, removeGate, renameGate } from '../../domain/commands/edit-gates';
import type { GateDef } from '../../domain/model';
import '../../i18n/strings/gates-domain';
import '../../i18n/strings/gates-ui';
import { gatesOf } from '../../store/selectors';
import type { DispatchResult } from '../../store/store';
import { CommitField } from '../programme/CommitField';
import './gates.css';

type Failure = Extract<DispatchResult, { ok: false }>['error'];

export function GateSettings() {
  const t = useT();
  const store = usePlatsenStore();
  const gates = usePlatsen((s) => gatesOf(s.doc));
  const [failure, setFailure] = useState<Failure | null>(null);
  const [added, setAdded] = useState({ code: '', sv: '', en: '' });
  const list = useRef<HTMLOListElement>(null);

  async function run<A>(command: Command<A>, args: A): Promise<boolean> {
    const result = await store.dispatch(command, args);
    setFailure(result.ok ? null : result.error);
    return result.ok;
  }

  async function move(gate: GateDef, index: number, step: -1 | 1) {
    if (!(await run(moveGate, { id: gate.id, to: index + step }))) return;
    // Reordering moves the row: keep the keyboard on the gate that moved, at whichever end it reached.
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>(`[data-gate="${gate.id}"] button[data-move]`);
    const target = [...(buttons ?? [])].find((b) => !b.disabled && b.dataset.move === String(step)) ?? [...(buttons ?? [])].find((b) => !b.disabled);
    target?.focus();
  }

  async function add(e: FormEvent) {
    e.preventDefault();
    if (await run(addGate, { code: added.code, name: { sv: added.sv, en: added.en } })) setAdded({ code: '', sv: '', en: '' });
  }

  return (
    <section className="gate-settings-panel" aria-labelledby="gate-settings-title">
      <h2 id="gate-settings-title">{t('gateSettings.title')}</h2>
      <p className="gate-hint">{t('gateSettings.intro')}</p>
      <div className="gate-settings-row gate-settings-head" aria-hidden="true">
        <span>{t('gateSettings.code')}</span><span>{t('gateSettings.nameSv')}</span><span>{t('gateSettings.nameEn')}</span><span />
      </div>
      <ol className="gate-settings" ref={list}>
        {gates.map((gate, i) => (
          <li key={gate.id} className="gate-settings-row" data-gate={gate.id}>
            <CommitField aria-label={t('gateSettings.codeOf', { n: i + 1 })} value={gate.code}
              onCommit={(code) => run(renameGate, { id: gate.id, code })} />
            <CommitField aria-label={t('gateSettings.nameSvOf', { n: i + 1 })} value={gate.name.sv}
              onCommit={(sv) => run(renameGate, { id: gate.id, name: { sv } })} />
            <CommitField aria-label={t('gateSettings.nameEnOf', { n: i + 1 })} value={gate.name.en}
              onCommit={(en) => run(renameGate, { id: gate.id, name: { en } })} />
            <span className="gate-settings-buttons">
              <button type="button" data-move="-1" disabled={i === 0} aria-label={t('gateSettings.up', { code: gate.code })}
                onClick={() => move(gate, i, -1)}>↑</button>
              <button type="button" data-move="1" disabled={i === gates.length - 1} aria-label={t('gateSettings.down', { code: gate.code })}
                onClick={() => move(gate, i, 1)}>↓</button>
              <button type="button" aria-label={t('gateSettings.remove', { code: gate.code })}
                onClick={() => run(removeGate, { id: gate.id })}>✕</button>
            </span>
          </li>
        ))}
      </ol>
      <div role="alert" className="gate-error">{failure && t(failure.code, failure.params)}</div>
      <form onSubmit={add} aria-labelledby="gate-settings-new">
        <h3 id="gate-settings-new">{t('gateSettings.newGate')}</h3>
        <div className="gate-settings-row">
          <input type="text" aria-label={t('gateSettings.code')} value={added.code} onChange={(e) => setAdded({ ...added, code: e.target.value })} />
          <input type="text" aria-label={t('gateSettings.nameSv')} value={added.sv} onChange={(e) => setAdded({ ...added, sv: e.target.value })} />
          <input type="text" aria-label={t('gateSettings.nameEn')} value={added.en} onChange={(e) => setAdded({ ...added, en: e.target.value })} />
          <button type="submit">{t('gateSettings.add')}</button>
        </div>
      </form>
    </section>
  );
}
