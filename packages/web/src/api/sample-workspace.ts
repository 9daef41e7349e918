import { sampleWorkspaceResultSchema, type SampleWorkspaceResult } from '@vitals/core';
import { apiRequest } from './client';

/**
 * Fills an empty workspace with a realistic company (admins only). The server answers 409 when
 * the workspace already has KPIs.
 */
export function loadSampleWorkspace(): Promise<SampleWorkspaceResult> {
  return apiRequest('POST', '/api/sample-workspace', { schema: sampleWorkspaceResultSchema });
}
