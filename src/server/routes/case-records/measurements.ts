/**
 * Progression measurements (WHO-5, GSE, BIP, BRF-11) and, for courses with a
 * CTI support course, the schedule of measurement points with what is done.
 * Scoring is pure domain code (domain/cases/instruments.ts); the stored score
 * is null whenever an item is missing. Mentors and company consultants record
 * measurements too (permission case.record).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isUniqueViolation } from '../../../db/errors.ts';
import { bandFor, ctiSchedule, instrumentIds, instruments, isInstrumentId, scoreAnswers } from '../../../domain/cases/instruments.ts';
import { registry } from '../../../domain/models/registry.ts';
import { courseRoles } from '../../../domain/rules/facts.ts';
import { getMeasurement, insertMeasurement, listMeasurements, pointRecorded, supportCoursesOf, type StoredMeasurement } from '../../../store/cases/measurements.ts';
import { currentUser, requirePermission } from '../../access.ts';
import { recordAudit } from '../../audit.ts';
import { badRequest, conflict } from '../../errors.ts';
import { errorResponses, idParams, isoDate, staffRef, uuid } from '../../schemas.ts';
import { accessibleCitizen, checkCourseOfCitizen, today, written } from './shared.ts';

const respondentRoles = ['citizen', ...courseRoles] as const;

const measurementSchema = z.object({
  id: z.string(),
  courseId: z.string().nullable(),
  instrument: z.string(),
  point: z.number().int().describe('Measurement point; 0 is the baseline'),
  measuredOn: z.string(),
  answers: z.record(z.string(), z.number().nullable()).describe('Every item of the instrument; null where unanswered'),
  score: z.number().nullable().describe('Null when any item is unanswered'),
  band: z.string().nullable().describe("WHO-5 risk band: '0-35', '36-50' or '>50'"),
  bandLabel: z.string().nullable(),
  complete: z.boolean(),
  respondentRole: z.string().nullable(),
  createdAt: z.string(),
  createdBy: staffRef,
});

const scheduleEntrySchema = z.object({
  courseId: z.string(),
  instrument: z.string(),
  point: z.number().int(),
  dueDate: z.string(),
  done: z.boolean(),
});

const itemSchema = z.object({ id: z.string(), text: z.string(), respondent: z.enum(['citizen', 'cti_worker', 'caseworker']) });
const instrumentSchema = z.object({
  id: z.enum(instrumentIds),
  name: z.object({ da: z.string(), en: z.string() }),
  description: z.string(),
  instruction: z.string(),
  source: z.object({ seed: z.string(), section: z.string(), note: z.string().optional() }),
  scale: z.object({ min: z.number().int(), max: z.number().int(), labels: z.array(z.string()) }),
  items: z.array(itemSchema),
  scoreRange: z.object({ min: z.number(), max: z.number() }),
  bands: z.array(z.object({ id: z.string(), label: z.string(), min: z.number(), max: z.number().nullable() })),
  reference: z.object({ label: z.string(), value: z.number() }).nullable(),
});

/** The API view of a stored measurement: band and completeness derived from the answers and score. */
function present(m: StoredMeasurement): z.infer<typeof measurementSchema> {
  const instrument = isInstrumentId(m.instrument) ? instruments[m.instrument] : undefined;
  const band = instrument ? bandFor(instrument, m.score) : null;
  // Completeness is judged against the instrument's items, not just the keys that happen to be stored.
  const checked = instrument ? scoreAnswers(instrument, m.answers) : undefined;
  return {
    ...m,
    answers: checked?.ok ? checked.answers : m.answers,
    band: band?.id ?? null,
    bandLabel: band?.label ?? null,
    complete: checked?.ok ? checked.complete : Object.values(m.answers).every((v) => v !== null),
  };
}

export function measurementRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  /** The instruments with their items, scales and bands (for forms; no citizen data). */
  r.get(
    '/api/instruments',
    {
      schema: {
        tags: ['records'],
        summary: 'Measuring instruments: items, answer scales, scoring bands',
        response: { 200: z.object({ instruments: z.array(instrumentSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      currentUser(request);
      return {
        instruments: instrumentIds.map((id) => {
          const { scoring: _scoring, reference, ...rest } = instruments[id];
          return { ...rest, items: [...rest.items], bands: [...rest.bands], scale: { ...rest.scale, labels: [...rest.scale.labels] }, reference: reference ? { label: reference.label, value: reference.value } : null };
        }),
      };
    },
  );

  /** A citizen's measurements (newest first) and the CTI measurement schedule with what is done. */
  r.get(
    '/api/citizens/:id/measurements',
    {
      schema: {
        tags: ['records'],
        summary: 'List a citizen’s measurements and measurement schedule',
        params: idParams,
        querystring: z.object({ instrument: z.enum(instrumentIds).optional() }),
        response: { 200: z.object({ measurements: z.array(measurementSchema), schedule: z.array(scheduleEntrySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'citizen.read');
      const citizen = await accessibleCitizen(request, db, request.params.id);
      const instrument = request.query.instrument;
      const [all, supports] = await Promise.all([listMeasurements(db, citizen.id), supportCoursesOf(db, citizen.id)]);
      const schedule = supports
        .flatMap((s) => ctiSchedule(s, registry.get(s.modelId, s.modelVersion) ?? registry.get(s.modelId), all))
        .filter((p) => !instrument || p.instrument === instrument);
      await recordAudit(db, request, { action: 'measurement.list', citizenPseudonyms: [citizen.pseudonym] });
      return { measurements: all.filter((m) => !instrument || m.instrument === instrument).map(present), schedule };
    },
  );

  /**
   * Records a measurement. Unknown items and answers outside the scale are
   * refused (400 fields["answers.<item>"]); missing items are kept and make
   * the score null. A point can be recorded once per course and instrument.
   */
  r.post(
    '/api/citizens/:id/measurements',
    {
      schema: {
        tags: ['records'],
        summary: 'Record a measurement (WHO-5, GSE, BIP or BRF-11)',
        params: idParams,
        body: z.object({
          courseId: uuid.nullable().optional(),
          instrument: z.enum(instrumentIds, { error: `Skal være en af: ${instrumentIds.join(', ')}.` }),
          point: z
            .number({ error: 'Angiv målepunktet (0 = baseline).' })
            .int({ error: 'Skal være et helt tal.' })
            .min(0, { error: 'Skal være 0 (baseline) eller derover.' })
            .max(50, { error: 'Højst 50.' })
            .describe('Measurement point; 0 is the baseline'),
          measuredOn: isoDate,
          answers: z.record(z.string(), z.number().nullable()).describe('Item id (who1..who5, gse1..gse10, bip1..bip6, brf1..brf11) → answer, or null when unanswered'),
          respondentRole: z.enum(respondentRoles, { error: `Skal være en af: ${respondentRoles.join(', ')}.` }).nullable().optional(),
        }),
        response: { 201: measurementSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'case.record');
      const citizen = await accessibleCitizen(request, db, request.params.id);
      const body = request.body;
      const instrument = instruments[body.instrument];
      const fields: Record<string, string> = {};
      if (body.measuredOn > today()) fields.measuredOn = 'Datoen ligger i fremtiden.';
      const scored = scoreAnswers(instrument, body.answers);
      if (!scored.ok) for (const [item, reason] of Object.entries(scored.errors)) fields[`answers.${item}`] = reason;
      if (Object.keys(fields).length || !scored.ok) throw badRequest('Målingen kan ikke gemmes.', fields);
      const courseId = body.courseId ?? null;
      await checkCourseOfCitizen(db, courseId, citizen.id, 'courseId', { field: 'measuredOn', value: body.measuredOn });
      if (courseId) {
        // On a CTI course the points are those of its schedule.
        const [support] = await supportCoursesOf(db, citizen.id, courseId);
        if (support) {
          const definition = registry.get(support.modelId, support.modelVersion) ?? registry.get(support.modelId);
          const points = ctiSchedule({ ...support, endDate: null, courseEndDate: null }, definition, []).filter((p) => p.instrument === body.instrument);
          if (points.length && !points.some((p) => p.point === body.point)) {
            throw badRequest('Ugyldigt målepunkt.', { point: `CTI-forløbets måleplan har punkt 0-${points.length - 1} (0 = baseline).` });
          }
        }
      }
      const alreadyRecorded = () =>
        conflict('Målingen er allerede registreret.', { point: `${body.instrument} er allerede registreret for målepunkt ${body.point} i dette forløb.` });
      const id = await db.transaction().execute(async (trx) => {
        if (await pointRecorded(trx, citizen.id, courseId, body.instrument, body.point)) {
          throw alreadyRecorded();
        }
        const measurementId = await insertMeasurement(
          trx,
          citizen.id,
          {
            courseId,
            instrument: body.instrument,
            point: body.point,
            measuredOn: body.measuredOn,
            answers: scored.answers,
            score: scored.score,
            respondentRole: body.respondentRole ?? null,
          },
          user.id,
        );
        await recordAudit(trx, request, {
          action: 'measurement.create',
          citizenPseudonyms: [citizen.pseudonym],
          detail: { measurementId, instrument: body.instrument, point: body.point, courseId },
        });
        return measurementId;
      }).catch((error: unknown) => {
        // Two saves at the same moment: the unique index decides.
        if (isUniqueViolation(error)) throw alreadyRecorded();
        throw error;
      });
      return reply.status(201).send(present(written(await getMeasurement(db, id), 'measurement')));
    },
  );
}
