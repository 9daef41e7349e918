import type { Session } from '@vitals/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { fetchSession, fetchSetupState, signOut } from '../api/auth';
import { queryKeys } from '../api/queries';

export function useSession() {
  return useQuery({ queryKey: queryKeys.session, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

export function useSetupState(enabled = true) {
  return useQuery({ queryKey: queryKeys.setupState, queryFn: fetchSetupState, enabled });
}

/** The session inside the signed-in part of the app, where the guard has made sure there is one. */
export function useCurrentSession(): Session {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentSession is used outside the signed-in app');
  return data;
}

/** Signs out, forgets every cached answer and goes to the sign-in page. */
export function useSignOut() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: signOut,
    onSuccess: async () => {
      await navigate('/sign-in', { replace: true, state: { signedOut: true } });
      client.clear();
      client.setQueryData(queryKeys.session, null);
    },
  });
}
