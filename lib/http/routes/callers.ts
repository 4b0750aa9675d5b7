/** Who may call what: shared by the route modules. */
export const anyCaller = ['partner', 'staff', 'guest'] as const;
export const hotelSystems = ['partner', 'staff'] as const;
