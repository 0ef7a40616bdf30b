/** The municipality's housing areas (GET/POST /api/housing-areas, PUT/DELETE /api/housing-areas/:id). */
import { request } from './client.ts';
import type { AddressRange } from '../../../src/domain/organisation/housing-areas.ts';

export type { AddressRange } from '../../../src/domain/organisation/housing-areas.ts';

export interface HousingArea {
  id: string;
  name: string;
  postcodes: string[];
  addresses: AddressRange[];
  version: number;
}

export interface HousingAreaInput {
  name: string;
  postcodes: string[];
  addresses: AddressRange[];
}

const path = (id: string) => `/api/housing-areas/${encodeURIComponent(id)}`;

export const housingAreaApi = {
  list: () => request<{ housingAreas: HousingArea[] }>('GET', '/api/housing-areas'),
  create: (input: HousingAreaInput) => request<HousingArea>('POST', '/api/housing-areas', input),
  update: (id: string, input: HousingAreaInput & { version: number }) => request<HousingArea>('PUT', path(id), input),
  remove: (id: string) => request<void>('DELETE', path(id)),
};
