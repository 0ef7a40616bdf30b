/** Addresses of the placement screens, built in one place. */
import { query } from '../../api/client.ts';

export function agreementPath(params: { courseId: string; companyId?: string | undefined; matchId?: string | undefined }): string {
  return `/arbejdsaftaler/ny${query({ forloeb: params.courseId, virksomhed: params.companyId, match: params.matchId })}`;
}

export function matchingPath(citizenId: string, courseId: string): string {
  return `/borgere/${encodeURIComponent(citizenId)}/match${query({ forloeb: courseId })}`;
}

export function placementPath(placementId: string): string {
  return `/virksomhedsforloeb/${encodeURIComponent(placementId)}`;
}

/** The citizen's Virksomhed tab with the start form open for an agreement. */
export function startFromAgreementPath(citizenId: string, agreementId: string): string {
  return `/borgere/${encodeURIComponent(citizenId)}${query({ aftale: agreementId })}#virksomhed`;
}
