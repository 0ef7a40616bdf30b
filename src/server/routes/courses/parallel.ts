/**
 * One treatment per citizen and period (issue 9 item 13): the check shared by
 * enrolment and reopening. A course may not overlap another course of the
 * citizen in the same model, nor in another model unless the municipality
 * allows parallel courses, and then only with a reason.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { decideParallel, describeCourse, type CoursePeriod } from '../../../domain/cases/enrolment-decision.ts';
import { lockCitizenCoursePeriods } from '../../../store/cases/courses.ts';
import { getMunicipalitySettings } from '../../../store/municipality-settings.ts';
import { municipalityOf } from '../../../store/units.ts';
import { badRequest, conflict } from '../../errors.ts';
import { getModel } from '../../../domain/models/registry.ts';

const modelLabel = (modelId: string) => {
  const definition = getModel(modelId);
  return `${definition.name.da} (${definition.shortName})`;
};

/**
 * Checks `course` against the citizen's other courses inside the write's
 * transaction (the citizen's row is locked first). Returns the parallel
 * reason to store (null when nothing overlaps); throws 409 naming the
 * existing course when refused, 400 on `parallelReason` when a reason is
 * missing. `dateField` is the request field the refusal is reported on.
 */
export async function checkOneTreatment(
  db: Kysely<Database>,
  citizen: { id: string; unitId: string },
  course: CoursePeriod,
  reason: string | null,
  dateField: 'enrolmentDate' | 'endDate',
): Promise<string | null> {
  const others = await lockCitizenCoursePeriods(db, citizen.id);
  const settings = await getMunicipalitySettings(db, await municipalityOf(db, citizen.unitId));
  const decision = decideParallel(course, others, settings, reason);
  switch (decision.kind) {
    case 'ok':
      return null;
    case 'parallel':
      return reason!.trim();
    case 'reason_required':
      throw badRequest('Angiv, hvorfor borgeren skal være i to forløb samtidig.', {
        parallelReason: `Borgeren er allerede i forløb i ${describeCourse(decision.course, modelLabel(decision.course.modelId))}. Kommunen tillader samtidige forløb, men årsagen skal registreres.`,
      });
    case 'refused': {
      const existing = describeCourse(decision.course, modelLabel(decision.course.modelId));
      if (decision.sameModel && decision.course.endDate === null) {
        throw conflict(`Borgeren har allerede et aktivt forløb i ${getModel(decision.course.modelId).name.da}.`, {
          [dateField === 'enrolmentDate' ? 'modelId' : 'endDate']:
            dateField === 'enrolmentDate'
              ? 'Afslut det aktive forløb, før borgeren tilmeldes igen.'
              : 'Forløbet kan ikke genåbnes, mens et andet forløb i samme model er aktivt.',
        });
      }
      throw conflict(
        decision.sameModel
          ? `Forløbet ville overlappe borgerens forløb i ${existing}.`
          : `Borgeren er allerede i forløb i ${existing}. To forløb i forskellige modeller kan ikke løbe samtidig, fordi evalueringen kræver én indsats pr. borger ad gangen.`,
        {
          [dateField]: decision.sameModel
            ? `To forløb i samme model kan ikke dække de samme dage (${existing}).`
            : `Borgeren er i forløb i ${existing}. Afslut det forløb først, eller få kommunens administrator til at tillade samtidige forløb.`,
        },
      );
    }
  }
}
