import type { CrossBorderCheck } from '@/db/schema/enums';
import { addDays, type Day, dayOf, daysBetween, maxDay, minDay, momentOn } from '@/lib/time/days';
import { qualificationNl, recognitionAuthorityNl, sectorNl, withdrawnFromProgrammeNl } from './demo-texts';
import type { Random } from './random';
import { type Context, type PlannedPlacement, type PlannedProposal, type PlannedSeeker, careSectors, notBefore, officeMinutes } from './plan-model';

/** What the caseworkers kept on each demo job seeker: registration dates, notes, the cross-border checklist. */

export function completeSeekers(
  { rng, today, yesterday, at }: Context,
  seekers: PlannedSeeker[],
  placements: readonly PlannedPlacement[],
  proposals: readonly PlannedProposal[],
): void {
  for (const s of seekers) {
    if (s.isNewIntake) {
      const created = addDays(today, -rng.int(3, 60));
      s.createdAt = at(created);
      if (s.intakeConsent) s.consentGivenOn = minDay(yesterday, addDays(created, rng.int(0, 7)));
      s.availableFrom = rng.chance(0.7) ? addDays(today, rng.int(0, 60)) : null;
    } else {
      // Registered a while before anything else happened to them.
      const involvement: Day[] = [...s.placements.map((p) => placements[p]!.startDate), ...s.proposals.map((p) => dayOf(proposals[p]!.createdAt))];
      if (s.consentGivenOn) involvement.push(s.consentGivenOn);
      const firstInvolvement = involvement.length > 0 ? minDay(...involvement) : addDays(today, -rng.int(30, 200));
      const created = addDays(firstInvolvement, -rng.int(14, 120));
      s.createdAt = at(created);
      const firstStart = s.placements.length > 0 ? placements[s.placements[0]!]!.startDate : null;
      const availableLatest = firstStart ?? addDays(today, 60);
      s.availableFrom = addDays(created, rng.int(0, Math.max(0, daysBetween(created, availableLatest))));
    }
    s.notes = notesFor(rng, s, placements, today, at);
    s.checks = crossBorderChecksFor(rng, s, placements, proposals, today);
    const lastTouch = [dayOf(s.createdAt), ...s.notes.map((n) => dayOf(n.createdAt))];
    if (s.consentGivenOn) lastTouch.push(s.consentGivenOn);
    if (s.consentWithdrawnAt) lastTouch.push(dayOf(s.consentWithdrawnAt));
    s.updatedAt = notBefore(at(maxDay(...lastTouch)), s.createdAt);
  }
}

function notesFor(rng: Random, s: PlannedSeeker, placements: readonly PlannedPlacement[], today: Day, at: (day: Day) => Date): PlannedSeeker['notes'] {
  const created = dayOf(s.createdAt);
  const yesterday = addDays(today, -1);
  if (created >= yesterday) return [];
  const notes: PlannedSeeker['notes'] = [];
  const add = (day: Day, body: string) =>
    notes.push({ author: s.caseworker, body, createdAt: notBefore(at(minDay(yesterday, maxDay(created, day))), s.createdAt) });
  const care = s.wantedSectors.some((w) => careSectors.includes(w));
  const wanted = s.wantedSectors[0];
  if (s.status === 'intake' || rng.chance(0.35)) {
    const where = wanted ? sectorNl[wanted] : 'Duitsland';
    add(
      addDays(created, rng.int(0, 3)),
      `Intakegesprek gevoerd. ${s.firstName} wil graag in ${where} in Duitsland werken, ${s.hoursMin}-${s.hoursMax} uur per week.${s.hasCar ? '' : ' Heeft geen auto.'}`,
    );
  }
  const inProcedure = s.qualifications.find((q) => q.recognitionState !== null);
  if (inProcedure && rng.chance(0.6)) {
    const authority = recognitionAuthorityNl(inProcedure.recognitionState!);
    const text =
      inProcedure.recognitionStatus === 'shortfall_notice'
        ? `Defizitbescheid ontvangen van ${authority}: aanpassingsstage of kennistoets nodig voor ${qualificationNl[inProcedure.qualification]}.`
        : inProcedure.recognitionStatus === 'adaptation'
          ? `Aanpassingsstage gestart voor de erkenning van ${qualificationNl[inProcedure.qualification]} (${authority}).`
          : inProcedure.recognitionStatus === 'recognised'
            ? `Erkenning ${qualificationNl[inProcedure.qualification]} ontvangen van ${authority}.`
            : `Aanvraag erkenning ${qualificationNl[inProcedure.qualification]} ingediend bij ${authority}.`;
    add(addDays(created, rng.int(10, 90)), text);
  }
  if (care && s.german && (s.german === 'A2' || s.german === 'B1') && rng.chance(0.4)) {
    add(
      addDays(created, rng.int(5, 60)),
      `Duits getoetst op niveau ${s.german}. Advies: cursus Duits voor de zorg richting ${s.german === 'A2' ? 'B1' : 'B2'}.`,
    );
  }
  if (s.status === 'in_training' && rng.chance(0.7)) {
    add(
      addDays(today, -rng.int(10, 120)),
      care
        ? 'Gestart met omscholing naar Altenpflegehelfer(in), inclusief Duitse les, vier dagen per week.'
        : 'Volgt de taalcursus Duits op de werkvloer (12 weken).',
    );
  }
  if (!s.hasCar && s.maxCommuteKm <= 25 && rng.chance(0.3)) {
    add(addDays(created, rng.int(5, 40)), 'Reist met de trein Enschede–Gronau; werkgevers in Gronau liggen goed binnen bereik.');
  }
  if (s.sibCohort && rng.chance(0.3)) {
    add(addDays(created, rng.int(0, 10)), 'Valt in het SIB-cohort; uitstroom en behoud worden gemeten voor de investeerders.');
  }
  if (s.status === 'withdrawn') {
    add(addDays(today, -rng.int(5, 150)), `Afgemeld bij het programma: ${rng.pick(withdrawnFromProgrammeNl)}.`);
  }
  const current = s.placements.map((p) => placements[p]!).find((p) => p.endDate === null);
  if (current && rng.chance(0.5) && current.startDate < addDays(today, -7)) {
    add(addDays(current.startDate, rng.int(5, 14)), 'Eerste werkweek goed verlopen volgens werkgever. Afspraken over reiskosten gemaakt.');
  }
  notes.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return notes;
}

function crossBorderChecksFor(
  rng: Random,
  s: PlannedSeeker,
  placements: readonly PlannedPlacement[],
  proposals: readonly PlannedProposal[],
  today: Day,
): PlannedSeeker['checks'] {
  const yesterday = addDays(today, -1);
  const created = dayOf(s.createdAt);
  const done = (item: CrossBorderCheck, day: Day) => ({
    item,
    doneAt: notBefore(momentOn(minDay(yesterday, maxDay(created, day)), officeMinutes(rng)), s.createdAt),
    doneBy: s.caseworker,
  });
  const current = s.placements.map((p) => placements[p]!).find((p) => p.endDate === null);
  if (current) {
    const items: CrossBorderCheck[] = ['social_security', 'health_insurance_s1', 'tax_treaty', 'grensinfopunt_advice'];
    const result = items.filter(() => rng.chance(0.85)).map((item) => done(item, addDays(current.startDate, rng.int(-25, 20))));
    // A driver out of the Dutch depot also works in the Netherlands: then an A1 certificate applies.
    if (current.employer === 'ttg' && current.jobTitle.startsWith('Berufskraftfahrer')) {
      result.push(done('a1_certificate', addDays(current.startDate, rng.int(0, 20))));
    }
    return result;
  }
  const close = s.proposals.map((p) => proposals[p]!).find((p) => p.stage === 'offer' || p.stage === 'trial_day' || p.stage === 'interview');
  if (close) {
    const since = dayOf(close.createdAt);
    const result = [done('grensinfopunt_advice', addDays(since, rng.int(1, 10)))];
    if (close.stage !== 'interview' && rng.chance(0.5)) result.push(done('tax_treaty', addDays(since, rng.int(3, 14))));
    return result;
  }
  return [];
}
