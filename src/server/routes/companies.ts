/**
 * Companies routes (issue 5, docs/contracts/companies-api.md section A): the
 * municipality's shared company network. One module per resource under
 * ./companies/.
 */
import type { FastifyInstance } from 'fastify';
import { agreementRoutes } from './companies/agreements.ts';
import { companyRoutes } from './companies/companies.ts';
import { contactRoutes } from './companies/contacts.ts';
import { importRoutes } from './companies/import.ts';
import { openingRoutes } from './companies/openings.ts';
import { companyPlacementRoutes } from './companies/placements.ts';

export async function companiesRoutes(app: FastifyInstance): Promise<void> {
  companyRoutes(app);
  contactRoutes(app);
  agreementRoutes(app);
  openingRoutes(app);
  companyPlacementRoutes(app);
  importRoutes(app);
}
