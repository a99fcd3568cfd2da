/** Random but realistic inputs: a seeded generator, so every run measures the same work. */
export function randomInputs(catalogue, count, seed = 20261123) {
  let state = seed >>> 0;
  const next = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const ids = [
    ...catalogue.signals.filter((s) => s.kind === 'signal').map((s) => s.id),
    ...catalogue.riskFactors.map((r) => r.id),
  ];
  const acute = catalogue.signals.filter((s) => s.kind === 'acute').map((s) => s.id);
  const answers = ['no', 'unknown', 'possible', 'possible', 'clear', 'clear'];
  const inputs = [];
  for (let n = 0; n < count; n++) {
    const observations = {};
    // Most checks answer a handful of questions; a few go through the whole list.
    const answered = next() < 0.1 ? ids.length : 3 + Math.floor(next() * 10);
    for (let k = 0; k < answered; k++)
      observations[ids[Math.floor(next() * ids.length)]] = answers[Math.floor(next() * answers.length)];
    if (next() < 0.03) observations[acute[Math.floor(next() * acute.length)]] = 'possible';
    const age = next() < 0.15 ? 'unknown' : 8 + Math.floor(next() * 18);
    inputs.push({ age, observations });
  }
  return inputs;
}
