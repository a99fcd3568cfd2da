/** An ISO date as running text, `23 november 2026`, with the month names of a language. */
export function dateWith(months: readonly string[]): (iso: string) => string {
  return (iso) => {
    const [year, month, day] = iso.split('-').map(Number);
    const name = months[(month ?? 0) - 1];
    return name && day ? `${day} ${name} ${year}` : iso;
  };
}
