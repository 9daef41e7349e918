import { AuthService } from './modules/auth/auth.service';
import type { ServiceDeps } from './modules/deps';
import { SetupService } from './modules/setup/setup.service';
import { TokensService } from './modules/tokens/tokens.service';
import { WorkspaceService } from './modules/workspace/workspace.service';

/** Every service of the app, built once from the same side effects. */
export function createServices(deps: ServiceDeps) {
  return {
    deps,
    auth: new AuthService(deps),
    setup: new SetupService(deps),
    workspace: new WorkspaceService(deps),
    tokens: new TokensService(deps),
  };
}

export type Services = ReturnType<typeof createServices>;
