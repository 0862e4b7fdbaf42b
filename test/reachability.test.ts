// Every intervention offered in Stockholm must be reachable: some rule names it, and some valid
// profile inside its age range makes that happen. An unreachable record would silently never show.
import { expect } from 'chai';
import { sharedStore } from './helpers/app.js';

describe('catalogue reachability', () => {
  it('every intervention offered in Stockholm is named by at least one rule', async () => {
    const v = (await sharedStore()).current();
    const offered = v.interventions.filter((i) => i.offeredInStockholm);
    expect(offered.length, 'a non-vacuous check').to.be.greaterThan(75);
    const unreachable = offered
      .filter((i) => !v.rules.rulesByIntervention.get(i.id)?.length)
      .map((i) => i.id);
    expect(unreachable).to.deep.equal([]);
  });

  it('rules name no intervention that is missing from the catalogue', async () => {
    const v = (await sharedStore()).current();
    const missing = [...v.rules.rulesByIntervention.keys()].filter(
      (id) => !v.interventionById.has(id),
    );
    expect(missing).to.deep.equal([]);
  });
});
