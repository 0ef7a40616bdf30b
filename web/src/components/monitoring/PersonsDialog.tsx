/**
 * The persons behind one figure (GET /api/monitoring/persons, audited on the
 * server), in a modal dialog: a name linked to the citizen page where the
 * caller may see the citizen, else the pseudonym. A native <dialog> gives
 * the focus trap and Escape to close.
 */
import { useEffect, useRef } from 'react';
import { monitoringApi } from '../../api/monitoring.ts';
import type { MeasureUnit, ReportParams } from '../../api/monitoring.ts';
import { Alert } from '../Alert.tsx';
import { Spinner } from '../Spinner.tsx';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatMonth, formatNumber } from '../../labels.ts';
import { Link } from '../../router.tsx';

export interface PersonsRequest extends ReportParams {
  measure: string;
  measureName: string;
  unitName: string;
  unitOfMeasure: MeasureUnit;
  /** A share counts each person as 0 or 1 of 1: the dialog says yes or no. */
  isShare: boolean;
}

export function PersonsDialog({ request, onClose }: { request: PersonsRequest; onClose: () => void }) {
  const { t, locale } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const { model, unit, month, measure } = request;
  const { data, error, loading } = useLoad(() => monitoringApi.persons({ model, unit, month, measure }), [model, unit, month, measure]);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  // A share's numerator is 0 or 1 per person: say yes/no; sums and means show the person's own figure.
  const isShare = request.isShare;
  const num = (value: number) => formatNumber(locale, Math.round(value * 10) / 10);

  return (
    <dialog ref={dialog} className="monitoring-dialog" aria-labelledby="persons-title" onClose={onClose} data-testid="persons-dialog">
      <div className="monitoring-dialog-head">
        <h2 id="persons-title" className="h3 m-0">
          {t('mon.persons.title')}
        </h2>
        <button type="button" className="button button-secondary monitoring-button-compact" onClick={() => dialog.current?.close()} data-testid="persons-close">
          {t('mon.persons.close')}
        </button>
      </div>
      <p className="mt-3">
        <strong>{t('mon.persons.heading', { measure: request.measureName, unit: request.unitName, month: formatMonth(locale, month) })}</strong>
      </p>
      {loading ? <Spinner text={t('mon.persons.loading')} /> : null}
      {error ? <Alert variant="error">{errorText(t, error)}</Alert> : null}
      {data ? (
        <>
          <p data-testid="persons-summary">{t('mon.persons.summary', { numerator: num(data.numerator), denominator: num(data.denominator) })}</p>
          {data.persons.length === 0 ? (
            <p>{t('mon.persons.empty')}</p>
          ) : (
            <div className="table--responsive-scroll monitoring-dialog-table" tabIndex={0} role="region" aria-labelledby="persons-caption">
              <table className="table table--compact table--zebra jobspor-table" data-testid="persons-table">
                <caption id="persons-caption">{t('mon.persons.caption', { measure: request.measureName })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('mon.persons.person')}</th>
                    <th scope="col" className="align-text-right">
                      {isShare ? t('mon.persons.counts') : t('mon.persons.numerator')}
                    </th>
                    <th scope="col" className="align-text-right">
                      {t('mon.persons.denominator')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.persons.map((person) => (
                    <tr key={person.pseudonym}>
                      <th scope="row">
                        {person.citizen ? (
                          <Link to={`/borgere/${encodeURIComponent(person.citizen.id)}`} data-testid="person-link">
                            {person.citizen.name}
                          </Link>
                        ) : (
                          <code data-testid="person-pseudonym" title={t('mon.persons.pseudonym', { pseudonym: person.pseudonym })}>
                            {person.pseudonym}
                          </code>
                        )}
                      </th>
                      <td className="align-text-right">{isShare ? t(person.numerator > 0 ? 'mon.persons.yes' : 'mon.persons.no') : num(person.numerator)}</td>
                      <td className="align-text-right">{num(person.denominator)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </dialog>
  );
}
