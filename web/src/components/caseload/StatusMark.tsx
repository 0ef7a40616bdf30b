/** ✓ or – for a yes/no column, with the meaning spelled out for screen readers. */
export function StatusMark({ value, yes, no }: { value: boolean; yes: string; no: string }) {
  return (
    <span className={value ? 'caseload-mark caseload-mark--yes' : 'caseload-mark caseload-mark--no'} title={value ? yes : no}>
      <span aria-hidden="true">{value ? '✓' : '–'}</span>
      <span className="sr-only">{value ? yes : no}</span>
    </span>
  );
}
