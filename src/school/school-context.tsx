import { createContext, useContext } from 'react';
import type { School } from './schema';

const SchoolContext = createContext<School | null>(null);
export const SchoolProvider = SchoolContext.Provider;

export function useSchool(): School {
  const school = useContext(SchoolContext);
  if (!school) throw new Error('useSchool outside SchoolProvider');
  return school;
}
