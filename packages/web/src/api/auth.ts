import {
  sessionSchema,
  setupRequestSchema,
  setupResponseSchema,
  setupStateSchema,
  signInRequestSchema,
  signInResponseSchema,
  type Session,
  type SetupRequestInput,
  type SetupResponse,
  type SignInRequest,
} from '@vitals/core';
import { apiRequest, setCsrfToken } from './client';
import { ApiError, errorFromZod } from './problem';

export function fetchSetupState(): Promise<{ setUp: boolean }> {
  return apiRequest('GET', '/api/setup', { schema: setupStateSchema });
}

/** The signed-in session, or null when nobody is signed in (or Vitals is not set up yet). */
export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await apiRequest('GET', '/api/auth/session', { schema: sessionSchema });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 503)) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** Creates the workspace and its admin; the admin is signed in afterwards. */
export async function completeSetup(input: SetupRequestInput): Promise<SetupResponse> {
  const checked = setupRequestSchema.safeParse(input);
  if (!checked.success) throw errorFromZod(checked.error);
  const answer = await apiRequest('POST', '/api/setup', {
    schema: setupResponseSchema,
    body: checked.data,
  });
  setCsrfToken(answer.csrfToken);
  return answer;
}

export async function signIn(input: SignInRequest): Promise<void> {
  const checked = signInRequestSchema.safeParse(input);
  if (!checked.success) throw errorFromZod(checked.error);
  const answer = await apiRequest('POST', '/api/auth/sign-in', {
    schema: signInResponseSchema,
    body: checked.data,
  });
  setCsrfToken(answer.csrfToken);
}

export async function signOut(): Promise<void> {
  await apiRequest('POST', '/api/auth/sign-out');
  setCsrfToken(null);
}
