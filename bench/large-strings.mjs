// What a string costs to make on this machine by its size: a rope of two slices and one
// character (an edit, as the lint worker applies one) flattened by its first read. Past 128 KB
// (64,000 two-byte characters) V8 allocates the string in its large-object space; on the shared
// VMs this project runs on, that costs far more per byte (bench/RESULTS.md, issue 15 notes).
//
//   node bench/large-strings.mjs

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const ROUNDS = 400;
for (const characters of [20000, 60000, 64000, 66000, 100000, 290000]) {
  // Two-byte, as most articles are (a typographic apostrophe is enough).
  const text = ('abcdefghij'.repeat(characters / 10) + '\u2019').split('').join('');
  let total = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const at = 1000 + round * 13;
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    const start = cpu();
    edited.charCodeAt(100);
    total += cpu() - start;
  }
  const ms = total / ROUNDS;
  console.log(`${String(characters).padStart(7)} characters (${Math.round((2 * characters) / 1024)} KB): flattening ${ms.toFixed(3)} ms CPU, ${((ms * 1e6) / (2 * characters)).toFixed(2)} ns per byte`);
}
