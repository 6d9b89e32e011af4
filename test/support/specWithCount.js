// Mocha's spec report, closed by a plain "unit: N passed, N failed" line that CI tools can read.
const Mocha = require('mocha');

class SpecWithCount extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const { passes, failures, pending } = runner.stats;
      console.log(`unit: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
    });
  }
}

module.exports = SpecWithCount;
