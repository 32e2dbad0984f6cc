/**
 * The only seam between React and the statechart: one actor context, read with selectors.
 * Screens never `send`: they get intents (`choose`, `back`, `restart`) from `useWizard`.
 */
import { createActorContext } from '@xstate/react';
import { wizardMachine } from './machine';

export const WizardActor = createActorContext(wizardMachine);
