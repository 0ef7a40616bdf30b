import { test } from 'node:test';
import { startDemoServer } from '/work/main/test/helpers/browser.ts';
test('probe', async () => {
  const demo = await startDemoServer();
  try {
    const ctx = await demo.browser.newContext();
    const login = await ctx.request.post(`${demo.base}/api/auth/login`, { data: { username: 'virksomhedskonsulent', password: 'demo' } });
    console.log('login', login.status());
    const caseload = await (await ctx.request.get(`${demo.base}/api/caseload`)).json();
    console.log('rows', caseload.rows?.length);
    const phases: Record<string, number> = {};
    for (const r of caseload.rows ?? []) phases[`${r.modelId}/${r.phase}`] = (phases[`${r.modelId}/${r.phase}`] ?? 0) + 1;
    console.log(phases);
    const cand = (caseload.rows ?? []).filter((r: any) => r.phase === 'TRIN2' || r.phase === 'jobmatch');
    console.log(cand.slice(0, 5).map((r: any) => [r.citizenName, r.phase, r.hasJobGoal, r.currentPlacement]));
    if (cand[0]) {
      const s = await ctx.request.get(`${demo.base}/api/courses/${cand[0].courseId}/match-suggestions?limit=3`);
      console.log('sugg', s.status(), JSON.stringify(await s.json()).slice(0, 1500));
      const pl = await ctx.request.get(`${demo.base}/api/citizens/${cand[0].citizenId}/placements`);
      console.log('pl', pl.status(), JSON.stringify(await pl.json()).slice(0, 500));
    }
    const wl = await ctx.request.get(`${demo.base}/api/company-worklist`);
    console.log('wl', wl.status(), JSON.stringify(await wl.json()).slice(0, 600));
  } finally {
    await demo.close();
  }
});
